import {
  type IcsEvent,
  icsCalendar,
  localStamp,
  type SchedulingInput,
  type Slot,
  schedule,
  scheduleViolations,
} from "@jalur/domain";
import { type BoothItem, db, type FairItem, type InterviewItem, isConditionFailure, type ScheduleJobItem } from "./db.ts";
import type { Deps } from "./deps.ts";
import { AppError, notFound } from "./errors.ts";
import { allRequestsOfFair, boothsOf, calendarOf, getFair, slotsOf } from "./fairs.ts";
import type { Notify } from "./messages.ts";
import { type Principal, requireRole } from "./principal.ts";
import { enqueue, enqueueAll, inLanes } from "./queue.ts";
import { versionConflict } from "./transactions.ts";

const ZONE_NAMES: Record<string, string> = { "Asia/Jakarta": "WIB", "Asia/Makassar": "WITA", "Asia/Jayapura": "WIT" };

/** "2026-12-01 09:00 WIB": a wall-clock time with its zone, the same in both languages. */
export function localTime(iso: string | number, timeZone: string): string {
  const s = localStamp(typeof iso === "number" ? iso : Date.parse(iso), timeZone);
  return `${s.slice(0, 4)}-${s.slice(4, 6)}-${s.slice(6, 8)} ${s.slice(9, 11)}:${s.slice(11, 13)} ${ZONE_NAMES[timeZone] ?? timeZone}`;
}

export const interviewKey = (i: { recruiterId: string; slot: number; table: number }) => `${i.recruiterId}~${i.slot}~${i.table}`;

export function parseInterviewKey(key: string): { recruiterId: string; slot: number; table: number } {
  const [recruiterId, slot, table, ...rest] = key.split("~");
  if (!recruiterId || rest.length > 0 || !/^\d+$/.test(slot ?? "") || !/^\d+$/.test(table ?? ""))
    throw notFound("interview", key);
  return { recruiterId, slot: Number(slot), table: Number(table) };
}

export const startHourOf = (iso: string) => iso.slice(0, 13);

/** The organiser asks for a schedule: a job the schedule worker runs (202; poll the job). */
export async function requestSchedule(
  deps: Deps,
  principal: Principal,
  fairId: string,
  coverage?: "first" | "balanced" | "off",
): Promise<ScheduleJobItem> {
  requireRole(principal, "organiser", "staff");
  const fair = await getFair(deps, fairId);
  if (fair.state !== "registration-closed")
    throw new AppError(
      "conflict",
      "registration_not_closed",
      "Close registration before scheduling, so the requests stay still.",
    );
  const now = deps.now().toISOString();
  const jobId = deps.newId();
  const { data } = await db(deps)
    .scheduleJob.create({
      jobId,
      fairId,
      coverage: coverage ?? fair.coverage,
      state: "queued",
      progress: { phase: "queued" },
      createdAt: now,
      updatedAt: now,
    })
    .go();
  await enqueue(deps, "schedule", { type: "schedule-fair", id: `schedule-fair:${jobId}`, fairId, jobId });
  return data as ScheduleJobItem;
}

/** Access pattern: a schedule job by id. */
export async function getScheduleJob(deps: Deps, fairId: string, jobId: string): Promise<ScheduleJobItem> {
  const { data } = await db(deps).scheduleJob.get({ jobId }).go();
  if (!data || data.fairId !== fairId) throw notFound("schedule_job", jobId);
  return data;
}

/** Access pattern: a fair's schedule jobs, newest first. */
export async function scheduleJobsOf(deps: Deps, fairId: string, cursor: string | undefined, limit: number) {
  const { data, cursor: next } = await db(deps)
    .scheduleJob.query.byFair({ fairId })
    .go({ cursor: cursor ?? null, limit, order: "desc" });
  return { items: data, cursor: next ?? undefined };
}

/** The scheduler's input from the stored fair, booths and requests (request id = graduate|recruiter). */
export function schedulingInput(
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
  const progress = (p: object) =>
    d.scheduleJob
      .patch({ jobId })
      .set({ progress: p, updatedAt: deps.now().toISOString() })
      .go()
      .catch(() => undefined);
  try {
    if (job.attempts > 1) await progress({ phase: "clearing", cleared: await deleteVersion(deps, fairId, jobId) });
    const fair = await getFair(deps, fairId);
    const [booths, requests] = await Promise.all([boothsOf(deps, fairId), allRequestsOfFair(deps, fairId)]);
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
        progress: { phase: "done", written, total },
        stats: { ...stats, objective: result.objective, scheduleMs: elapsedMs, coverage: job.coverage },
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

/**
 * Publishes a finished schedule version: one conditional write switches the fair to it, so
 * everyone sees either the old or the new schedule; the notices follow from a queue message.
 */
export async function publishSchedule(deps: Deps, principal: Principal, fairId: string, jobId: string): Promise<FairItem> {
  requireRole(principal, "organiser", "staff");
  const [fair, job] = await Promise.all([getFair(deps, fairId), getScheduleJob(deps, fairId, jobId)]);
  if (job.state !== "done") throw new AppError("conflict", "job_not_done", `The schedule job is ${job.state}, not done.`);
  if (fair.publishedVersion === jobId) return fair;
  const at = deps.now().toISOString();
  const { data } = await db(deps)
    .fair.patch({ fairId })
    .set({ publishedVersion: jobId, publishedAt: at, version: fair.version + 1, updatedAt: at })
    .where((a, op) => op.eq(a.version, fair.version))
    .go({ response: "all_new" })
    .catch((error) => {
      throw isConditionFailure(error) ? versionConflict("The fair") : error;
    });
  await enqueue(deps, "notify", {
    type: "schedule-published",
    id: `schedule-published:${fairId}:${jobId}`,
    fairId,
    version: jobId,
    ...(fair.publishedVersion ? { previousVersion: fair.publishedVersion } : {}),
  });
  return data as FairItem;
}

/** Access pattern: every interview of a schedule version, booth by booth (8 booths at a time). */
export async function interviewsOfVersion(
  deps: Deps,
  fairId: string,
  scheduleVersion: string,
  booths?: readonly BoothItem[],
): Promise<InterviewItem[]> {
  booths ??= await boothsOf(deps, fairId);
  const out: InterviewItem[][] = [];
  await inLanes(booths, 8, async (b) => {
    out.push(await interviewsOfBooth(deps, fairId, scheduleVersion, b.recruiterId));
  });
  return out.flat();
}

/** Access pattern: a booth's interviews in a version (bounded by tables × slots). */
export async function interviewsOfBooth(deps: Deps, fairId: string, scheduleVersion: string, recruiterId: string) {
  const { data } = await db(deps).interview.query.byTable({ fairId, scheduleVersion, recruiterId }).go({ pages: "all" });
  return data;
}

/** Access pattern: a candidate's interviews in a version, in time order. */
export async function interviewsOfCandidate(deps: Deps, fairId: string, scheduleVersion: string, graduateId: string) {
  const { data } = await db(deps).interview.query.byCandidate({ fairId, scheduleVersion, graduateId }).go({ pages: "all" });
  return data.filter((i) => i.state !== "offered" && i.state !== "removed");
}

export function publishedVersionOf(fair: FairItem): string {
  if (!fair.publishedVersion) throw new AppError("conflict", "not_published", "The fair's schedule is not published yet.");
  return fair.publishedVersion;
}

export function interviewView(i: InterviewItem, timeZone: string) {
  return {
    interviewId: interviewKey(i),
    ...i,
    local: { startsAt: localTime(i.startsAt, timeZone), endsAt: localTime(i.endsAt, timeZone) },
  };
}

/** Notices for a newly published version: only candidates whose interviews changed hear about it. */
export async function fanOutScheduleNotices(
  deps: Deps,
  message: { fairId: string; version: string; previousVersion?: string },
): Promise<number> {
  const fair = await getFair(deps, message.fairId);
  if (fair.publishedVersion !== message.version) return 0; // superseded before the notices went out
  const tz = calendarOf(fair).timeZone;
  const boothList = await boothsOf(deps, fair.fairId);
  const booths = new Map(boothList.map((b) => [b.recruiterId, b]));
  const group = (items: InterviewItem[]) => {
    const m = new Map<string, InterviewItem[]>();
    for (const i of items) {
      if (i.state === "offered" || i.state === "removed") continue;
      const list = m.get(i.graduateId) ?? [];
      list.push(i);
      m.set(i.graduateId, list);
    }
    return m;
  };
  const signature = (list: InterviewItem[] | undefined) =>
    (list ?? [])
      .map((i) => `${i.recruiterId}@${i.startsAt}#${i.table}`)
      .sort()
      .join(",");
  const now = group(await interviewsOfVersion(deps, fair.fairId, message.version, boothList));
  const before = message.previousVersion
    ? group(await interviewsOfVersion(deps, fair.fairId, message.previousVersion, boothList))
    : new Map<string, InterviewItem[]>();
  const notices: Notify[] = [];
  for (const graduateId of new Set([...now.keys(), ...before.keys()])) {
    const mine = now.get(graduateId) ?? [];
    if (signature(mine) === signature(before.get(graduateId))) continue;
    const list = mine
      .sort((a, b) => a.startsAt.localeCompare(b.startsAt))
      .map((i) => `${booths.get(i.recruiterId)?.name ?? i.recruiterId}: ${localTime(i.startsAt, tz)} (#${i.table})`)
      .join("; ");
    const base = `interview-schedule:${fair.fairId}:${message.version}:${graduateId}`;
    const params = { fair: fair.name, venue: fair.venue, count: String(mine.length), list: list || "-" };
    const link = `/v1/fairs/${fair.fairId}/interviews/mine`;
    notices.push(
      {
        type: "notify",
        id: `${base}:in-app`,
        recipientId: graduateId,
        channel: "in-app",
        template: "interview-schedule",
        params,
        link,
      },
      {
        type: "notify",
        id: `${base}:email`,
        recipientId: graduateId,
        channel: "email",
        template: "interview-schedule",
        params,
        link,
      },
    );
  }
  await enqueueAll(deps, "notify", notices);
  return notices.length;
}

/** A calendar file of a candidate's interviews, in the fair's time zone. */
export async function candidateCalendar(deps: Deps, fairId: string, graduateId: string): Promise<string> {
  const fair = await getFair(deps, fairId);
  const version = publishedVersionOf(fair);
  const [mine, booths] = await Promise.all([interviewsOfCandidate(deps, fairId, version, graduateId), boothsOf(deps, fairId)]);
  const names = new Map(booths.map((b) => [b.recruiterId, b.name]));
  const events: IcsEvent[] = mine.map((i) => ({
    uid: `${fairId}~${interviewKey(i)}@jalur`,
    startMs: Date.parse(i.startsAt),
    endMs: Date.parse(i.endsAt),
    summary: `Wawancara / Interview: ${names.get(i.recruiterId) ?? i.recruiterId} (#${i.table})`,
    location: fair.venue,
    description: fair.name,
  }));
  return icsCalendar(events, calendarOf(fair).timeZone, deps.now().getTime());
}
