import { type IcsEvent, icsCalendar } from "@jalur/domain";
import { toCsv } from "../../platform/csv.ts";
import type { Deps } from "../../platform/deps.ts";
import { AppError, notFound } from "../../platform/errors.ts";
import { organisationRecipient } from "../../platform/notices.ts";
import { useCase } from "../../platform/principal.ts";
import { intentOf } from "../../platform/queue.ts";
import { db, type FairItem } from "../../service.ts";
import { boothsOf, getBooth, visibleFair } from "../access.ts";
import { calendarOf, localTime } from "../calendar.ts";
import { checkInCode } from "./check-in.ts";
import type { MyInterview } from "./contract.ts";
import { interviewKey, interviewsOfCandidate, interviewView, publishedVersionOf } from "./interviews.ts";
import { freed, interviewNotice, myInterviewAt, notices, placeOf, requestOf, takePlace } from "./places.ts";

/** A graduate's own interviews at a published fair, each with its signed check-in code. */
async function interviewsOf(deps: Deps, fair: FairItem, graduateId: string): Promise<MyInterview[]> {
  const version = publishedVersionOf(fair);
  const tz = calendarOf(fair).timeZone;
  const mine = await interviewsOfCandidate(deps, fair.fairId, version, graduateId);
  return mine.map((i) => ({ ...interviewView(i, tz), checkInCode: checkInCode(deps, i) }));
}

/** Access pattern: the caller's interviews at the fair, in time order, with their check-in codes. */
export const myInterviews = useCase(
  ["graduate"],
  async (deps, actor, fairId: string): Promise<MyInterview[]> =>
    interviewsOf(deps, await visibleFair(deps, actor, fairId), actor.sub),
);

/** The check-in code of the caller's interview at one booth (drawn as a QR code). */
export const myCheckInCode = useCase(["graduate"], async (deps, actor, fairId: string, recruiterId: string) => {
  const mine = await interviewsOf(deps, await visibleFair(deps, actor, fairId), actor.sub);
  const interview = mine.find((i) => i.recruiterId === recruiterId);
  if (!interview) throw notFound("interview", recruiterId);
  return interview.checkInCode;
});

/** The caller takes a free place at a booth they asked for (after publishing); race-safe. */
export const bookSlot = useCase(
  ["graduate"],
  async (deps, actor, fairId: string, recruiterId: string, slotIndex: number): Promise<MyInterview> => {
    const fair = await visibleFair(deps, actor, fairId);
    const place = await placeOf(deps, fair, recruiterId, slotIndex);
    if (place.slot.startMs <= deps.now().getTime()) throw new AppError("conflict", "slot_past", "That slot has already started.");
    const request = await requestOf(deps, fairId, actor.sub, recruiterId);
    const at = deps.now().toISOString();
    const interview = await takePlace(deps, place, actor.sub, request.vacancyIds, {
      implies: (taken) => notices(interviewNotice("interview-booked", taken, actor.sub, place.fair, place.booth, `booked@${at}`)),
    });
    return { ...interviewView(interview, calendarOf(fair).timeZone), checkInCode: checkInCode(deps, interview) };
  },
);

/** Moves the caller's interview at a booth to another slot there, atomically. */
export const rescheduleInterview = useCase(
  ["graduate"],
  async (deps, actor, fairId: string, recruiterId: string, slotIndex: number): Promise<MyInterview> => {
    const graduateId = actor.sub;
    const fair = await visibleFair(deps, actor, fairId);
    const place = await placeOf(deps, fair, recruiterId, slotIndex);
    if (place.slot.startMs <= deps.now().getTime()) throw new AppError("conflict", "slot_past", "That slot has already started.");
    const current = await myInterviewAt(deps, place.fair, place.version, graduateId, recruiterId);
    const tz = calendarOf(fair).timeZone;
    if (current.slot === slotIndex) return { ...interviewView(current, tz), checkInCode: checkInCode(deps, current) };
    const at = deps.now().toISOString();
    const moved = await takePlace(deps, place, graduateId, current.vacancyIds, {
      release: current,
      implies: (taken) => [
        freed(place.fair, current, [graduateId]),
        ...notices([
          ...interviewNotice("interview-booked", taken, graduateId, place.fair, place.booth, `rescheduled@${at}`),
          ...interviewNotice(
            "booth-interview-changed",
            taken,
            organisationRecipient(recruiterId),
            place.fair,
            place.booth,
            `moved-from-${current.slot}@${at}`,
            {},
            ["in-app"],
          ),
        ]),
      ],
    });
    return { ...interviewView(moved, tz), checkInCode: checkInCode(deps, moved) };
  },
);

/** The caller cancels their interview at a booth; the place goes to the booth's waitlist. */
export const cancelInterview = useCase(["graduate"], async (deps, actor, fairId: string, recruiterId: string): Promise<void> => {
  const graduateId = actor.sub;
  const fair = await visibleFair(deps, actor, fairId);
  const version = publishedVersionOf(fair);
  const current = await myInterviewAt(deps, fair, version, graduateId, recruiterId);
  if (current.state !== "booked") throw new AppError("conflict", "not_cancellable", `The interview is ${current.state}.`);
  const booth = await getBooth(deps, fairId, recruiterId);
  const key = { fairId, scheduleVersion: version, graduateId, recruiterId };
  const at = deps.now().toISOString();
  const implied = [
    freed(fair, current, [graduateId]),
    ...notices([
      ...interviewNotice("interview-cancelled", current, graduateId, fair, booth, `cancelled-by-candidate@${at}`, {}, ["in-app"]),
      ...interviewNotice(
        "booth-interview-changed",
        current,
        organisationRecipient(recruiterId),
        fair,
        booth,
        `cancelled@${at}`,
        {},
        ["in-app"],
      ),
    ]),
  ];
  const out = await db(deps)
    .service.transaction.write(({ interview, candidateSlot, candidateBooth, fairStat, intent }) => [
      interview
        .delete({ ...key, slot: current.slot, table: current.table })
        .where((a, op) => `${op.eq(a.graduateId, graduateId)} AND ${op.eq(a.state, "booked")}`)
        .commit(),
      candidateSlot.delete({ ...key, slot: current.slot }).commit(),
      candidateBooth.delete(key).commit(),
      fairStat.update({ fairId, name: "cancellations", bucket: "all" }).add({ count: 1 }).commit(),
      ...implied.map((q) => intent.put(intentOf(deps, q.queue, q.message)).commit()),
    ])
    .go();
  if (out.canceled) throw new AppError("conflict", "interview_changed", "The interview changed meanwhile; reload.");
});

/** The caller's interviews as a calendar file, in the fair's time zone (with its VTIMEZONE). */
export const myCalendar = useCase(["graduate"], async (deps, actor, fairId: string): Promise<string> => {
  const fair = await visibleFair(deps, actor, fairId);
  const version = publishedVersionOf(fair);
  const [mine, booths] = await Promise.all([interviewsOfCandidate(deps, fairId, version, actor.sub), boothsOf(deps, fairId)]);
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
});

/** The caller's interviews as CSV (times in the fair's zone, with check-in codes). */
export const myScheduleCsv = useCase(["graduate"], async (deps, actor, fairId: string): Promise<string> => {
  const fair = await visibleFair(deps, actor, fairId);
  const version = publishedVersionOf(fair);
  const tz = calendarOf(fair).timeZone;
  const [mine, booths] = await Promise.all([interviewsOfCandidate(deps, fairId, version, actor.sub), boothsOf(deps, fairId)]);
  const names = new Map(booths.map((b) => [b.recruiterId, b.name]));
  return toCsv([
    ["start", "end", "booth", "table", "interview_id", "state", "check_in_code"],
    ...mine.map((i) => [
      localTime(i.startsAt, tz),
      localTime(i.endsAt, tz),
      names.get(i.recruiterId) ?? i.recruiterId,
      i.table,
      interviewKey(i),
      i.state,
      checkInCode(deps, i),
    ]),
  ]);
});
