import type { Deps } from "../../platform/deps.ts";
import { AppError, notFound } from "../../platform/errors.ts";
import { inLanes } from "../../platform/queue.ts";
import { type BoothItem, db, type FairItem, type InterviewItem } from "../../service.ts";
import { boothsOf } from "../access.ts";
import { localTime } from "../calendar.ts";
import type { Interview } from "./contract.ts";

export const interviewKey = (i: { recruiterId: string; slot: number; table: number }) => `${i.recruiterId}~${i.slot}~${i.table}`;

export function parseInterviewKey(key: string): { recruiterId: string; slot: number; table: number } {
  const [recruiterId, slot, table, ...rest] = key.split("~");
  if (!recruiterId || rest.length > 0 || !/^\d{1,4}$/.test(slot ?? "") || !/^\d{1,3}$/.test(table ?? ""))
    throw notFound("interview", key);
  return { recruiterId, slot: Number(slot), table: Number(table) };
}

export const startHourOf = (iso: string) => iso.slice(0, 13);

export function publishedVersionOf(fair: FairItem): string {
  if (!fair.publishedVersion) throw new AppError("conflict", "not_published", "The fair's schedule is not published yet.");
  return fair.publishedVersion;
}

/**
 * An interview as its parties see it: the stored item with its id. Field by field, so an
 * attribute added to the entity is not shown until the contract (`Interview`) lists it.
 */
export function interviewRecord(i: InterviewItem): Interview {
  return {
    interviewId: interviewKey(i),
    fairId: i.fairId,
    scheduleVersion: i.scheduleVersion,
    recruiterId: i.recruiterId,
    slot: i.slot,
    table: i.table,
    graduateId: i.graduateId,
    vacancyIds: i.vacancyIds,
    startsAt: i.startsAt,
    endsAt: i.endsAt,
    startHour: i.startHour,
    state: i.state,
    ...(i.offerExpires !== undefined ? { offerExpires: i.offerExpires } : {}),
    ...(i.checkedInAt !== undefined ? { checkedInAt: i.checkedInAt } : {}),
    ...(i.outcome !== undefined ? { outcome: i.outcome } : {}),
    ...(i.outcomeAt !== undefined ? { outcomeAt: i.outcomeAt } : {}),
  };
}

/** An interview with its times as wall-clock times in the fair's zone. */
export function interviewView(i: InterviewItem, timeZone: string) {
  return {
    ...interviewRecord(i),
    local: { startsAt: localTime(i.startsAt, timeZone), endsAt: localTime(i.endsAt, timeZone) },
  };
}
export type InterviewView = ReturnType<typeof interviewView>;

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

/** Access pattern: a candidate's interviews in a version, in time order (not offers or removed places). */
export async function interviewsOfCandidate(deps: Deps, fairId: string, scheduleVersion: string, graduateId: string) {
  const { data } = await db(deps).interview.query.byCandidate({ fairId, scheduleVersion, graduateId }).go({ pages: "all" });
  return data.filter((i) => i.state !== "offered" && i.state !== "removed");
}
