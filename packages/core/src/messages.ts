import { z } from "zod";

/**
 * Every message on every queue. `id` is a business key: handling the same id twice must
 * change nothing the second time (SQS delivers at least once).
 */
export const ProbeMessage = z.object({
  type: z.literal("probe"),
  id: z.string().min(1),
  probeId: z.string().min(1),
});

export const QueueMessage = z.discriminatedUnion("type", [ProbeMessage]);
export type QueueMessage = z.infer<typeof QueueMessage>;
