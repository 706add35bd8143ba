import { SendMessageBatchCommand, SendMessageCommand } from "@aws-sdk/client-sqs";
import type { QueueName } from "@jalur/infra/topology";
import type { Deps } from "./deps.ts";
import { AppError } from "./errors.ts";
import type { QueueMessage } from "./messages.ts";

/** Put one message on a queue. The message's `id` is its idempotency key downstream. */
export async function enqueue(deps: Deps, queue: QueueName, message: QueueMessage): Promise<void> {
  await deps.sqs.send(new SendMessageCommand({ QueueUrl: deps.queueUrls[queue], MessageBody: JSON.stringify(message) }));
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
  let next = 0;
  const lanes = Array.from({ length: Math.min(8, batches.length) }, async () => {
    while (next < batches.length) await sendBatch(batches[next++]!);
  });
  await Promise.all(lanes);
}
