import { buildSlotGrid, evaluate, type FairCalendar, IsoDateSchema, type Slot } from "@jalur/domain";
import { z } from "zod";
import { applicationId, apply } from "./applications.ts";
import { type BoothItem, db, type FairItem, type FairRequestItem, isConditionFailure } from "./db.ts";
import type { Deps } from "./deps.ts";
import { AppError, notFound } from "./errors.ts";
import { getGraduate } from "./graduates.ts";
import { getVacancies, graduateForMatching, vacancyForMatching } from "./matching.ts";
import { type Principal, requireRole } from "./principal.ts";
import { getRecruiter } from "./recruiters.ts";
import { committed, versionConflict } from "./transactions.ts";

const LocalTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, "a time HH:MM");
const Instant = z.iso.datetime({ offset: true });

const TimeZone = z.string().refine(
  (tz) => {
    try {
      new Intl.DateTimeFormat("en", { timeZone: tz });
      return tz.includes("/") || tz === "UTC";
    } catch {
      return false;
    }
  },
  { message: "an IANA time zone, e.g. Asia/Jakarta" },
);

export const FairCalendarInput = z
  .object({
    timeZone: TimeZone.default("Asia/Jakarta"),
    firstDay: IsoDateSchema,
    lastDay: IsoDateSchema,
    opens: LocalTime,
    closes: LocalTime,
    breaks: z
      .array(z.object({ start: LocalTime, end: LocalTime }))
      .max(10)
      .default([]),
    slotMinutes: z.number().int().min(5).max(240),
  })
  .superRefine((c, ctx) => {
    if (c.lastDay < c.firstDay) ctx.addIssue({ code: "custom", path: ["lastDay"], message: "lastDay is before firstDay" });
    if (c.closes <= c.opens) ctx.addIssue({ code: "custom", path: ["closes"], message: "the fair closes before it opens" });
    for (const [i, b] of c.breaks.entries())
      if (b.end <= b.start)
        ctx.addIssue({ code: "custom", path: ["breaks", i, "end"], message: "a break ends before it starts" });
    const days = (Date.parse(c.lastDay) - Date.parse(c.firstDay)) / 86_400_000;
    if (days > 13) ctx.addIssue({ code: "custom", path: ["lastDay"], message: "a fair lasts at most 14 days" });
  });

export const FairInput = z
  .object({
    name: z.string().trim().min(3).max(200),
    venue: z.string().trim().min(3).max(300),
    calendar: FairCalendarInput,
    minGapMinutes: z.number().int().min(0).max(240).default(10),
    coverage: z.enum(["first", "balanced", "off"]).default("first"),
    registrationOpens: Instant,
    registrationCloses: Instant,
  })
  .superRefine((f, ctx) => {
    if (Date.parse(f.registrationCloses) <= Date.parse(f.registrationOpens))
      ctx.addIssue({ code: "custom", path: ["registrationCloses"], message: "registration closes before it opens" });
  });
export type FairInput = z.infer<typeof FairInput>;

export const BoothInput = z.object({
  recruiterId: z.string().min(1).max(100),
  name: z.string().trim().min(2).max(200).optional(),
  tables: z.number().int().min(1).max(50),
  vacancyIds: z.array(z.string().min(1).max(100)).min(1).max(30),
  unavailable: z
    .array(z.object({ from: Instant, to: Instant }))
    .max(50)
    .default([]),
});
export type BoothInput = z.infer<typeof BoothInput>;

export const RegistrationInput = z.object({
  /** Vacancies at this fair, the graduate's first choice first. */
  picks: z.array(z.string().min(1).max(100)).min(1).max(10),
  /** Register for picks the graduate is not (yet) eligible for; recruiters see them flagged. */
  applyAnyway: z.boolean().default(false),
});

export const calendarOf = (fair: Pick<FairItem, "calendar">) => fair.calendar as FairCalendar;

/** The fair's slots (derived from its calendar; never stored). */
export function slotsOf(fair: Pick<FairItem, "calendar">): Slot[] {
  return buildSlotGrid(calendarOf(fair));
}

export function fairView(fair: FairItem) {
  const { listing: _l, ...rest } = fair;
  const slots = slotsOf(fair);
  return {
    ...rest,
    slots: slots.length,
    firstSlotStartsAt: slots[0] ? new Date(slots[0].startMs).toISOString() : undefined,
  };
}

function requireOrganiser(principal: Principal) {
  requireRole(principal, "organiser", "staff");
}

/** An organiser creates a fair (a draft until registration opens). */
export async function createFair(deps: Deps, principal: Principal, input: FairInput): Promise<FairItem> {
  requireOrganiser(principal);
  const slots = buildSlotGrid(input.calendar);
  if (slots.length === 0)
    throw new AppError("validation", "no_slots", "The opening hours, breaks and slot length leave no interview slot.");
  if (slots.length > 500) throw new AppError("validation", "too_many_slots", "A fair has at most 500 interview slots per table.");
  if (Date.parse(input.registrationCloses) > (slots[0]?.startMs ?? 0))
    throw new AppError("validation", "registration_after_start", "Registration must close before the first interview starts.");
  const now = deps.now().toISOString();
  const { data } = await db(deps)
    .fair.create({
      fairId: deps.newId(),
      organiserId: principal.sub,
      name: input.name,
      venue: input.venue,
      calendar: input.calendar,
      minGapMinutes: input.minGapMinutes,
      coverage: input.coverage,
      registrationOpens: new Date(input.registrationOpens).toISOString(),
      registrationCloses: new Date(input.registrationCloses).toISOString(),
      state: "draft",
      firstDay: input.calendar.firstDay,
      createdAt: now,
      updatedAt: now,
    })
    .go();
  return data as FairItem;
}

/** Access pattern: a fair by id. */
export async function getFair(deps: Deps, fairId: string): Promise<FairItem> {
  const { data } = await db(deps).fair.get({ fairId }).go();
  if (!data) throw notFound("fair", fairId);
  return data;
}

/** Drafts are visible to organisers and staff only. */
export async function fairFor(deps: Deps, principal: Principal, fairId: string): Promise<FairItem> {
  const fair = await getFair(deps, fairId);
  if (fair.state === "draft" && principal.role !== "organiser" && principal.role !== "staff") throw notFound("fair", fairId);
  return fair;
}

/** Access pattern: fairs by first day (from a date on). */
export async function listFairs(deps: Deps, from: string, cursor: string | undefined, limit: number) {
  const { data, cursor: next } = await db(deps)
    .fair.query.listing({ listing: "FAIRS" })
    .gte({ firstDay: from })
    .where((a, op) => op.ne(a.state, "draft"))
    .go({ cursor: cursor ?? null, limit });
  return { items: data.map(fairView), cursor: next ?? undefined };
}

const FAIR_MOVES = {
  open: { from: ["draft", "registration-closed"], to: "registration-open" },
  close: { from: ["registration-open"], to: "registration-closed" },
} as const;

/** Opens or closes registration. */
export async function moveFair(deps: Deps, principal: Principal, fairId: string, move: keyof typeof FAIR_MOVES) {
  requireOrganiser(principal);
  const fair = await getFair(deps, fairId);
  const rule = FAIR_MOVES[move];
  if (!(rule.from as readonly string[]).includes(fair.state))
    throw new AppError("conflict", "invalid_transition", `Cannot ${move} registration of a fair that is ${fair.state}.`);
  if (move === "open") {
    const { data: booth } = await db(deps).booth.query.byFair({ fairId }).go({ limit: 1 });
    if (booth.length === 0) throw new AppError("conflict", "no_booths", "Admit at least one booth before opening registration.");
  }
  const { data } = await db(deps)
    .fair.patch({ fairId })
    .set({ state: rule.to, version: fair.version + 1, updatedAt: deps.now().toISOString() })
    .where((a, op) => op.eq(a.version, fair.version))
    .go({ response: "all_new" })
    .catch((error) => {
      throw isConditionFailure(error) ? versionConflict("The fair") : error;
    });
  return data as FairItem;
}

/** A recruiter's licence must be verified and valid on every day of the fair. */
function assertLicensedFor(recruiter: Awaited<ReturnType<typeof getRecruiter>>, calendar: FairCalendar) {
  if (recruiter.kind === "government") return;
  const l = recruiter.licence as { verified?: boolean; validFrom?: string; validUntil?: string } | undefined;
  if (!l?.verified)
    throw new AppError("unprocessable", "licence_unverified", "The recruiter's licence (SIP3MI) is not verified by staff.");
  if ((l.validFrom ?? "") > calendar.firstDay || (l.validUntil ?? "") < calendar.lastDay)
    throw new AppError("unprocessable", "licence_not_valid", "The recruiter's licence is not valid on every day of the fair.");
}

/** The organiser admits a licensed recruiter with a booth (or updates it). Published vacancies only. */
export async function admitBooth(deps: Deps, principal: Principal, fairId: string, input: BoothInput): Promise<BoothItem> {
  requireOrganiser(principal);
  const fair = await getFair(deps, fairId);
  if (fair.publishedVersion)
    throw new AppError("conflict", "schedule_published", "The schedule is published; booths can no longer change.");
  const recruiter = await getRecruiter(deps, input.recruiterId);
  assertLicensedFor(recruiter, calendarOf(fair));
  const vacancies = await getVacancies(deps, input.vacancyIds);
  for (const id of input.vacancyIds) {
    const v = vacancies.find((x) => x.vacancyId === id);
    if (!v || v.recruiterId !== input.recruiterId)
      throw new AppError("validation", "vacancy_not_of_recruiter", `Vacancy ${id} is not a vacancy of this recruiter.`);
    if (v.state !== "published")
      throw new AppError("unprocessable", "vacancy_not_published", `Vacancy ${id} is not published (it is ${v.state}).`);
  }
  return saveBooth(deps, fair, {
    recruiterId: input.recruiterId,
    name: input.name ?? recruiter.name,
    tables: input.tables,
    vacancyIds: [...new Set(input.vacancyIds)],
    unavailable: input.unavailable,
  });
}

async function saveBooth(
  deps: Deps,
  fair: FairItem,
  booth: { recruiterId: string; name: string; tables: number; vacancyIds: string[]; unavailable: { from: string; to: string }[] },
): Promise<BoothItem> {
  const unavailable = booth.unavailable.map((u) => {
    const from = Date.parse(u.from);
    const to = Date.parse(u.to);
    if (!(to > from)) throw new AppError("validation", "invalid_interval", "An unavailable time ends before it starts.");
    return { from: new Date(from).toISOString(), to: new Date(to).toISOString() };
  });
  const now = deps.now().toISOString();
  const item = { fairId: fair.fairId, ...booth, unavailable, createdAt: now, updatedAt: now };
  await db(deps).booth.put(item).go();
  return item as BoothItem;
}

/** A recruiter states when their own interviewers are away (before the schedule is published). */
export async function setBoothUnavailable(
  deps: Deps,
  principal: Principal,
  fairId: string,
  recruiterId: string,
  unavailable: { from: string; to: string }[],
): Promise<BoothItem> {
  const booth = await boothFor(deps, principal, fairId, recruiterId);
  const fair = await getFair(deps, fairId);
  if (fair.publishedVersion)
    throw new AppError("conflict", "schedule_published", "The schedule is published; ask the organiser to change it.");
  return saveBooth(deps, fair, { ...booth, vacancyIds: booth.vacancyIds, unavailable });
}

/** Access pattern: one booth (by fair and recruiter). */
export async function getBooth(deps: Deps, fairId: string, recruiterId: string): Promise<BoothItem> {
  const { data } = await db(deps).booth.get({ fairId, recruiterId }).go();
  if (!data) throw notFound("booth", `${fairId}/${recruiterId}`);
  return data;
}

/** The booth as its recruiter, an organiser or staff may handle it. */
export async function boothFor(deps: Deps, principal: Principal, fairId: string, recruiterId: string): Promise<BoothItem> {
  const own = principal.role === "recruiter" && principal.recruiterId === recruiterId;
  if (!own && principal.role !== "organiser" && principal.role !== "staff") throw notFound("booth", `${fairId}/${recruiterId}`);
  return getBooth(deps, fairId, recruiterId);
}

/** Access pattern: a fair's booths (a fair has at most a few hundred). */
export async function boothsOf(deps: Deps, fairId: string): Promise<BoothItem[]> {
  const { data } = await db(deps).booth.query.byFair({ fairId }).go({ pages: "all" });
  return data;
}

/**
 * A graduate registers (or changes their picks while registration is open). Each pick is a
 * vacancy at the fair; picks at one booth become one interview request, ranked by the first of
 * them. Picking a vacancy applies to it (the recruiter sees the application), so the same
 * rules hold: consent, eligibility unless `applyAnyway`.
 */
export async function registerForFair(
  deps: Deps,
  graduateId: string,
  fairId: string,
  input: z.infer<typeof RegistrationInput>,
  source: "self" | "import" = "self",
) {
  const fair = await getFair(deps, fairId);
  const now = deps.now();
  if (
    fair.state !== "registration-open" ||
    now.toISOString() < fair.registrationOpens ||
    now.toISOString() >= fair.registrationCloses
  )
    throw new AppError("conflict", "registration_closed", "Registration for this fair is not open.");
  const picks = [...new Set(input.picks)];
  const [graduate, booths] = await Promise.all([getGraduate(deps, graduateId), boothsOf(deps, fairId)]);
  if (graduate.consent !== "given")
    throw new AppError(
      "unprocessable",
      "consent_required",
      "Give consent to share your profile with recruiters before registering.",
    );
  const boothOf = new Map(booths.flatMap((b) => b.vacancyIds.map((v) => [v, b] as const)));
  const vacancies = await getVacancies(deps, picks);
  const requests = new Map<string, { recruiterId: string; vacancyIds: string[]; preference: number; matchScore: number }>();
  for (const vacancyId of picks) {
    const booth = boothOf.get(vacancyId);
    const vacancy = vacancies.find((v) => v.vacancyId === vacancyId);
    if (!booth || !vacancy) throw new AppError("validation", "not_at_fair", `Vacancy ${vacancyId} is not at this fair.`);
    const evaluation = evaluate(graduateForMatching(graduate), vacancyForMatching(vacancy), now);
    // Refuse before anything is written: a bad pick changes nothing.
    if (!evaluation.eligible && !input.applyAnyway)
      throw new AppError(
        "unprocessable",
        "not_eligible",
        `Not eligible for ${vacancy.title} (${vacancyId}); send applyAnyway to register regardless.`,
      );
    const request = requests.get(booth.recruiterId) ?? {
      recruiterId: booth.recruiterId,
      vacancyIds: [],
      preference: requests.size + 1,
      matchScore: 0,
    };
    request.vacancyIds.push(vacancyId);
    request.matchScore = Math.max(request.matchScore, evaluation.score);
    requests.set(booth.recruiterId, request);
  }
  // Apply to each picked vacancy (the same rules as applying directly); an existing application stands.
  for (const vacancyId of picks) {
    await apply(deps, graduateId, vacancyId, input.applyAnyway).catch((error) => {
      if (!(error instanceof AppError && error.code === "already_applied")) throw error;
    });
  }
  const d = db(deps);
  const { data: existing } = await d.fairRegistration.get({ fairId, graduateId }).go();
  const { data: oldRequests } = await d.fairRequest.query.byFair({ fairId, graduateId }).go();
  const at = now.toISOString();
  const shortlistedBefore = new Set(oldRequests.filter((r) => r.shortlisted).map((r) => r.recruiterId));
  const result = await d.service.transaction
    .write(({ fairRegistration, fairRequest, fairStat }) => [
      existing
        ? fairRegistration
            .patch({ fairId, graduateId })
            .set({ picks, version: existing.version + 1, updatedAt: at })
            .where((a, op) => op.eq(a.version, existing.version))
            .commit()
        : fairRegistration.create({ fairId, graduateId, picks, source, createdAt: at, updatedAt: at }).commit(),
      ...(existing ? [] : [fairStat.update({ fairId, name: "registrations", bucket: "all" }).add({ count: 1 }).commit()]),
      ...oldRequests
        .filter((r) => !requests.has(r.recruiterId))
        .map((r) => fairRequest.delete({ fairId, graduateId, recruiterId: r.recruiterId }).commit()),
      ...[...requests.values()].map((r) =>
        fairRequest
          .put({
            fairId,
            graduateId,
            recruiterId: r.recruiterId,
            vacancyIds: r.vacancyIds,
            preference: r.preference,
            matchScore: r.matchScore,
            shortlisted: shortlistedBefore.has(r.recruiterId),
            graduateName: graduate.name,
            registeredAt: existing?.createdAt ?? at,
          })
          .commit(),
      ),
    ])
    .go();
  committed(result, "Your registration");
  return {
    fairId,
    graduateId,
    picks,
    requests: [...requests.values()].map((r) => ({
      ...r,
      applicationIds: r.vacancyIds.map((v) => applicationId(v, graduateId)),
    })),
  };
}

/** Access pattern: a graduate's registration and requests at one fair. */
export async function registrationOf(deps: Deps, fairId: string, graduateId: string) {
  const d = db(deps);
  const [{ data: registration }, { data: requests }] = await Promise.all([
    d.fairRegistration.get({ fairId, graduateId }).go(),
    d.fairRequest.query.byFair({ fairId, graduateId }).go(),
  ]);
  if (!registration) throw notFound("registration", `${fairId}/${graduateId}`);
  return { ...registration, requests };
}

/** Access pattern: the fairs a graduate registered for. */
export async function fairsOfGraduate(deps: Deps, graduateId: string, cursor: string | undefined, limit: number) {
  const { data, cursor: next } = await db(deps)
    .fairRegistration.query.byGraduate({ graduateId })
    .go({ cursor: cursor ?? null, limit });
  return { items: data, cursor: next ?? undefined };
}

/** Access pattern: a booth's registrants (its interview requests), by graduate. */
export async function registrantsOfBooth(
  deps: Deps,
  fairId: string,
  recruiterId: string,
  cursor: string | undefined,
  limit: number,
) {
  const { data, cursor: next } = await db(deps)
    .fairRequest.query.byBooth({ fairId, recruiterId })
    .go({ cursor: cursor ?? null, limit });
  return { items: data, cursor: next ?? undefined };
}

/** Every request at a booth (the waitlist's source; bounded by the booth's registrants). */
export async function allRequestsOfBooth(deps: Deps, fairId: string, recruiterId: string): Promise<FairRequestItem[]> {
  const { data } = await db(deps).fairRequest.query.byBooth({ fairId, recruiterId }).go({ pages: "all" });
  return data;
}

/** Access pattern: every request at a fair (the scheduler's input; read by the worker only). */
export async function allRequestsOfFair(deps: Deps, fairId: string): Promise<FairRequestItem[]> {
  const { data } = await db(deps).fairRequest.query.byFair({ fairId }).go({ pages: "all" });
  return data;
}

/** The recruiter marks (or unmarks) registrants for their shortlist; the scheduler favours them. */
export async function setShortlist(
  deps: Deps,
  principal: Principal,
  fairId: string,
  recruiterId: string,
  graduateIds: readonly string[],
  shortlisted: boolean,
): Promise<{ updated: number; notRegistered: string[] }> {
  await boothFor(deps, principal, fairId, recruiterId); // its recruiter, organisers and staff only
  const notRegistered: string[] = [];
  let updated = 0;
  for (const graduateId of new Set(graduateIds)) {
    try {
      await db(deps).fairRequest.patch({ fairId, graduateId, recruiterId }).set({ shortlisted }).go();
      updated++;
    } catch (error) {
      if (!isConditionFailure(error)) throw error;
      notRegistered.push(graduateId);
    }
  }
  return { updated, notRegistered };
}
