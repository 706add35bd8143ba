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

/** A vacancy was published, edited while published, or closed: recompute its matches. */
export const VacancyChanged = z.object({
  type: z.literal("vacancy-changed"),
  id: z.string().min(1),
  vacancyId: z.string().min(1),
});

/** One slice of a vacancy's candidates to evaluate (fan-out, so big vacancies finish fast). */
export const VacancyCandidates = z.object({
  type: z.literal("vacancy-candidates"),
  id: z.string().min(1),
  vacancyId: z.string().min(1),
  graduateIds: z.array(z.string()).min(1).max(500),
  /** Of those, who had a match before, and whether it was eligible (for removal and first notices). */
  had: z.record(z.string(), z.object({ eligible: z.boolean(), applicationState: z.string().optional() })),
});
export type VacancyCandidates = z.infer<typeof VacancyCandidates>;

/** A graduate's credentials or consent changed: recompute holdings and matches. */
export const GraduateChanged = z.object({
  type: z.literal("graduate-changed"),
  id: z.string().min(1),
  graduateId: z.string().min(1),
});

/** One notice for one recipient on one channel; `id` makes it at-most-once. */
export const Notify = z.object({
  type: z.literal("notify"),
  id: z.string().min(1),
  recipientId: z.string().min(1),
  channel: z.enum(["in-app", "email", "sms", "whatsapp"]),
  template: z.string().min(1),
  params: z.record(z.string(), z.string()),
  link: z.string().optional(),
});
export type Notify = z.infer<typeof Notify>;

/** Run a fair's schedule job (the job id is the schedule version). */
export const ScheduleFair = z.object({
  type: z.literal("schedule-fair"),
  id: z.string().min(1),
  fairId: z.string().min(1),
  jobId: z.string().min(1),
});

/** Apply one batch of an organiser's registration import. */
export const ImportBatch = z.object({
  type: z.literal("import-batch"),
  id: z.string().min(1),
  fairId: z.string().min(1),
  importId: z.string().min(1),
  part: z.string().min(1),
});
export type ImportBatch = z.infer<typeof ImportBatch>;

/** A schedule version was published: tell the candidates whose interviews changed. */
export const SchedulePublished = z.object({
  type: z.literal("schedule-published"),
  id: z.string().min(1),
  fairId: z.string().min(1),
  version: z.string().min(1),
  previousVersion: z.string().optional(),
});

/** A place (booth, slot, table) became free: offer it to the booth's waitlist. */
export const SlotFreed = z.object({
  type: z.literal("slot-freed"),
  id: z.string().min(1),
  fairId: z.string().min(1),
  version: z.string().min(1),
  recruiterId: z.string().min(1),
  slot: z.number().int().min(0),
  table: z.number().int().min(1),
  /** Graduates not to offer it to (who freed it, who declined or let it expire). */
  exclude: z.array(z.string()).max(1000),
});
export type SlotFreed = z.infer<typeof SlotFreed>;

/** An offer's deadline: delivered (in hops of at most 15 minutes) when it may have passed. */
export const OfferExpiry = z.object({
  type: z.literal("offer-expiry"),
  id: z.string().min(1),
  fairId: z.string().min(1),
  version: z.string().min(1),
  recruiterId: z.string().min(1),
  slot: z.number().int().min(0),
  table: z.number().int().min(1),
  graduateId: z.string().min(1),
  expiresAt: z.string().min(1),
});
export type OfferExpiry = z.infer<typeof OfferExpiry>;

export const QueueMessage = z.discriminatedUnion("type", [
  ProbeMessage,
  VacancyChanged,
  VacancyCandidates,
  GraduateChanged,
  Notify,
  ScheduleFair,
  ImportBatch,
  SchedulePublished,
  SlotFreed,
  OfferExpiry,
]);
export type QueueMessage = z.infer<typeof QueueMessage>;
