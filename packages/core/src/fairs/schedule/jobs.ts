import { type SchedulingInput, type Slot, schedule, scheduleViolations } from "@jalur/domain";
import { consentingAmong } from "../../graduates/profile.ts";
import type { Deps } from "../../platform/deps.ts";
import { AppError, committed, notFound } from "../../platform/errors.ts";
import { type Page, type PageRequest, pageOf, pageOptions } from "../../platform/paging.ts";
import { useCase } from "../../platform/principal.ts";
import { inLanes, intentOf } from "../../platform/queue.ts";
import { isConditionFailure } from "../../platform/table.ts";
import { type BoothItem, db, type FairItem, type InterviewItem, type ScheduleJobItem } from "../../service.ts";
import { boothsOf, fairToRun, getFair } from "../access.ts";
import { slotsOf } from "../calendar.ts";
import { interviewKey, interviewsOfVersion, startHourOf } from "../interviews/interviews.ts";
import { allRequestsOfFair } from "../registration/registrants.ts";
import type { ScheduleJob, ScheduleProgress, ScheduleStats } from "./contract.ts";

export type Coverage = "first" | "balanced" | "off";

/** The fair's organisers ask for a schedule: a job the schedule worker runs (202; poll the job). */
export const requestSchedule = useCase(
  ["organiser"],
  async (deps, actor, fairId: string, coverage?: Coverage): Promise<ScheduleJob> => {
    const fair = await fairToRun(deps, actor, fairId);
    if (fair.state !== "registration-closed")
      throw new AppError(
        "conflict",
        "registration_not_closed",
        "Close registration before scheduling, so the requests stay still.",
      );
    const now = deps.now().toISOString();
    const jobId = deps.newId();
    const job = {
      jobId,
      fairId,
      coverage: coverage ?? fair.coverage,
      state: "queued" as const,
      progress: { phase: "queued" } satisfies ScheduleProgress,
      createdAt: now,
      updatedAt: now,
    };
    const result = await db(deps)
      .service.transaction.write(({ scheduleJob, intent }) => [
        scheduleJob.create(job).commit(),
        intent.put(intentOf(deps, "schedule", { type: "schedule-fair", id: `schedule-fair:${jobId}`, fairId, jobId })).commit(),
      ])
      .go();
    committed(result, "The schedule job");
    return scheduleJobView(await getScheduleJob(deps, fairId, jobId));
  },
);

/**
 * A schedule job as its organisers see it. Field by field, so an attribute added to the entity
 * is not shown until the contract (`ScheduleJob`) lists it; progress and stats are stored as
 * free documents, written by this file as `ScheduleProgress` and `ScheduleStats`.
 */
function scheduleJobView(job: ScheduleJobItem): ScheduleJob {
  return {
    jobId: job.jobId,
    fairId: job.fairId,
    coverage: job.coverage,
    state: job.state,
    attempts: job.attempts,
    ...(job.progress !== undefined ? { progress: job.progress as ScheduleProgress } : {}),
    ...(job.stats !== undefined ? { stats: job.stats as ScheduleStats } : {}),
    ...(job.error !== undefined ? { error: job.error } : {}),
    ...(job.leaseUntil !== undefined ? { leaseUntil: job.leaseUntil } : {}),
    createdAt: job.createdAt,
    updatedAt: job.updatedAt,
  };
}

/** Access pattern: a schedule job by id (inside core). */
export async function getScheduleJob(deps: Deps, fairId: string, jobId: string): Promise<ScheduleJobItem> {
  const { data } = await db(deps).scheduleJob.get({ jobId }).go();
  if (!data || data.fairId !== fairId) throw notFound("schedule_job", jobId);
  return data;
}

/** A schedule job: state, progress and result, for the fair's organisers. */
export const readScheduleJob = useCase(
  ["organiser"],
  async (deps, actor, fairId: string, jobId: string): Promise<ScheduleJob> => {
    await fairToRun(deps, actor, fairId);
    return scheduleJobView(await getScheduleJob(deps, fairId, jobId));
  },
);

/** Access pattern: a fair's schedule jobs, newest first, for its organisers. */
export const scheduleJobsOf = useCase(
  ["organiser"],
  async (deps, actor, fairId: string, page: PageRequest): Promise<Page<ScheduleJob>> => {
    await fairToRun(deps, actor, fairId);
    const { data, cursor } = await db(deps)
      .scheduleJob.query.byFair({ fairId })
      .go({ ...pageOptions(deps, page), order: "desc" });
    return pageOf(deps, data.map(scheduleJobView), cursor);
  },
);

/** The scheduler's input from the stored fair, booths and requests (request id = graduate|recruiter). */
function schedulingInput(
  fair: FairItem,
  booths: readonly BoothItem[],
  requests: readonly { graduateId: string; recruiterId: string; shortlisted: boolean; matchScore: number; preference: number }[],
): { input: SchedulingInput; slots: Slot[] } {
  const slots = slotsOf(fair);
  return {
    slots,
    input: {
      slots,
      minGapMinutes: fair.minGapMinutes,
      booths: booths.map((b) => ({
        id: b.recruiterId,
        tables: b.tables,
        unavailable: (b.unavailable as { from: string; to: string }[]).map((u) => ({
          startMs: Date.parse(u.from),
          endMs: Date.parse(u.to),
        })),
      })),
      requests: requests.map((r) => ({
        id: `${r.graduateId}|${r.recruiterId}`,
        candidateId: r.graduateId,
        boothId: r.recruiterId,
        shortlisted: r.shortlisted,
        matchScore: r.matchScore,
        preference: r.preference,
      })),
    },
  };
}

/**
 * Everything of one schedule version (interviews and their guards), to clear a half-written
 * run. Interview and guards are written in one transaction, so the interviews name every guard.
 */
async function deleteVersion(deps: Deps, fairId: string, scheduleVersion: string): Promise<number> {
  const d = db(deps);
  const interviews = await interviewsOfVersion(deps, fairId, scheduleVersion);
  const guards = interviews.filter((i) => i.graduateId !== "-");
  const key = (i: InterviewItem) => ({ fairId, scheduleVersion, graduateId: i.graduateId });
  await Promise.all([
    interviews.length ? d.interview.delete(interviews).go({ concurrency: 4 }) : undefined,
    guards.length ? d.candidateSlot.delete(guards.map((i) => ({ ...key(i), slot: i.slot }))).go({ concurrency: 4 }) : undefined,
    guards.length
      ? d.candidateBooth.delete(guards.map((i) => ({ ...key(i), recruiterId: i.recruiterId }))).go({ concurrency: 4 })
      : undefined,
  ]);
  return interviews.length;
}

/**
 * Runs a schedule job, once: a lease on the job item decides which delivery runs it; a
 * delivery after a crash (lease expired) clears the half-written version first. The version id
 * is the job id, so a re-run never touches a published schedule. Each interview is written
 * with its two guards in one transaction, all conditional on not existing: even a buggy or
 * concurrent writer cannot double-book a table or a candidate.
 */
export async function runScheduleJob(deps: Deps, jobId: string, leaseSeconds = 300): Promise<"done" | "skipped"> {
  const d = db(deps);
  const now = deps.now().getTime();
  let job: ScheduleJobItem;
  try {
    const { data } = await d.scheduleJob
      .patch({ jobId })
      .set({ state: "running", leaseUntil: now + leaseSeconds * 1000, updatedAt: new Date(now).toISOString() })
      .add({ attempts: 1 })
      .where((a, op) => `${op.eq(a.state, "queued")} OR (${op.eq(a.state, "running")} AND ${op.lt(a.leaseUntil, now)})`)
      .go({ response: "all_new" });
    job = data as ScheduleJobItem;
  } catch (error) {
    if (isConditionFailure(error)) return "skipped";
    throw error;
  }
  const { fairId } = job;
  const progress = (p: ScheduleProgress) =>
    d.scheduleJob
      .patch({ jobId })
      .set({ progress: p, updatedAt: deps.now().toISOString() })
      .go()
      .catch(() => undefined);
  try {
    if (job.attempts > 1) await progress({ phase: "clearing", cleared: await deleteVersion(deps, fairId, jobId) });
    const fair = await getFair(deps, fairId);
    const [booths, asked] = await Promise.all([boothsOf(deps, fairId), allRequestsOfFair(deps, fairId)]);
    // Graduates who withdrew consent are no longer processed: no interview is planned for them.
    const consenting = await consentingAmong(
      deps,
      asked.map((r) => r.graduateId),
    );
    const requests = asked.filter((r) => consenting.has(r.graduateId));
    await progress({ phase: "scheduling", requests: requests.length });
    const { input, slots } = schedulingInput(fair, booths, requests);
    const started = performance.now();
    const result = schedule(input, { coverage: job.coverage });
    const elapsedMs = Math.round(performance.now() - started);
    const violations = scheduleViolations(input, result.assignments);
    if (violations.length > 0) throw new Error(`The scheduler produced ${violations.length} violation(s): ${violations[0]}`);
    const vacanciesOf = new Map(requests.map((r) => [`${r.graduateId}|${r.recruiterId}`, r.vacancyIds]));
    const total = result.assignments.length;
    let written = 0;
    await inLanes(result.assignments, 8, async (a) => {
      const slot = slots[a.slot] as Slot;
      const startsAt = new Date(slot.startMs).toISOString();
      const key = { fairId, scheduleVersion: jobId, graduateId: a.candidateId, recruiterId: a.boothId };
      const out = await d.service.transaction
        .write(({ interview, candidateSlot, candidateBooth }) => [
          interview
            .create({
              ...key,
              slot: a.slot,
              table: a.table,
              vacancyIds: vacanciesOf.get(a.requestId) ?? [],
              startsAt,
              endsAt: new Date(slot.endMs).toISOString(),
              startHour: startHourOf(startsAt),
              state: "booked",
            })
            .commit(),
          candidateSlot.create({ ...key, slot: a.slot, table: a.table }).commit(),
          candidateBooth.create({ ...key, slot: a.slot, table: a.table }).commit(),
        ])
        .go();
      if (out.canceled) throw new Error(`Interview ${interviewKey({ recruiterId: a.boothId, ...a })} was refused: already taken`);
      if (++written % 500 === 0) await progress({ phase: "writing", written, total });
    });
    const { perCandidate: _omit, ...stats } = result.stats;
    await d.scheduleJob
      .patch({ jobId })
      .set({
        state: "done",
        progress: { phase: "done", written, total } satisfies ScheduleProgress,
        stats: { ...stats, objective: result.objective, scheduleMs: elapsedMs, coverage: job.coverage } satisfies ScheduleStats,
        updatedAt: deps.now().toISOString(),
      })
      .remove(["leaseUntil"])
      .go();
    return "done";
  } catch (error) {
    await d.scheduleJob
      .patch({ jobId })
      .set({ error: String((error as Error).message ?? error).slice(0, 500), updatedAt: deps.now().toISOString() })
      .go()
      .catch(() => undefined);
    throw error;
  }
}
