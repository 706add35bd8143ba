import type { QueueName } from "@jalur/infra/topology";
import { z } from "zod";
import type { Deps } from "../platform/deps.ts";
import { committed, notFound } from "../platform/errors.ts";
import { useCase } from "../platform/principal.ts";
import { intentOf } from "../platform/queue.ts";
import { isConditionFailure } from "../platform/table.ts";
import { db } from "../service.ts";

/**
 * A pipeline probe proves, in any environment, that the API can queue work (through the
 * outbox and its relay), that a queue's worker consumes it, and that the worker can write to
 * the table: the path every real feature (matching, scheduling, notices) takes.
 */
export const Probe = z.object({
  probeId: z.string(),
  queue: z.string(),
  status: z.enum(["queued", "done"]),
  createdAt: z.string(),
  completedAt: z.string().optional(),
  /** How many times SQS delivered the message before the worker finished it. */
  receiveCount: z.number().int().optional(),
});
export type Probe = z.infer<typeof Probe>;

const PROBE_TTL_SECONDS = 24 * 3600;

/** Operators only: a probe writes to the table and puts a message on a queue. */
export const startProbe = useCase(["operator"], async (deps, _actor, queue: QueueName): Promise<Probe> => {
  const now = deps.now();
  const probe: Probe = { probeId: deps.newId(), queue, status: "queued", createdAt: now.toISOString() };
  const result = await db(deps)
    .service.transaction.write(({ probe: p, intent }) => [
      p.create({ ...probe, expiresAt: Math.floor(now.getTime() / 1000) + PROBE_TTL_SECONDS }).commit(),
      intent.put(intentOf(deps, queue, { type: "probe", id: `probe:${probe.probeId}`, probeId: probe.probeId })).commit(),
    ])
    .go();
  committed(result, "The probe");
  return probe;
});

/** Mark a probe done. Idempotent: a redelivered message leaves the first completion as it was. */
export async function completeProbe(deps: Deps, probeId: string, receiveCount: number): Promise<"completed" | "already_done"> {
  const d = db(deps).probe;
  try {
    await d
      .patch({ probeId })
      .set({ status: "done", completedAt: deps.now().toISOString(), receiveCount })
      .where((a, op) => op.eq(a.status, "queued"))
      .go();
    return "completed";
  } catch (error) {
    if (!isConditionFailure(error)) throw error;
    const { data } = await d.get({ probeId }).go();
    if (!data) throw notFound("probe", probeId);
    return "already_done";
  }
}

export const getProbe = useCase(["operator"], async (deps, _actor, probeId: string): Promise<Probe> => {
  const { data } = await db(deps).probe.get({ probeId }).go({ consistent: true });
  if (!data) throw notFound("probe", probeId);
  const { expiresAt: _e, ...probe } = data;
  return Probe.parse(probe);
});
