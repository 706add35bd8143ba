import { createHmac, timingSafeEqual } from "node:crypto";
import { type ApplicationState, applicationMachine, requestWeight, type Slot, slotsConflict } from "@jalur/domain";
import { applicationId, getApplication, transitionApplication } from "./applications.ts";
import { type BoothItem, db, type FairItem, type InterviewItem, isConditionFailure } from "./db.ts";
import type { Deps } from "./deps.ts";
import { AppError, notFound } from "./errors.ts";
import { interviewKey, localTime, publishedVersionOf, startHourOf } from "./fair-schedule.ts";
import { allRequestsOfBooth, boothFor, calendarOf, getBooth, getFair, slotsOf } from "./fairs.ts";
import { getVacancies } from "./matching.ts";
import type { Notify, OfferExpiry, SlotFreed } from "./messages.ts";
import { type Principal, requireRole } from "./principal.ts";
import { enqueue, enqueueAll } from "./queue.ts";

/** How long a waitlisted graduate has to accept a freed place (capped by the slot's start). */
export const OFFER_HOURS = 2;
/** A booked interview not checked in this long after its start is a no-show. */
export const NO_SHOW_GRACE_MINUTES = 15;

interface Place {
  readonly fair: FairItem;
  readonly version: string;
  readonly booth: BoothItem;
  readonly slots: Slot[];
  readonly slot: Slot;
}

async function placeOf(deps: Deps, fairId: string, recruiterId: string, slotIndex: number): Promise<Place> {
  const fair = await getFair(deps, fairId);
  const version = publishedVersionOf(fair);
  const booth = await getBooth(deps, fairId, recruiterId);
  const slots = slotsOf(fair);
  const slot = slots[slotIndex];
  if (!slot) throw new AppError("validation", "no_such_slot", `The fair has no slot ${slotIndex} (0–${slots.length - 1}).`);
  const away = (booth.unavailable as { from: string; to: string }[]).some(
    (u) => Date.parse(u.from) < slot.endMs && slot.startMs < Date.parse(u.to),
  );
  if (away) throw new AppError("conflict", "booth_unavailable", "The booth's interviewers are away at that time.");
  return { fair, version, booth, slots, slot };
}

/** Slots a candidate may not hold together with `slot` (overlap or closer than the fair's gap). */
function conflictingSlots(place: Place): number[] {
  const gap = place.fair.minGapMinutes * 60_000;
  const out = place.slots.filter((s) => s.index !== place.slot.index && slotsConflict(s, place.slot, gap)).map((s) => s.index);
  if (out.length > 90) throw new AppError("unprocessable", "gap_too_long", "The fair's gap spans too many slots to book safely.");
  return out;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Takes a place (table and slot) for a candidate, race-safe: one transaction creates the
 * interview at (booth, slot, table) and the candidate's (slot) and (booth) guards, all only if
 * absent, and checks the candidate holds none of the slots within the gap. Tables are tried in
 * order; concurrent takers of the last table see exactly one winner.
 */
async function takePlace(
  deps: Deps,
  place: Place,
  graduateId: string,
  vacancyIds: string[],
  options: { release?: InterviewItem; acceptOffer?: InterviewItem } = {},
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
      const out = await db(deps)
        .service.transaction.write(({ interview, candidateSlot, candidateBooth }) => [
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

async function requestOf(deps: Deps, fairId: string, graduateId: string, recruiterId: string) {
  const { data } = await db(deps).fairRequest.get({ fairId, graduateId, recruiterId }).go();
  if (!data) throw new AppError("conflict", "not_registered_at_booth", "Register for a vacancy at this booth first.");
  return data;
}

function interviewNotice(
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
  return channels.map((channel) => ({
    type: "notify",
    id: `${template}:${i.fairId}:${i.scheduleVersion}:${interviewKey(i)}:${recipientId}:${event}:${channel}`,
    recipientId,
    channel,
    template,
    params: { fair: fair.name, booth: booth.name, time: localTime(i.startsAt, tz), table: String(i.table), ...extra },
    link: `/v1/fairs/${i.fairId}/interviews/mine`,
  }));
}

/** A registered graduate takes a free place at a booth they asked for (after publishing). */
export async function bookSlot(deps: Deps, graduateId: string, fairId: string, recruiterId: string, slotIndex: number) {
  const place = await placeOf(deps, fairId, recruiterId, slotIndex);
  if (place.slot.startMs <= deps.now().getTime()) throw new AppError("conflict", "slot_past", "That slot has already started.");
  const request = await requestOf(deps, fairId, graduateId, recruiterId);
  const interview = await takePlace(deps, place, graduateId, request.vacancyIds);
  await enqueueAll(
    deps,
    "notify",
    interviewNotice("interview-booked", interview, graduateId, place.fair, place.booth, `booked@${deps.now().toISOString()}`),
  );
  return interview;
}

/** Moves one of the graduate's interviews to another slot at the same booth, atomically. */
export async function rescheduleInterview(
  deps: Deps,
  graduateId: string,
  fairId: string,
  recruiterId: string,
  slotIndex: number,
) {
  const place = await placeOf(deps, fairId, recruiterId, slotIndex);
  if (place.slot.startMs <= deps.now().getTime()) throw new AppError("conflict", "slot_past", "That slot has already started.");
  const current = await myInterviewAt(deps, place.fair, place.version, graduateId, recruiterId);
  if (current.slot === slotIndex) return current;
  const moved = await takePlace(deps, place, graduateId, current.vacancyIds, { release: current });
  await freed(deps, place.fair, current, [graduateId]);
  await enqueueAll(deps, "notify", [
    ...interviewNotice("interview-booked", moved, graduateId, place.fair, place.booth, `rescheduled@${deps.now().toISOString()}`),
    ...interviewNotice(
      "booth-interview-changed",
      moved,
      recruiterId,
      place.fair,
      place.booth,
      `moved-from-${current.slot}@${deps.now().toISOString()}`,
      {},
      ["in-app"],
    ),
  ]);
  return moved;
}

async function myInterviewAt(deps: Deps, fair: FairItem, version: string, graduateId: string, recruiterId: string) {
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

/** Announces a freed place to the backfill worker (the booth's waitlist gets an offer). */
async function freed(
  deps: Deps,
  fair: FairItem,
  i: Pick<InterviewItem, "scheduleVersion" | "recruiterId" | "slot" | "table">,
  exclude: string[],
) {
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
  await enqueue(deps, "schedule", message);
}

/** The graduate cancels their interview at a booth; the place goes to the booth's waitlist. */
export async function cancelInterview(deps: Deps, graduateId: string, fairId: string, recruiterId: string) {
  const fair = await getFair(deps, fairId);
  const version = publishedVersionOf(fair);
  const current = await myInterviewAt(deps, fair, version, graduateId, recruiterId);
  if (current.state !== "booked") throw new AppError("conflict", "not_cancellable", `The interview is ${current.state}.`);
  const key = { fairId, scheduleVersion: version, graduateId, recruiterId };
  const out = await db(deps)
    .service.transaction.write(({ interview, candidateSlot, candidateBooth, fairStat }) => [
      interview
        .delete({ ...key, slot: current.slot, table: current.table })
        .where((a, op) => `${op.eq(a.graduateId, graduateId)} AND ${op.eq(a.state, "booked")}`)
        .commit(),
      candidateSlot.delete({ ...key, slot: current.slot }).commit(),
      candidateBooth.delete(key).commit(),
      fairStat.update({ fairId, name: "cancellations", bucket: "all" }).add({ count: 1 }).commit(),
    ])
    .go();
  if (out.canceled) throw new AppError("conflict", "interview_changed", "The interview changed meanwhile; reload.");
  const booth = await getBooth(deps, fairId, recruiterId);
  await freed(deps, fair, current, [graduateId]);
  await enqueueAll(deps, "notify", [
    ...interviewNotice(
      "interview-cancelled",
      current,
      graduateId,
      fair,
      booth,
      `cancelled-by-candidate@${deps.now().toISOString()}`,
      {},
      ["in-app"],
    ),
    ...interviewNotice(
      "booth-interview-changed",
      current,
      recruiterId,
      fair,
      booth,
      `cancelled@${deps.now().toISOString()}`,
      {},
      ["in-app"],
    ),
  ]);
}

/** The recruiter takes a place away (an interviewer is missing); its candidate is told. */
export async function removeSlot(
  deps: Deps,
  principal: Principal,
  fairId: string,
  recruiterId: string,
  slot: number,
  table: number,
) {
  const booth = await boothFor(deps, principal, fairId, recruiterId);
  const fair = await getFair(deps, fairId);
  const version = publishedVersionOf(fair);
  if (!slotsOf(fair)[slot] || table < 1 || table > booth.tables) throw notFound("interview", `${recruiterId}~${slot}~${table}`);
  const key = { fairId, scheduleVersion: version, recruiterId, slot, table };
  const { data: current } = await db(deps).interview.get(key).go();
  const startsAt = new Date((slotsOf(fair)[slot] as Slot).startMs).toISOString();
  const removed = {
    ...key,
    graduateId: "-",
    vacancyIds: [],
    startsAt,
    endsAt: new Date((slotsOf(fair)[slot] as Slot).endMs).toISOString(),
    startHour: startHourOf(startsAt),
    state: "removed" as const,
  };
  if (current?.state === "removed") return { removed: key, notified: [] };
  const out = await db(deps)
    .service.transaction.write(({ interview, candidateSlot, candidateBooth }) =>
      current
        ? [
            interview
              .put(removed)
              .where((a, op) => `${op.eq(a.graduateId, current.graduateId)} AND ${op.eq(a.state, current.state)}`)
              .commit(),
            ...(current.state === "booked"
              ? [
                  candidateSlot.delete({ ...key, graduateId: current.graduateId }).commit(),
                  candidateBooth
                    .delete({ fairId, scheduleVersion: version, graduateId: current.graduateId, recruiterId })
                    .commit(),
                ]
              : []),
          ]
        : [interview.create(removed).commit()],
    )
    .go();
  if (out.canceled) throw new AppError("conflict", "interview_changed", "The slot changed meanwhile; reload.");
  const affected = current && (current.state === "booked" || current.state === "offered") ? [current.graduateId] : [];
  if (current && affected.length > 0)
    await enqueueAll(
      deps,
      "notify",
      interviewNotice(
        "interview-cancelled",
        current,
        current.graduateId,
        fair,
        booth,
        `removed-by-booth@${deps.now().toISOString()}`,
      ),
    );
  return { removed: key, notified: affected };
}

/**
 * Backfill: offers a freed place to the best-placed graduate on the booth's waitlist (asked
 * for the booth, no interview there, free at that time, not excluded), holding it until the
 * offer expires. The hold is the interview item itself, so nobody else can take the place.
 */
export async function offerFreedPlace(deps: Deps, message: SlotFreed): Promise<string | undefined> {
  const fair = await getFair(deps, message.fairId);
  if (fair.publishedVersion !== message.version) return undefined;
  const booth = await getBooth(deps, fair.fairId, message.recruiterId);
  const slots = slotsOf(fair);
  const slot = slots[message.slot];
  const nowMs = deps.now().getTime();
  if (!slot) return undefined;
  const expiresMs = Math.min(nowMs + OFFER_HOURS * 3_600_000, slot.endMs - 5 * 60_000);
  if (expiresMs <= nowMs + 60_000) return undefined; // too late to offer
  const d = db(deps);
  const key = {
    fairId: fair.fairId,
    scheduleVersion: message.version,
    recruiterId: booth.recruiterId,
    slot: slot.index,
    table: message.table,
  };
  const { data: holder } = await d.interview.get(key).go();
  const nowIso = new Date(nowMs).toISOString();
  const reclaimable =
    !holder || holder.state === "no-show" || (holder.state === "offered" && (holder.offerExpires ?? "") <= nowIso);
  if (!reclaimable) return undefined;
  const exclude = new Set([
    ...message.exclude,
    ...(holder?.offerExcluded ?? []),
    ...(holder?.state === "offered" ? [holder.graduateId] : []),
  ]);
  const place: Place = { fair, version: message.version, booth, slots, slot };
  const gap = conflictingSlots(place);
  const waitlist = (await allRequestsOfBooth(deps, fair.fairId, booth.recruiterId))
    .filter((r) => !exclude.has(r.graduateId))
    .sort((a, b) => requestWeight(b) - requestWeight(a) || a.graduateId.localeCompare(b.graduateId));
  for (const r of waitlist) {
    const base = { fairId: fair.fairId, scheduleVersion: message.version, graduateId: r.graduateId };
    const { data: atBooth } = await d.candidateBooth.get({ ...base, recruiterId: booth.recruiterId }).go();
    if (atBooth) continue;
    const busy = await d.candidateSlot.get([slot.index, ...gap].map((s) => ({ ...base, slot: s }))).go();
    if (busy.data.length > 0) continue;
    const startsAt = new Date(slot.startMs).toISOString();
    const offer = {
      ...key,
      graduateId: r.graduateId,
      vacancyIds: r.vacancyIds,
      startsAt,
      endsAt: new Date(slot.endMs).toISOString(),
      startHour: startHourOf(startsAt),
      state: "offered" as const,
      offerExpires: new Date(expiresMs).toISOString(),
      offerExcluded: [...exclude],
    };
    try {
      await d.interview
        .put(offer)
        .where((a, op) =>
          holder ? `${op.eq(a.graduateId, holder.graduateId)} AND ${op.eq(a.state, holder.state)}` : op.notExists(a.state),
        )
        .go();
    } catch (error) {
      if (isConditionFailure(error)) return undefined; // somebody took the place meanwhile
      throw error;
    }
    const tz = calendarOf(fair).timeZone;
    await enqueueAll(
      deps,
      "notify",
      interviewNotice("slot-offered", offer, r.graduateId, fair, booth, `offer-${offer.offerExpires}`, {
        deadline: localTime(offer.offerExpires, tz),
      }),
    );
    const expiry: OfferExpiry = {
      type: "offer-expiry",
      id: `offer-expiry:${fair.fairId}:${message.version}:${interviewKey(key)}:${r.graduateId}`,
      fairId: fair.fairId,
      version: message.version,
      recruiterId: key.recruiterId,
      slot: key.slot,
      table: key.table,
      graduateId: r.graduateId,
      expiresAt: offer.offerExpires,
    };
    await enqueue(deps, "schedule", expiry, { delaySeconds: (expiresMs - nowMs) / 1000 });
    return r.graduateId;
  }
  return undefined;
}

/** Withdraws an offer still held for `graduateId` (declined or expired); false if it moved on. */
async function withdrawOffer(
  deps: Deps,
  key: { fairId: string; scheduleVersion: string; recruiterId: string; slot: number; table: number },
  graduateId: string,
) {
  try {
    await db(deps)
      .interview.delete(key)
      .where((a, op) => `${op.eq(a.state, "offered")} AND ${op.eq(a.graduateId, graduateId)}`)
      .go();
    return true;
  } catch (error) {
    if (isConditionFailure(error)) return false;
    throw error;
  }
}

/**
 * An offer's deadline passed (or not yet: wait again). An unanswered offer is withdrawn and
 * the place goes to the next in line. Handling it twice is harmless: the withdrawal is
 * conditional, and the backfill does nothing for a place somebody holds.
 */
export async function expireOffer(deps: Deps, message: OfferExpiry): Promise<"waiting" | "reoffered"> {
  const now = deps.now().getTime();
  if (Date.parse(message.expiresAt) > now) {
    // Not yet (a delay is at most 15 minutes): wait another hop.
    await enqueue(deps, "schedule", message, { delaySeconds: (Date.parse(message.expiresAt) - now) / 1000 });
    return "waiting";
  }
  const key = {
    fairId: message.fairId,
    scheduleVersion: message.version,
    recruiterId: message.recruiterId,
    slot: message.slot,
    table: message.table,
  };
  const { data } = await db(deps).interview.get(key).go();
  const excluded = data?.graduateId === message.graduateId ? (data.offerExcluded ?? []) : [];
  await withdrawOffer(deps, key, message.graduateId);
  const fair = await getFair(deps, message.fairId);
  await freed(deps, fair, key, [...excluded, message.graduateId]);
  return "reoffered";
}

/** The graduate accepts or declines an offered place. */
export async function answerOffer(
  deps: Deps,
  graduateId: string,
  fairId: string,
  recruiterId: string,
  slotIndex: number,
  table: number,
  accept: boolean,
) {
  const fair = await getFair(deps, fairId);
  const version = publishedVersionOf(fair);
  const key = { fairId, scheduleVersion: version, recruiterId, slot: slotIndex, table };
  const { data: offer } = await db(deps).interview.get(key).go();
  if (offer?.state !== "offered" || offer.graduateId !== graduateId)
    throw notFound("offer", `${recruiterId}~${slotIndex}~${table}`);
  if (!accept) {
    if (await withdrawOffer(deps, key, graduateId)) await freed(deps, fair, offer, [...(offer.offerExcluded ?? []), graduateId]);
    return { declined: true };
  }
  const place = await placeOf(deps, fairId, recruiterId, slotIndex);
  const interview = await takePlace(deps, place, graduateId, offer.vacancyIds, { acceptOffer: offer });
  await enqueueAll(deps, "notify", [
    ...interviewNotice("interview-booked", interview, graduateId, fair, place.booth, "offer-accepted"),
    ...interviewNotice("booth-interview-changed", interview, recruiterId, fair, place.booth, `filled-${graduateId}`, {}, [
      "in-app",
    ]),
  ]);
  return interview;
}

// ---- On the day: signed check-in codes, no-shows, outcomes ----

const signature = (key: string, payload: string) => createHmac("sha256", key).update(payload).digest("base64url").slice(0, 32);

/** The code in an interview's QR: who, where, when, signed with the deployment's key (not guessable). */
export function checkInCode(deps: Pick<Deps, "signingKey">, i: InterviewItem): string {
  const payload = ["J1", i.fairId, i.scheduleVersion, interviewKey(i), i.graduateId].join(".");
  return `${payload}.${signature(deps.signingKey, payload)}`;
}

function readCheckInCode(deps: Pick<Deps, "signingKey">, code: string) {
  const parts = code.trim().split(".");
  const invalid = new AppError("validation", "invalid_code", "This is not a valid Jalur check-in code.");
  if (parts.length !== 6 || parts[0] !== "J1") throw invalid;
  const payload = parts.slice(0, 5).join(".");
  const expected = Buffer.from(signature(deps.signingKey, payload));
  const given = Buffer.from(parts[5] ?? "");
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) throw invalid;
  const [, fairId, scheduleVersion, key, graduateId] = parts as [string, string, string, string, string];
  const [recruiterId, slot, table] = key.split("~");
  return { fairId, scheduleVersion, recruiterId: recruiterId ?? "", slot: Number(slot), table: Number(table), graduateId };
}

/** The booth (or an organiser) scans a candidate's code. Checking in twice is harmless. */
export async function checkIn(deps: Deps, principal: Principal, fairId: string, code: string) {
  requireRole(principal, "recruiter", "organiser", "staff");
  const c = readCheckInCode(deps, code);
  if (c.fairId !== fairId) throw new AppError("validation", "other_fair", "This code is for another fair.");
  if (principal.role === "recruiter" && principal.recruiterId !== c.recruiterId)
    throw new AppError("conflict", "other_booth", "This interview is at another booth.");
  const fair = await getFair(deps, fairId);
  if (fair.publishedVersion !== c.scheduleVersion)
    throw new AppError("conflict", "schedule_replaced", "The schedule changed since this code was issued; show the new one.");
  const key = { fairId, scheduleVersion: c.scheduleVersion, recruiterId: c.recruiterId, slot: c.slot, table: c.table };
  const d = db(deps);
  const { data: current } = await d.interview.get(key).go();
  if (!current || current.graduateId !== c.graduateId)
    throw new AppError("conflict", "interview_gone", "This interview was cancelled or moved.");
  if (current.state === "checked-in") return { ...current, alreadyCheckedIn: true };
  if (current.state !== "booked") throw new AppError("conflict", "not_checkable", `The interview is ${current.state}.`);
  const at = deps.now().toISOString();
  const out = await d.service.transaction
    .write(({ interview, fairStat }) => [
      interview
        .patch(key)
        .set({ state: "checked-in", checkedInAt: at })
        .where((a, op) => `${op.eq(a.state, "booked")} AND ${op.eq(a.graduateId, c.graduateId)}`)
        .commit(),
      fairStat.update({ fairId, name: "attended", bucket: "all" }).add({ count: 1 }).commit(),
    ])
    .go();
  if (out.canceled) return { ...current, state: "checked-in", alreadyCheckedIn: true };
  return { ...current, state: "checked-in" as const, checkedInAt: at, alreadyCheckedIn: false };
}

/** Marks a booked interview nobody checked in for as a no-show; its place goes to the waitlist. */
export async function markNoShow(deps: Deps, i: InterviewItem): Promise<boolean> {
  const key = { fairId: i.fairId, scheduleVersion: i.scheduleVersion, recruiterId: i.recruiterId, slot: i.slot, table: i.table };
  const guard = { fairId: i.fairId, scheduleVersion: i.scheduleVersion, graduateId: i.graduateId };
  const out = await db(deps)
    .service.transaction.write(({ interview, candidateSlot, fairStat }) => [
      interview
        .patch(key)
        .set({ state: "no-show" })
        .where((a, op) => `${op.eq(a.state, "booked")} AND ${op.eq(a.graduateId, i.graduateId)}`)
        .commit(),
      candidateSlot.delete({ ...guard, slot: i.slot }).commit(),
      fairStat.update({ fairId: i.fairId, name: "no-shows", bucket: "all" }).add({ count: 1 }).commit(),
    ])
    .go();
  if (out.canceled) return false;
  const fair = await getFair(deps, i.fairId);
  await freed(deps, fair, i, [i.graduateId]);
  return true;
}

export type Outcome = "offer" | "reject" | "next-round";
const OUTCOME_STATE: Record<Outcome, ApplicationState | undefined> = {
  offer: "offered",
  reject: "rejected",
  "next-round": undefined,
};

/**
 * The recruiter records how an attended interview went; the application(s) it was for move
 * (to "interview" first when needed, then to "offered" or "rejected"). Recording the same
 * outcome twice changes nothing; a different one is refused.
 */
export async function recordOutcome(
  deps: Deps,
  principal: Principal,
  fairId: string,
  key: { recruiterId: string; slot: number; table: number },
  outcome: Outcome,
  note?: string,
) {
  requireRole(principal, "recruiter");
  if (principal.recruiterId !== key.recruiterId) throw notFound("interview", interviewKey(key));
  const fair = await getFair(deps, fairId);
  const version = publishedVersionOf(fair);
  const d = db(deps);
  const { data: i } = await d.interview.get({ fairId, scheduleVersion: version, ...key }).go();
  if (!i || i.state === "offered" || i.state === "removed") throw notFound("interview", interviewKey(key));
  if (i.outcome === outcome) return i;
  if (i.outcome) throw new AppError("conflict", "outcome_recorded", `The outcome is already recorded: ${i.outcome}.`);
  if (i.state !== "checked-in")
    throw new AppError("conflict", "not_attended", "Record an outcome after the candidate checked in.");
  const vacancies = await getVacancies(deps, i.vacancyIds);
  const at = deps.now().toISOString();
  const buckets = new Set<string>();
  for (const v of vacancies) {
    buckets.add(`vacancy:${v.vacancyId}`);
    buckets.add(`country:${v.country}`);
    for (const r of v.requirements as { skill: string; importance: string }[])
      if (r.importance === "required") buckets.add(`skill:${r.skill}`);
  }
  const out = await d.service.transaction
    .write(({ interview, fairStat }) => [
      interview
        .patch({ fairId, scheduleVersion: version, ...key })
        .set({ outcome, outcomeAt: at })
        .where((a, op) => `${op.notExists(a.outcome)} AND ${op.eq(a.graduateId, i.graduateId)}`)
        .commit(),
      ...[...buckets].map((b) =>
        fairStat
          .update({ fairId, name: `outcome:${outcome}`, bucket: b })
          .add({ count: 1 })
          .commit(),
      ),
    ])
    .go();
  if (out.canceled) throw new AppError("conflict", "outcome_recorded", "The outcome was recorded meanwhile; reload.");
  const to = OUTCOME_STATE[outcome];
  for (const v of vacancies) {
    const id = applicationId(v.vacancyId, i.graduateId);
    const application = await getApplication(deps, v.vacancyId, i.graduateId).catch(() => undefined);
    if (!application) continue;
    let state = application.state as ApplicationState;
    if (state !== "interview" && applicationMachine.attempt(state, "interview", "recruiter").ok) {
      await transitionApplication(deps, principal, id, "interview", `Interviewed at ${fair.name}`);
      state = "interview";
    }
    if (to && applicationMachine.attempt(state, to, "recruiter").ok) await transitionApplication(deps, principal, id, to, note);
  }
  return { ...i, outcome, outcomeAt: at };
}

// ---- The clock: reminders (24 h and 1 h before) and no-shows ----

const HOUR = 3_600_000;

function hourBuckets(fromMs: number, toMs: number): string[] {
  const out: string[] = [];
  for (let t = Math.floor(fromMs / HOUR) * HOUR; t <= toMs; t += HOUR) out.push(new Date(t).toISOString().slice(0, 13));
  return out;
}

/** Access pattern: interviews starting in (from, to] (by UTC hour bucket), any fair. */
async function interviewsStartingBetween(deps: Deps, fromMs: number, toMs: number): Promise<InterviewItem[]> {
  const from = new Date(fromMs).toISOString();
  const to = new Date(toMs).toISOString();
  const out: InterviewItem[] = [];
  for (const startHour of hourBuckets(fromMs, toMs)) {
    const { data } = await db(deps)
      .interview.query.byStart({ startHour })
      .between({ startsAt: from }, { startsAt: `${to}~` })
      .go({ pages: "all" });
    out.push(...data.filter((i) => i.startsAt > from && i.startsAt <= to));
  }
  return out;
}

/**
 * One tick of the fair clock, for the window (fromMs, toMs]: reminders for published, booked
 * interviews starting 24 h and 1 h after the window (each sent once: the notice id names the
 * interview and the lead time), and no-shows for interviews that started more than the grace
 * period before it.
 */
export async function fairClockTick(deps: Deps, fromMs: number, toMs: number) {
  const fairs = new Map<string, FairItem | undefined>();
  const booths = new Map<string, BoothItem | undefined>();
  const published = async (i: InterviewItem) => {
    if (!fairs.has(i.fairId)) fairs.set(i.fairId, await getFair(deps, i.fairId).catch(() => undefined));
    const fair = fairs.get(i.fairId);
    return fair?.publishedVersion === i.scheduleVersion ? fair : undefined;
  };
  const boothOf = async (i: InterviewItem) => {
    const k = `${i.fairId}/${i.recruiterId}`;
    if (!booths.has(k)) booths.set(k, await getBooth(deps, i.fairId, i.recruiterId).catch(() => undefined));
    return booths.get(k);
  };
  const notices: Notify[] = [];
  for (const [lead, ms] of [
    ["24h", 24 * HOUR],
    ["1h", HOUR],
  ] as const) {
    for (const i of await interviewsStartingBetween(deps, fromMs + ms, toMs + ms)) {
      if (i.state !== "booked") continue;
      const fair = await published(i);
      const booth = await boothOf(i);
      if (!fair || !booth) continue;
      notices.push(...interviewNotice(`interview-reminder-${lead}`, i, i.graduateId, fair, booth, `reminder-${lead}`));
    }
  }
  await enqueueAll(deps, "notify", notices);
  let noShows = 0;
  const grace = NO_SHOW_GRACE_MINUTES * 60_000;
  for (const i of await interviewsStartingBetween(deps, fromMs - grace, toMs - grace)) {
    if (i.state !== "booked" || !(await published(i))) continue;
    if (await markNoShow(deps, i)) noShows++;
  }
  return { reminders: notices.length, noShows };
}
