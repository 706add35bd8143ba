import { createHash } from "node:crypto";
import { type QueueName, topology } from "@jalur/infra/topology";
import { type CreateIntentItem, db } from "../service.ts";
import type { Deps } from "./deps.ts";
import { AppError } from "./errors.ts";
import type { QueueMessage } from "./messages.ts";

/** SQS delays a message at most 15 minutes; longer waits are chains of delayed messages. */
export const MAX_DELAY_SECONDS = 900;
/** The sweeper's index is spread over this many partitions. */
export const INTENT_SHARDS = 8;
const KEEP_SECONDS = 14 * 24 * 3600;

/**
 * How long an intent may stay after it was sent before the sweeper sends it again: twice its
 * consumer's time limit and a minute, so a message still being handled is rarely sent twice
 * (and when it is, its consumer is idempotent).
 */
export function resendAfterSeconds(queue: QueueName): number {
  const consumer = topology.queues[queue].consumer.function;
  return topology.functions[consumer].timeoutSeconds * 2 + 60;
}

export const intentShard = (intentId: string) =>
  `DUE#${createHash("sha256").update(intentId).digest().readUInt8(0) % INTENT_SHARDS}`;

/**
 * The intent of one message: what the outbox stores, in the transaction of the state change
 * that implies it or on its own. Its id is the message's id (a business key).
 */
export function intentOf(
  deps: Pick<Deps, "now">,
  queue: QueueName,
  message: QueueMessage,
  options: { delaySeconds?: number } = {},
): CreateIntentItem {
  const now = deps.now().getTime();
  const delay = Math.max(0, Math.ceil(options.delaySeconds ?? 0));
  const sendAt = now + delay * 1000;
  return {
    intentId: message.id,
    queue,
    body: JSON.stringify(message),
    ...(delay > 0 ? { sendAt: new Date(sendAt).toISOString() } : {}),
    state: "pending",
    attempts: 0,
    due: intentShard(message.id),
    dueAt: new Date(sendAt + resendAfterSeconds(queue) * 1000).toISOString(),
    createdAt: new Date(now).toISOString(),
    expiresAt: Math.floor(now / 1000) + KEEP_SECONDS,
  };
}

/**
 * Queues one message, optionally delayed: writes its intent, which the relay sends. A use case
 * that changes state writes the intent in its own transaction instead (`intentOf`), so the
 * change and the work it implies commit together or not at all.
 */
export async function enqueue(
  deps: Deps,
  queue: QueueName,
  message: QueueMessage,
  options: { delaySeconds?: number } = {},
): Promise<void> {
  await db(deps)
    .intent.put(intentOf(deps, queue, message, options))
    .go();
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

/** Queues many messages: their intents in batches of 25 (the BatchWriteItem limit), 8 in flight. */
export async function enqueueAll(deps: Deps, queue: QueueName, messages: readonly QueueMessage[]): Promise<void> {
  if (messages.length === 0) return;
  let pending = messages.map((m) => intentOf(deps, queue, m));
  for (let attempt = 0; pending.length > 0; attempt++) {
    const { unprocessed } = await db(deps).intent.put(pending).go({ concurrency: 8 });
    if (unprocessed.length === 0) return;
    const left = new Set(unprocessed.map((u) => u.intentId));
    pending = pending.filter((p) => left.has(p.intentId));
    if (attempt >= 4)
      throw new AppError("unavailable", "queue_unavailable", `Could not queue ${pending.length} message(s) on ${queue}`);
    await new Promise((r) => setTimeout(r, 50 * 2 ** attempt));
  }
}
