import { SendMessageBatchCommand, SendMessageCommand } from "@aws-sdk/client-sqs";
import type { QueueName } from "@jalur/infra/topology";
import type { Deps } from "./deps.ts";
import { AppError } from "./errors.ts";
import type { QueueMessage } from "./messages.ts";

/** SQS delays a message at most 15 minutes; longer waits are chains of delayed messages. */
export const MAX_DELAY_SECONDS = 900;

/**
 * Put one message on a queue, optionally delayed (capped at 15 minutes). The message's `id` is
 * its idempotency key downstream.
 */
export async function enqueue(
  deps: Deps,
  queue: QueueName,
  message: QueueMessage,
  options: { delaySeconds?: number } = {},
): Promise<void> {
  const delay =
    options.delaySeconds === undefined ? undefined : Math.max(0, Math.min(MAX_DELAY_SECONDS, Math.ceil(options.delaySeconds)));
  await deps.sqs.send(
    new SendMessageCommand({ QueueUrl: deps.queueUrls[queue], MessageBody: JSON.stringify(message), DelaySeconds: delay }),
  );
}

/** Runs `work` over `items` with at most `lanes` in flight. */
export async function inLanes<T>(items: readonly T[], lanes: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(lanes, items.length) }, async () => {
      while (next < items.length) await work(items[next++] as T);
    }),
  );
}

/** Put many messages on a queue: ten per request (the SQS limit), 8 requests in flight, partial failures retried. */
export async function enqueueAll(deps: Deps, queue: QueueName, messages: readonly QueueMessage[]): Promise<void> {
  const batches: QueueMessage[][] = [];
  for (let i = 0; i < messages.length; i += 10) batches.push(messages.slice(i, i + 10));
  const sendBatch = async (batch: QueueMessage[]) => {
    let pending = batch.map((m, n) => ({ Id: String(n), MessageBody: JSON.stringify(m) }));
    for (let attempt = 0; pending.length > 0; attempt++) {
      const out = await deps.sqs.send(new SendMessageBatchCommand({ QueueUrl: deps.queueUrls[queue], Entries: pending }));
      const failed = new Set((out.Failed ?? []).map((f) => f.Id));
      pending = pending.filter((e) => failed.has(e.Id));
      if (pending.length > 0 && attempt >= 2) {
        throw new AppError("unavailable", "queue_unavailable", `Could not queue ${pending.length} message(s) on ${queue}`);
      }
    }
  };
  await inLanes(batches, 8, sendBatch);
}
