import { z } from "zod";
import { utcInstant } from "../interviews/contract.ts";
import { scheduleJob } from "./entities.ts";

/**
 * What the schedule use cases answer, as schemas: the API documents them as named components
 * (`.meta({ id })`) and the use cases declare them as their return types. The job's progress
 * and result are stored as free documents; the worker writes them as these types.
 */

const Coverage = z
  .enum(scheduleJob.attributes.coverage.type)
  .describe("first (every coverable candidate gets an interview first), balanced, off (priority-weighted value only)");

export const Tally = z
  .object({ requested: z.number().int(), scheduled: z.number().int() })
  .meta({ id: "Tally", description: "Interviews requested and scheduled" });

export const ScheduleProgress = z
  .discriminatedUnion("phase", [
    z.object({ phase: z.literal("queued") }),
    z.object({
      phase: z.literal("clearing"),
      cleared: z.number().int().describe("Interviews of an interrupted earlier attempt removed"),
    }),
    z.object({ phase: z.literal("scheduling"), requests: z.number().int().describe("Requests being scheduled") }),
    z.object({ phase: z.literal("writing"), written: z.number().int(), total: z.number().int() }),
    z.object({ phase: z.literal("done"), written: z.number().int(), total: z.number().int() }),
  ])
  .meta({ id: "ScheduleProgress", description: "Where a schedule job is: queued, clearing, scheduling, writing, done" });
export type ScheduleProgress = z.infer<typeof ScheduleProgress>;

export const ScheduleStats = z
  .object({
    requested: z.number().int().describe("Interview requests of consenting graduates"),
    scheduled: z.number().int().describe("Interviews scheduled"),
    shortlistedRequested: z.number().int(),
    shortlistedScheduled: z.number().int(),
    candidatesRequesting: z.number().int().describe("Candidates with at least one request"),
    candidatesCoverable: z.number().int().describe("Candidates with a request to a booth that has any available slot"),
    candidatesCovered: z.number().int().describe("Candidates with at least one interview"),
    perBooth: z.record(z.string(), Tally).describe("By booth (recruiter id)"),
    objective: z.number().describe("The scheduler's objective value (priority-weighted, with the coverage bonus)"),
    scheduleMs: z.number().int().describe("Time the scheduler took, milliseconds"),
    coverage: Coverage,
  })
  .meta({ id: "ScheduleStats", description: "A finished schedule job's result: scheduled vs requested, overall and per booth" });
export type ScheduleStats = z.infer<typeof ScheduleStats>;

export const ScheduleJob = z
  .object({
    jobId: z.string().describe("Also the schedule version it writes: publish it by this id"),
    fairId: z.string(),
    coverage: Coverage,
    state: z.enum(scheduleJob.attributes.state.type),
    attempts: z.number().int().describe("Runs started (a run after a crash clears the half-written version first)"),
    progress: ScheduleProgress.optional(),
    stats: ScheduleStats.optional().describe("Present once the job is done"),
    error: z.string().optional().describe("Why the last run failed"),
    leaseUntil: z
      .number()
      .int()
      .optional()
      .describe("While running: until when (epoch milliseconds) the running worker holds the job"),
    createdAt: utcInstant("Queued"),
    updatedAt: utcInstant("Last changed"),
  })
  .meta({ id: "ScheduleJob", description: "A run of the interview scheduler for a fair: state, progress and result" });
export type ScheduleJob = z.infer<typeof ScheduleJob>;
