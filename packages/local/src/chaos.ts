import type { SQSClient } from "@aws-sdk/client-sqs";

/**
 * Makes every request the client sends go out twice (every message on the queues twice), as
 * SQS's at-least-once delivery may: for tests and benches that prove handlers idempotent.
 */
export function sendEverythingTwice(sqs: SQSClient): void {
  sqs.middlewareStack.add(
    (next) => async (args) => {
      const out = await next(args);
      await next(args);
      return out;
    },
    { step: "initialize", name: "sendEverythingTwice" },
  );
}
