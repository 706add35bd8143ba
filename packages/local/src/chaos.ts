import type { SQSClient } from "@aws-sdk/client-sqs";

const SENDS = new Set(["SendMessageCommand", "SendMessageBatchCommand"]);

/**
 * Makes every message the client sends go out twice, as SQS's at-least-once delivery may:
 * for tests and benches that prove handlers idempotent. Receives and deletes are untouched.
 */
export function sendEverythingTwice(sqs: SQSClient): void {
  sqs.middlewareStack.add(
    (next, context) => async (args) => {
      const out = await next(args);
      if (SENDS.has(context.commandName ?? "")) await next(args);
      return out;
    },
    { step: "initialize", name: "sendEverythingTwice" },
  );
}
