import { GetQueueAttributesCommand, ReceiveMessageCommand, SendMessageCommand } from "@aws-sdk/client-sqs";
import type { Deps } from "@jalur/core";
import type { SqsWorker } from "@jalur/functions";
import { topology } from "@jalur/infra/topology";
import { type Provisioned, QueuePoller } from "@jalur/local";
import type { SQSRecord } from "aws-lambda";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { eventually, freshDeployment } from "../support/deployment.ts";

/** The local event source mapping, against the real SQS emulator with 1-second visibility. */
describe("QueuePoller behaves like Lambda's SQS event source mapping", () => {
  let deps: Deps;
  let provisioned: Provisioned;
  let poller: QueuePoller | undefined;

  // A deployment per test: a stopped poller's aborted long poll may still take a message.
  beforeEach(async () => {
    ({ deps, provisioned } = await freshDeployment({ visibilityTimeoutSeconds: 1 }));
  });
  afterEach(async () => {
    await poller?.stop();
    poller = undefined;
  });

  const run = (worker: SqsWorker) => {
    poller = new QueuePoller({
      sqs: deps.sqs,
      queueUrl: deps.queueUrls.match!,
      functionName: "matchWorker",
      timeoutSeconds: 5,
      batchSize: 10,
      worker,
      region: "ap-southeast-3",
      waitTimeSeconds: 1,
    });
    return poller.start();
  };
  const send = (body: string) => deps.sqs.send(new SendMessageCommand({ QueueUrl: deps.queueUrls.match!, MessageBody: body }));
  const depth = async (url: string) => {
    const out = await deps.sqs.send(
      new GetQueueAttributesCommand({
        QueueUrl: url,
        AttributeNames: ["ApproximateNumberOfMessages", "ApproximateNumberOfMessagesNotVisible"],
      }),
    );
    return Number(out.Attributes?.ApproximateNumberOfMessages) + Number(out.Attributes?.ApproximateNumberOfMessagesNotVisible);
  };

  it("deletes what succeeded, redelivers what failed, and dead-letters it after maxReceiveCount", async () => {
    const seen: Record<string, number> = {};
    await send("good");
    await send("poison");
    await run(async (event) => {
      for (const r of event.Records) seen[r.body] = (seen[r.body] ?? 0) + 1;
      return {
        batchItemFailures: event.Records.filter((r: SQSRecord) => r.body === "poison").map((r) => ({
          itemIdentifier: r.messageId,
        })),
      };
    });

    const dead = await eventually(
      async () => {
        const out = await deps.sqs.send(
          new ReceiveMessageCommand({ QueueUrl: provisioned.deadLetterUrls.match, WaitTimeSeconds: 0 }),
        );
        return out.Messages?.[0];
      },
      20_000,
      200,
    );

    expect(dead.Body).toBe("poison");
    expect(seen.poison).toBe(topology.queues.match.maxReceiveCount);
    expect(seen.good).toBe(1);
    expect(await depth(deps.queueUrls.match!)).toBe(0);
  });

  it("leaves the whole batch for redelivery when the handler throws", async () => {
    const deliveries: string[][] = [];
    await send("a");
    await send("b");
    await run(async (event) => {
      deliveries.push(event.Records.map((r) => `${r.body}#${r.attributes.ApproximateReceiveCount}`).sort());
      if (deliveries.length === 1) throw new Error("function crashed");
      return { batchItemFailures: [] };
    });
    await eventually(
      async () => ((await depth(deps.queueUrls.match!)) === 0 && deliveries.length >= 2 ? true : undefined),
      10_000,
      100,
    );
    expect(deliveries.flat().sort()).toEqual(["a#1", "a#2", "b#1", "b#2"]);
  });
});
