import { requestWeight } from "@jalur/domain";
import { consentingAmong } from "../../graduates/profile.ts";
import type { Deps } from "../../platform/deps.ts";
import { notFound } from "../../platform/errors.ts";
import type { OfferExpiry, SlotFreed } from "../../platform/messages.ts";
import { organisationRecipient } from "../../platform/notices.ts";
import { useCase } from "../../platform/principal.ts";
import { enqueue, intentOf } from "../../platform/queue.ts";
import { db, type FairItem } from "../../service.ts";
import { getBooth, getFair, visibleFair } from "../access.ts";
import { calendarOf, localTime, slotsOf } from "../calendar.ts";
import { allRequestsOfBooth } from "../registration/registrants.ts";
import { checkInCode } from "./check-in.ts";
import type { OfferAnswer } from "./contract.ts";
import { type InterviewView, interviewKey, interviewView, publishedVersionOf, startHourOf } from "./interviews.ts";
import { conflictingSlots, freed, interviewNotice, notices, type Place, placeOf, type Queued, takePlace } from "./places.ts";

/** How long a waitlisted graduate has to accept a freed place (capped by the slot's start). */
export const OFFER_HOURS = 2;

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
  const { data: passed } = await d.passedOffer.query.byPlace(key).go({ pages: "all" });
  const exclude = new Set([
    ...message.exclude,
    ...(holder?.offerExcluded ?? []),
    ...(holder?.state === "offered" ? [holder.graduateId] : []),
    ...passed.map((p) => p.graduateId),
  ]);
  const place: Place = { fair, version: message.version, booth, slots, slot };
  const gap = conflictingSlots(place);
  const asked = (await allRequestsOfBooth(deps, fair.fairId, booth.recruiterId)).filter((r) => !exclude.has(r.graduateId));
  const consenting = await consentingAmong(
    deps,
    asked.map((r) => r.graduateId),
  );
  const waitlist = asked
    .filter((r) => consenting.has(r.graduateId))
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
    const tz = calendarOf(fair).timeZone;
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
    // The hold, its notice and its deadline commit together.
    const implied: Queued[] = [
      ...notices(
        interviewNotice("slot-offered", offer, r.graduateId, fair, booth, `offer-${offer.offerExpires}`, {
          deadline: localTime(offer.offerExpires, tz),
        }),
      ),
      { queue: "schedule", message: expiry, options: { delaySeconds: (expiresMs - nowMs) / 1000 } },
    ];
    const result = await d.service.transaction
      .write(({ interview, intent }) => [
        interview
          .put(offer)
          .where((a, op) =>
            holder ? `${op.eq(a.graduateId, holder.graduateId)} AND ${op.eq(a.state, holder.state)}` : op.notExists(a.state),
          )
          .commit(),
        ...implied.map((q) => intent.put(intentOf(deps, q.queue, q.message, q.options)).commit()),
      ])
      .go();
    if (result.canceled) return undefined; // somebody took the place meanwhile
    return r.graduateId;
  }
  return undefined;
}

/**
 * Withdraws an offer still held for `graduateId` (declined or expired) and hands the place on,
 * in one transaction: the offer goes, the graduate is recorded as having passed on it, the
 * backfill is queued. False if the offer had moved on.
 */
async function withdrawOffer(
  deps: Deps,
  fair: Pick<FairItem, "fairId">,
  key: { fairId: string; scheduleVersion: string; recruiterId: string; slot: number; table: number },
  graduateId: string,
  excluded: readonly string[],
) {
  const next = freed(fair, key, [...excluded, graduateId]);
  const result = await db(deps)
    .service.transaction.write(({ interview, passedOffer, intent }) => [
      interview
        .delete(key)
        .where((a, op) => `${op.eq(a.state, "offered")} AND ${op.eq(a.graduateId, graduateId)}`)
        .commit(),
      passedOffer.put({ ...key, graduateId, at: deps.now().toISOString() }).commit(),
      intent.put(intentOf(deps, next.queue, next.message)).commit(),
    ])
    .go();
  return !result.canceled;
}

/**
 * An offer's deadline passed (or not yet: wait again). An unanswered offer is withdrawn and
 * the place goes to the next in line. Handling it twice is harmless: the withdrawal is
 * conditional, and the backfill does nothing for a place somebody holds.
 */
export async function expireOffer(deps: Deps, message: OfferExpiry): Promise<"waiting" | "reoffered"> {
  const now = deps.now().getTime();
  if (Date.parse(message.expiresAt) > now) {
    // Not yet (a delay is at most 15 minutes): wait another hop, under a new id (this one is
    // finished when this handler returns).
    const hop = { ...message, id: `${message.id.replace(/@hop\d+$/, "")}@hop${now}` };
    await enqueue(deps, "schedule", hop, { delaySeconds: (Date.parse(message.expiresAt) - now) / 1000 });
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
  await withdrawOffer(deps, { fairId: message.fairId }, key, message.graduateId, excluded);
  return "reoffered";
}

/** The caller accepts or declines a place offered to them from the waitlist, before its deadline. */
export const answerOffer = useCase(
  ["graduate"],
  async (
    deps,
    actor,
    fairId: string,
    recruiterId: string,
    slotIndex: number,
    table: number,
    accept: boolean,
  ): Promise<OfferAnswer> => {
    const graduateId = actor.sub;
    const fair = await visibleFair(deps, actor, fairId);
    const version = publishedVersionOf(fair);
    const key = { fairId, scheduleVersion: version, recruiterId, slot: slotIndex, table };
    const { data: offer } = await db(deps).interview.get(key).go();
    if (offer?.state !== "offered" || offer.graduateId !== graduateId)
      throw notFound("offer", `${recruiterId}~${slotIndex}~${table}`);
    if (!accept) {
      await withdrawOffer(deps, fair, key, graduateId, offer.offerExcluded ?? []);
      return { declined: true, interviewId: interviewKey(key), recruiterId, slot: slotIndex, table };
    }
    const place = await placeOf(deps, fair, recruiterId, slotIndex);
    const interview = await takePlace(deps, place, graduateId, offer.vacancyIds, {
      acceptOffer: offer,
      implies: (taken) =>
        notices([
          ...interviewNotice("interview-booked", taken, graduateId, fair, place.booth, "offer-accepted"),
          ...interviewNotice(
            "booth-interview-changed",
            taken,
            organisationRecipient(recruiterId),
            fair,
            place.booth,
            `filled-${graduateId}`,
            {},
            ["in-app"],
          ),
        ]),
    });
    return { ...interviewView(interview, calendarOf(fair).timeZone), checkInCode: checkInCode(deps, interview) };
  },
);

/**
 * Access pattern: the places offered to the caller from a booth's waitlist at a published fair
 * and still open (before their deadline), in time order, with local times: what they may
 * accept or decline (`answerOffer`).
 */
export const myOffers = useCase(["graduate"], async (deps, actor, fairId: string): Promise<InterviewView[]> => {
  const fair = await visibleFair(deps, actor, fairId);
  const version = publishedVersionOf(fair);
  const now = deps.now().toISOString();
  const { data } = await db(deps)
    .interview.query.byCandidate({ fairId, scheduleVersion: version, graduateId: actor.sub })
    .go({ pages: "all" });
  const tz = calendarOf(fair).timeZone;
  return data.filter((i) => i.state === "offered" && (i.offerExpires ?? "") > now).map((i) => interviewView(i, tz));
});
