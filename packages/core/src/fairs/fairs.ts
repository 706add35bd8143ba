import { buildSlotGrid, line } from "@jalur/domain";
import { z } from "zod";
import { AppError, absentIfNotFound, notFound, versionConflict } from "../platform/errors.ts";
import { type Page, type PageRequest, pageOf, pageOptions } from "../platform/paging.ts";
import { type Actor, publicUseCase, useCase } from "../platform/principal.ts";
import { isConditionFailure } from "../platform/table.ts";
import { db, type FairItem } from "../service.ts";
import type { VacancyDetailView } from "../vacancies/contract.ts";
import { getVacancies, vacancyView } from "../vacancies/vacancies.ts";
import { boothsOf, fairToRun, getFair, organises, visibleFair } from "./access.ts";
import { boothView } from "./booths.ts";
import { calendarOf, FairCalendarInput, Instant, slotsOf } from "./calendar.ts";
import type { Fair, FairDetail } from "./contract.ts";

export const FairInput = z
  .object({
    name: line(200).pipe(z.string().min(3)),
    venue: line(300).pipe(z.string().min(3)),
    calendar: FairCalendarInput,
    minGapMinutes: z.number().int().min(0).max(240).default(10),
    coverage: z.enum(["first", "balanced", "off"]).default("first"),
    registrationOpens: Instant,
    registrationCloses: Instant,
  })
  .superRefine((f, ctx) => {
    if (Date.parse(f.registrationCloses) <= Date.parse(f.registrationOpens))
      ctx.addIssue({ code: "custom", path: ["registrationCloses"], message: "registration closes before it opens" });
  })
  .meta({
    id: "FairInput",
    description:
      "A new fair: its days, opening hours, breaks and slot length in its own time zone, the minimum gap between one candidate's interviews, the scheduler's coverage setting and the registration window (instants with an offset; registration closes before the first interview)",
    example: {
      name: "Bursa Kerja Luar Negeri Jakarta Timur 2026",
      venue: "PPKD Jakarta Timur, Jl. Raya Bekasi Km. 18, Pulo Gadung",
      calendar: {
        timeZone: "Asia/Jakarta",
        firstDay: "2026-12-01",
        lastDay: "2026-12-02",
        opens: "09:00",
        closes: "15:00",
        breaks: [{ start: "12:00", end: "13:00" }],
        slotMinutes: 15,
      },
      minGapMinutes: 10,
      coverage: "first",
      registrationOpens: "2026-11-02T08:00:00+07:00",
      registrationCloses: "2026-11-27T17:00:00+07:00",
    },
  });
export type FairInput = z.infer<typeof FairInput>;

/**
 * A fair as the caller may see it: its organisers also see who runs it. Field by field, so an
 * attribute added to the entity is not shown until the contract (`Fair`) lists it.
 */
export function fairView(fair: FairItem, actor: Actor): Fair {
  const slots = slotsOf(fair);
  const calendar = calendarOf(fair);
  return {
    fairId: fair.fairId,
    name: fair.name,
    venue: fair.venue,
    calendar: { ...calendar, breaks: calendar.breaks.map((b) => ({ start: b.start, end: b.end })) },
    minGapMinutes: fair.minGapMinutes,
    coverage: fair.coverage,
    registrationOpens: fair.registrationOpens,
    registrationCloses: fair.registrationCloses,
    state: fair.state,
    ...(fair.publishedVersion !== undefined ? { publishedVersion: fair.publishedVersion } : {}),
    ...(fair.publishedAt !== undefined ? { publishedAt: fair.publishedAt } : {}),
    firstDay: fair.firstDay,
    version: fair.version,
    createdAt: fair.createdAt,
    updatedAt: fair.updatedAt,
    ...(organises(actor, fair) ? { organiserId: fair.organiserId, coOrganisers: [...(fair.coOrganisers ?? [])].sort() } : {}),
    slots: slots.length,
    ...(slots[0] ? { firstSlotStartsAt: new Date(slots[0].startMs).toISOString() } : {}),
  };
}
export type FairView = Fair;

/** An organiser creates a fair (a draft until registration opens); they own it. */
export const createFair = useCase(["organiser"], async (deps, actor, input: FairInput): Promise<Fair> => {
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
      organiserId: actor.sub,
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
  return fairView(data as FairItem, actor);
});

/** A fair with its booths: public once registration opened; a draft only to its organisers. */
export const readFair = publicUseCase(async (deps, actor, fairId: string): Promise<FairDetail> => {
  const fair = await visibleFair(deps, actor, fairId);
  const booths = await boothsOf(deps, fairId);
  return { ...fairView(fair, actor), booths: booths.map(boothView) };
});

/**
 * The vacancies the fair's booths interview for (public, like the fair and each vacancy): what a
 * graduate picks from when registering. One batch read for the whole fair; drafts never show.
 */
export const vacanciesAtFair = publicUseCase(async (deps, actor, fairId: string): Promise<VacancyDetailView[]> => {
  await visibleFair(deps, actor, fairId);
  const booths = await boothsOf(deps, fairId);
  const vacancies = await getVacancies(
    deps,
    booths.flatMap((b) => b.vacancyIds),
  );
  return vacancies
    .filter((v) => v.state !== "draft")
    .map(vacancyView)
    .sort((a, b) => a.vacancyId.localeCompare(b.vacancyId));
});

/** Access pattern: fairs by first day, from a date on (public; drafts are not listed). */
export const listFairs = publicUseCase(async (deps, actor, from: string, page: PageRequest): Promise<Page<Fair>> => {
  const { data, cursor } = await db(deps)
    .fair.query.listing({ listing: "FAIRS" })
    .gte({ firstDay: from })
    .where((a, op) => op.ne(a.state, "draft"))
    .go(pageOptions(deps, page));
  return pageOf(
    deps,
    data.map((f) => fairView(f, actor)),
    cursor,
  );
});

const FAIR_MOVES = {
  open: { from: ["draft", "registration-closed"], to: "registration-open" },
  close: { from: ["registration-open"], to: "registration-closed" },
} as const;

/** Opens or closes registration (the fair's organisers). */
export const moveFair = useCase(
  ["organiser"],
  async (deps, actor, fairId: string, move: keyof typeof FAIR_MOVES): Promise<Fair> => {
    const fair = await fairToRun(deps, actor, fairId);
    const rule = FAIR_MOVES[move];
    if (!(rule.from as readonly string[]).includes(fair.state))
      throw new AppError("conflict", "invalid_transition", `Cannot ${move} registration of a fair that is ${fair.state}.`);
    if (move === "open" && fair.publishedVersion)
      throw new AppError("conflict", "schedule_published", "The schedule is published; registration cannot open again.");
    if (move === "open") {
      const { data: booth } = await db(deps).booth.query.byFair({ fairId }).go({ limit: 1 });
      if (booth.length === 0)
        throw new AppError("conflict", "no_booths", "Admit at least one booth before opening registration.");
    }
    const { data } = await db(deps)
      .fair.patch({ fairId })
      .set({ state: rule.to, version: fair.version + 1, updatedAt: deps.now().toISOString() })
      .where((a, op) => op.eq(a.version, fair.version))
      .go({ response: "all_new" })
      .catch((error) => {
        throw isConditionFailure(error) ? versionConflict("The fair") : error;
      });
    return fairView(data as FairItem, actor);
  },
);

/** A fair has at most this many co-organisers. */
export const MAX_CO_ORGANISERS = 20;

/**
 * The fair's owner adds or removes a co-organiser (another organiser's subject), who may then
 * run the fair with them. Only the owner changes who organises.
 */
export const setCoOrganiser = useCase(
  ["organiser"],
  async (deps, actor, fairId: string, sub: string, add: boolean): Promise<Fair> => {
    const fair = await getFair(deps, fairId).catch(absentIfNotFound);
    if (!fair || !organises(actor, fair)) throw notFound("fair", fairId);
    if (fair.organiserId !== actor.sub)
      throw new AppError("forbidden", "not_fair_owner", "Only the organiser who created the fair changes who organises it.");
    if (sub === fair.organiserId)
      throw new AppError("validation", "owner_not_co_organiser", "The owner already organises the fair.");
    const current = new Set(fair.coOrganisers ?? []);
    if (add) current.add(sub);
    else current.delete(sub);
    if (current.size > MAX_CO_ORGANISERS)
      throw new AppError("unprocessable", "too_many_co_organisers", `A fair has at most ${MAX_CO_ORGANISERS} co-organisers.`);
    const patch = db(deps)
      .fair.patch({ fairId })
      .set({ version: fair.version + 1, updatedAt: deps.now().toISOString() });
    const { data } = await (current.size > 0 ? patch.set({ coOrganisers: [...current] }) : patch.remove(["coOrganisers"]))
      .where((a, op) => op.eq(a.version, fair.version))
      .go({ response: "all_new" })
      .catch((error) => {
        throw isConditionFailure(error) ? versionConflict("The fair") : error;
      });
    return fairView(data as FairItem, actor);
  },
);
