import { type Slot, slotsConflict } from "@jalur/domain";
import type { QueueName } from "@jalur/infra/topology";
import type { Deps } from "../../platform/deps.ts";
import { AppError, notFound } from "../../platform/errors.ts";
import type { Notify, QueueMessage, SlotFreed } from "../../platform/messages.ts";
import { noticesTo } from "../../platform/notices.ts";
import { intentOf } from "../../platform/queue.ts";
import { type BoothItem, db, type FairItem, type InterviewItem } from "../../service.ts";
import { getBooth } from "../access.ts";
import { boothAwayDuring, calendarOf, localTime, slotsOf } from "../calendar.ts";
import { interviewKey, publishedVersionOf, startHourOf } from "./interviews.ts";

export interface Place {
  readonly fair: FairItem;
  readonly version: string;
  readonly booth: BoothItem;
  readonly slots: Slot[];
  readonly slot: Slot;
}

/** A place at a booth of a published schedule: the slot exists and the booth's interviewers are there. */
export async function placeOf(deps: Deps, fair: FairItem, recruiterId: string, slotIndex: number): Promise<Place> {
  const version = publishedVersionOf(fair);
  const booth = await getBooth(deps, fair.fairId, recruiterId);
  const slots = slotsOf(fair);
  const slot = slots[slotIndex];
  if (!slot) throw new AppError("validation", "no_such_slot", `The fair has no slot ${slotIndex} (0–${slots.length - 1}).`);
  if (boothAwayDuring(booth, slot))
    throw new AppError("conflict", "booth_unavailable", "The booth's interviewers are away at that time.");
  return { fair, version, booth, slots, slot };
}

/** Slots a candidate may not hold together with `slot` (overlap or closer than the fair's gap). */
export function conflictingSlots(place: Place): number[] {
  const gap = place.fair.minGapMinutes * 60_000;
  const out = place.slots.filter((s) => s.index !== place.slot.index && slotsConflict(s, place.slot, gap)).map((s) => s.index);
  // One transaction holds at most 100 items: the place, its guards, these checks and a few intents.
  if (out.length > 85) throw new AppError("unprocessable", "gap_too_long", "The fair's gap spans too many slots to book safely.");
  return out;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Takes a place (table and slot) for a candidate, race-safe: one transaction creates the
 * interview at (booth, slot, table) and the candidate's (slot) and (booth) guards, all only if
 * absent, and checks the candidate holds none of the slots within the gap. Tables are tried in
 * order; concurrent takers of the last table see exactly one winner.
 */
export async function takePlace(
  deps: Deps,
  place: Place,
  graduateId: string,
  vacancyIds: string[],
  options: {
    release?: InterviewItem;
    acceptOffer?: InterviewItem;
    /** The work taking this place implies (notices, a freed place), committed with it. */
    implies?: (taken: InterviewItem) => Queued[];
  } = {},
): Promise<InterviewItem> {
  const { fair, version, booth, slot } = place;
  const conflicts = conflictingSlots(place).filter((s) => s !== options.release?.slot);
  const base = { fairId: fair.fairId, scheduleVersion: version, graduateId, recruiterId: booth.recruiterId };
  const startsAt = new Date(slot.startMs).toISOString();
  const tables = options.acceptOffer ? [options.acceptOffer.table] : Array.from({ length: booth.tables }, (_, i) => i + 1);
  const now = deps.now().toISOString();
  for (const table of tables) {
    for (let attempt = 0; ; attempt++) {
      const item = {
        ...base,
        slot: slot.index,
        table,
        vacancyIds,
        startsAt,
        endsAt: new Date(slot.endMs).toISOString(),
        startHour: startHourOf(startsAt),
        state: "booked" as const,
      };
      const implied = options.implies?.(item as InterviewItem) ?? [];
      const out = await db(deps)
        .service.transaction.write(({ interview, candidateSlot, candidateBooth, intent }) => [
          options.acceptOffer
            ? interview
                .patch({ fairId: fair.fairId, scheduleVersion: version, recruiterId: booth.recruiterId, slot: slot.index, table })
                .set({ state: "booked" })
                .remove(["offerExpires", "offerExcluded"])
                .where(
                  (a, op) =>
                    `${op.eq(a.state, "offered")} AND ${op.eq(a.graduateId, graduateId)} AND ${op.gt(a.offerExpires, now)}`,
                )
                .commit()
            : interview.create(item).commit(),
          candidateSlot.create({ ...base, slot: slot.index, table }).commit(),
          ...(options.release
            ? [
                candidateBooth
                  .patch({ ...base })
                  .set({ slot: slot.index, table })
                  .where((a, op) => op.eq(a.slot, options.release?.slot ?? -1))
                  .commit(),
                interview
                  .delete({ ...base, slot: options.release.slot, table: options.release.table })
                  .where((a, op) => `${op.eq(a.graduateId, graduateId)} AND ${op.eq(a.state, "booked")}`)
                  .commit(),
                candidateSlot.delete({ ...base, slot: options.release.slot }).commit(),
              ]
            : [candidateBooth.create({ ...base, slot: slot.index, table }).commit()]),
          ...conflicts.map((s) =>
            candidateSlot
              .check({ ...base, slot: s })
              .where((a, op) => op.notExists(a.slot))
              .commit(),
          ),
          // Last, so the positions of the conditions above stay as the error handling reads them.
          ...implied.map((q) => intent.put(intentOf(deps, q.queue, q.message, q.options)).commit()),
        ])
        .go();
      if (!out.canceled) return item as InterviewItem;
      const codes = out.data.map((d) => d.code);
      if (codes.includes("TransactionConflict") && attempt < 12) {
        await sleep(5 + Math.random() * 25 * (attempt + 1));
        continue;
      }
      if (codes[0] === "ConditionalCheckFailed" && !options.acceptOffer && codes.slice(1).every((c) => c === "None")) break; // table taken
      if (options.acceptOffer && codes[0] === "ConditionalCheckFailed")
        throw new AppError("conflict", "offer_not_open", "This offer has expired or is no longer yours.");
      if (codes.includes("TransactionConflict"))
        throw new AppError("conflict", "busy", "Many people are booking this slot; try again.");
      if (options.release && codes[3] === "ConditionalCheckFailed")
        throw new AppError("conflict", "interview_changed", "Your interview changed meanwhile; reload and try again.");
      throw new AppError(
        "conflict",
        "candidate_busy",
        "You already have an interview at this booth, at this time, or too close to it (the fair's minimum gap).",
      );
    }
  }
  throw new AppError("conflict", "slot_taken", "Every table at this booth is taken in that slot.");
}

export async function requestOf(deps: Deps, fairId: string, graduateId: string, recruiterId: string) {
  const { data } = await db(deps).fairRequest.get({ fairId, graduateId, recruiterId }).go();
  if (!data) throw new AppError("conflict", "not_registered_at_booth", "Register for a vacancy at this booth first.");
  return data;
}

export function interviewNotice(
  template: string,
  i: { fairId: string; scheduleVersion: string; recruiterId: string; slot: number; table: number; startsAt: string },
  recipientId: string,
  fair: FairItem,
  booth: { name: string },
  event: string,
  extra: Record<string, string> = {},
  channels: Notify["channel"][] = ["in-app", "email"],
): Notify[] {
  const tz = calendarOf(fair).timeZone;
  return noticesTo(
    recipientId,
    `${i.fairId}:${i.scheduleVersion}:${interviewKey(i)}:${event}`,
    template,
    { fair: fair.name, booth: booth.name, time: localTime(i.startsAt, tz), table: String(i.table), ...extra },
    `/v1/fairs/${i.fairId}/interviews/mine`,
    channels,
  );
}

export async function myInterviewAt(deps: Deps, fair: FairItem, version: string, graduateId: string, recruiterId: string) {
  const d = db(deps);
  const { data: guard } = await d.candidateBooth
    .get({ fairId: fair.fairId, scheduleVersion: version, graduateId, recruiterId })
    .go();
  if (!guard) throw notFound("interview", `${recruiterId}`);
  const { data } = await d.interview
    .get({ fairId: fair.fairId, scheduleVersion: version, recruiterId, slot: guard.slot, table: guard.table })
    .go();
  if (!data || data.graduateId !== graduateId) throw notFound("interview", recruiterId);
  return data;
}

/** A message with its queue, for a use case's transaction (`intentOf`). */
export interface Queued {
  readonly queue: QueueName;
  readonly message: QueueMessage;
  readonly options?: { delaySeconds?: number };
}

export const notices = (list: readonly Notify[]): Queued[] => list.map((message) => ({ queue: "notify", message }));

/** Announces a freed place to the backfill worker (the booth's waitlist gets an offer). */
export function freed(
  fair: Pick<FairItem, "fairId">,
  i: Pick<InterviewItem, "scheduleVersion" | "recruiterId" | "slot" | "table">,
  exclude: string[],
): Queued {
  const message: SlotFreed = {
    type: "slot-freed",
    id: `slot-freed:${fair.fairId}:${i.scheduleVersion}:${interviewKey(i)}:${[...exclude].sort().join(",")}`,
    fairId: fair.fairId,
    version: i.scheduleVersion,
    recruiterId: i.recruiterId,
    slot: i.slot,
    table: i.table,
    exclude,
  };
  return { queue: "schedule", message };
}
