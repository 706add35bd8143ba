import { SendMessageBatchCommand } from "@aws-sdk/client-sqs";
import { type QueueName, topology } from "@jalur/infra/topology";
import { db, type IntentItem } from "../service.ts";
import type { Deps } from "./deps.ts";
import { INTENT_SHARDS, inLanes, MAX_DELAY_SECONDS, resendAfterSeconds } from "./queue.ts";
import { isConditionFailure } from "./table.ts";

/**
 * The transactional outbox's moving parts (see `intent-entity.ts`):
 * - `relayIntents`: puts intents on their queues. On AWS the table's stream invokes it for every
 *   intent written or touched while pending; locally a stream poller does the same.
 * - `sweepIntents`: touches intents still here after their due time (their message was lost, or
 *   their consumer failed), so the relay sends them again; gives up after `MAX_SENDS`.
 * - `completeIntents`: a consumer deletes the intents of the messages it finished.
 */

/** Sends by the sweeper before an intent is marked stuck (then an operator looks: `npm run redrive`). */
export const MAX_SENDS = 5;

type Relayable = Pick<IntentItem, "intentId" | "queue" | "body" | "sendAt">;

/** Seconds a delayed message still has to wait (none for an immediate one, whatever the clocks say). */
const waitOf = (intent: Relayable, now: number) => (intent.sendAt ? Math.ceil((Date.parse(intent.sendAt) - now) / 1000) : 0);

/** Sends intents to their queues (10 per request, 8 in flight); returns the ids that could not be sent. */
export async function relayIntents(deps: Deps, intents: readonly Relayable[]): Promise<string[]> {
  const now = deps.now().getTime();
  const byQueue = new Map<QueueName, Relayable[]>();
  for (const i of intents) {
    if (!(i.queue in topology.queues)) continue;
    const list = byQueue.get(i.queue as QueueName) ?? [];
    list.push(i);
    byQueue.set(i.queue as QueueName, list);
  }
  const failed: string[] = [];
  for (const [queue, list] of byQueue) {
    const url = deps.queueUrls[queue];
    if (!url) {
      failed.push(...list.map((i) => i.intentId));
      continue;
    }
    const batches: Relayable[][] = [];
    for (let i = 0; i < list.length; i += 10) batches.push(list.slice(i, i + 10));
    await inLanes(batches, 8, async (batch) => {
      const out = await deps.sqs
        .send(
          new SendMessageBatchCommand({
            QueueUrl: url,
            Entries: batch.map((intent, n) => {
              const wait = waitOf(intent, now);
              return {
                Id: String(n),
                MessageBody: intent.body,
                ...(wait > 0 ? { DelaySeconds: Math.min(MAX_DELAY_SECONDS, wait) } : {}),
              };
            }),
          }),
        )
        .catch(() => ({ Failed: batch.map((_, n) => ({ Id: String(n) })) }));
      for (const f of out.Failed ?? []) failed.push(batch[Number(f.Id)]?.intentId ?? "");
    });
  }
  return failed;
}

/**
 * One sweep: every intent due by `now` (or every pending one, with `all`: after a restart of
 * the local stack, whose queues kept nothing) is touched, which makes the relay send it again,
 * and given its next due time; after `MAX_SENDS` it is marked stuck instead. Bounded per run.
 */
export async function sweepIntents(deps: Deps, options: { all?: boolean; limit?: number } = {}) {
  const d = db(deps);
  const now = deps.now();
  const upTo = options.all ? "~" : now.toISOString();
  let budget = options.limit ?? 2000;
  let touched = 0;
  let stuck = 0;
  for (let shard = 0; shard < INTENT_SHARDS && budget > 0; shard++) {
    let cursor: string | null = null;
    do {
      const page: { data: IntentItem[]; cursor: string | null } = await d.intent.query
        .due({ due: `DUE#${shard}` })
        .lte({ dueAt: upTo })
        .go({ cursor, limit: Math.min(100, budget) });
      cursor = page.cursor;
      budget -= page.data.length;
      await inLanes(page.data, 8, async (i) => {
        const giveUp = i.attempts + 1 > MAX_SENDS;
        try {
          const patch = d.intent.patch({ intentId: i.intentId });
          await (giveUp
            ? patch.set({ state: "stuck" }).remove(["due", "dueAt"])
            : patch.set({
                attempts: i.attempts + 1,
                dueAt: new Date(now.getTime() + resendAfterSeconds(i.queue as QueueName) * 1000).toISOString(),
              })
          ).go();
          if (giveUp) stuck++;
          else touched++;
        } catch (error) {
          if (!isConditionFailure(error)) throw error; // finished meanwhile: nothing to do
        }
      });
    } while (cursor && budget > 0);
  }
  return { touched, stuck };
}

/** Access pattern: a consumer deletes the intents of the messages it finished (25 per request). */
export async function completeIntents(deps: Deps, intentIds: readonly string[]): Promise<void> {
  if (intentIds.length === 0) return;
  await db(deps)
    .intent.delete([...new Set(intentIds)].map((intentId) => ({ intentId })))
    .go({ concurrency: 4 });
}

/**
 * Tests and tools without a running relay: sends every pending intent now (as the relay
 * would). Returns how many were sent.
 */
export async function flushIntents(deps: Deps): Promise<number> {
  const d = db(deps);
  let sent = 0;
  for (let shard = 0; shard < INTENT_SHARDS; shard++) {
    const { data } = await d.intent.query.due({ due: `DUE#${shard}` }).go({ pages: "all" });
    const failed = await relayIntents(deps, data);
    sent += data.length - failed.length;
  }
  return sent;
}
