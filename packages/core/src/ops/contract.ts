import { z } from "zod";

/**
 * What the operators' use cases answer, as the API documents them (each a named component).
 * The use cases return `Probe` (`probes.ts`, which also parses what is stored); the routes
 * check it against this.
 */

const instant = z.iso.datetime().describe("ISO 8601 date-time (UTC)");

export const ProbeView = z
  .object({
    probeId: z.string().describe("Read it at /v1/ops/probes/{probeId}"),
    queue: z.string().describe("The queue it went through (its worker completes it)"),
    status: z.enum(["queued", "done"]),
    createdAt: instant,
    completedAt: instant.optional().describe("When the queue's worker handled it"),
    receiveCount: z.number().int().optional().describe("How many times SQS delivered the message before the worker finished it"),
  })
  .meta({
    id: "Probe",
    description: "A probe through a queue and its worker into the table: `done` once the worker handled it",
    example: {
      probeId: "6f1c2b7e-3d4a-4e5f-8a9b-0c1d2e3f4a5b",
      queue: "match",
      status: "done",
      createdAt: "2026-11-25T03:00:00.000Z",
      completedAt: "2026-11-25T03:00:01.204Z",
      receiveCount: 1,
    },
  });
export type ProbeView = z.infer<typeof ProbeView>;
