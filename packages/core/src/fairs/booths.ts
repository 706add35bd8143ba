import { type FairCalendar, identifier, line } from "@jalur/domain";
import { z } from "zod";
import type { Deps } from "../platform/deps.ts";
import { AppError } from "../platform/errors.ts";
import { useCase } from "../platform/principal.ts";
import { getRecruiter } from "../recruiters/recruiters.ts";
import { type BoothItem, db, type FairItem, type RecruiterItem } from "../service.ts";
import { getVacancies } from "../vacancies/vacancies.ts";
import { boothToRun, fairToRun, getBooth, runsBooth, visibleFair } from "./access.ts";
import { boothAwayDuring, calendarOf, Instant, slotsOf } from "./calendar.ts";
import type { Booth, BoothSchedule } from "./contract.ts";
import { interviewsOfBooth, interviewView, publishedVersionOf } from "./interviews/interviews.ts";
import { peopleAtFair } from "./registration/disclosed.ts";

const Unavailable = z
  .array(z.object({ from: Instant, to: Instant }))
  .max(50)
  .default([]);

export const BoothInput = z.object({
  recruiterId: identifier(100),
  name: line(200).pipe(z.string().min(2)).optional(),
  tables: z.number().int().min(1).max(50),
  vacancyIds: z.array(identifier(100)).min(1).max(30),
  unavailable: Unavailable,
});
export type BoothInput = z.infer<typeof BoothInput>;

/** The body that admits a booth (the recruiter is in the path). */
export const BoothAdmissionInput = BoothInput.omit({ recruiterId: true }).meta({
  id: "BoothAdmissionInput",
  description: "A licensed recruiter's booth: tables, the published vacancies it interviews for, when its interviewers are away",
  example: {
    name: "PT Maju Bersama Sejahtera (P3MI)",
    tables: 3,
    vacancyIds: ["vac-jp-welder-2026", "vac-jp-care-2026"],
    unavailable: [{ from: "2026-12-01T12:00:00+07:00", to: "2026-12-01T13:30:00+07:00" }],
  },
});

/** The body that sets a booth's unavailable times. */
export const BoothUnavailableInput = BoothInput.pick({ unavailable: true }).meta({
  id: "BoothUnavailableInput",
  description: "When the booth's interviewers are away (replaces the earlier list; at most 50 intervals)",
  example: { unavailable: [{ from: "2026-12-01T14:00:00+07:00", to: "2026-12-01T15:00:00+07:00" }] },
});

/**
 * A booth as the API shows it. Field by field, so an attribute added to the entity is not shown
 * until the contract (`Booth`) lists it.
 */
export function boothView(b: BoothItem): Booth {
  return {
    fairId: b.fairId,
    recruiterId: b.recruiterId,
    name: b.name,
    tables: b.tables,
    vacancyIds: b.vacancyIds,
    unavailable: (b.unavailable as { from: string; to: string }[]).map((u) => ({ from: u.from, to: u.to })),
    createdAt: b.createdAt,
    updatedAt: b.updatedAt,
  };
}

/** A recruiter's licence must be verified and valid on every day of the fair. */
function assertLicensedFor(recruiter: RecruiterItem, calendar: FairCalendar) {
  if (recruiter.kind === "government") return;
  const l = recruiter.licence as { verified?: boolean; validFrom?: string; validUntil?: string } | undefined;
  if (!l?.verified)
    throw new AppError("unprocessable", "licence_unverified", "The recruiter's licence (SIP3MI) is not verified by staff.");
  if ((l.validFrom ?? "") > calendar.firstDay || (l.validUntil ?? "") < calendar.lastDay)
    throw new AppError("unprocessable", "licence_not_valid", "The recruiter's licence is not valid on every day of the fair.");
}

/** The fair's organisers admit a licensed recruiter with a booth (or update it). Published vacancies only. */
export const admitBooth = useCase(["organiser"], async (deps, actor, fairId: string, input: BoothInput): Promise<Booth> => {
  const fair = await fairToRun(deps, actor, fairId);
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
});

async function saveBooth(
  deps: Deps,
  fair: FairItem,
  booth: {
    recruiterId: string;
    name: string;
    tables: number;
    vacancyIds: string[];
    unavailable: { from: string; to: string }[];
    /** Kept when the booth changes; a new admission starts now. */
    createdAt?: string;
  },
): Promise<Booth> {
  const unavailable = booth.unavailable.map((u) => {
    const from = Date.parse(u.from);
    const to = Date.parse(u.to);
    if (!(to > from)) throw new AppError("validation", "invalid_interval", "An unavailable time ends before it starts.");
    return { from: new Date(from).toISOString(), to: new Date(to).toISOString() };
  });
  const now = deps.now().toISOString();
  const item = { fairId: fair.fairId, ...booth, unavailable, createdAt: booth.createdAt ?? now, updatedAt: now };
  // Booths stay still once the schedule is published: the write holds only while it is not.
  const result = await db(deps)
    .service.transaction.write(({ fair: f, booth: b }) => [
      f
        .check({ fairId: fair.fairId })
        .where((a, op) => op.notExists(a.publishedVersion))
        .commit(),
      b.put(item).commit(),
    ])
    .go();
  if (result.canceled)
    throw new AppError("conflict", "schedule_published", "The schedule was published meanwhile; booths can no longer change.");
  return boothView(item);
}

/** The booth's recruiter (or the fair's organisers) state when its interviewers are away, before publishing. */
export const setBoothUnavailable = useCase(
  ["recruiter", "organiser"],
  async (deps, actor, fairId: string, recruiterId: string, unavailable: { from: string; to: string }[]): Promise<Booth> => {
    const { fair, booth } = await boothToRun(deps, actor, fairId, recruiterId);
    if (fair.publishedVersion)
      throw new AppError("conflict", "schedule_published", "The schedule is published; ask the organiser to change it.");
    return saveBooth(deps, fair, { ...booth, vacancyIds: booth.vacancyIds, unavailable: Unavailable.parse(unavailable) });
  },
);

/**
 * A booth's published schedule: free places per slot for anyone signed in (graduates book from
 * it); who is booked only for the booth's recruiter and the fair's organisers, each shown by
 * name (audited) or withheld ("consent withdrawn", "awaiting confirmation").
 */
export const boothSchedule = useCase(
  ["graduate", "recruiter", "organiser"],
  async (deps, actor, fairId: string, recruiterId: string): Promise<BoothSchedule> => {
    const fair = await visibleFair(deps, actor, fairId);
    const version = publishedVersionOf(fair);
    const booth = await getBooth(deps, fairId, recruiterId);
    const interviews = await interviewsOfBooth(deps, fairId, version, recruiterId);
    const taken = new Map<number, number>();
    for (const i of interviews) taken.set(i.slot, (taken.get(i.slot) ?? 0) + 1);
    const slots = slotsOf(fair).map((s) => ({
      slot: s.index,
      startsAt: new Date(s.startMs).toISOString(),
      free: boothAwayDuring(booth, s) ? 0 : Math.max(0, booth.tables - (taken.get(s.index) ?? 0)),
    }));
    if (!runsBooth(actor, fair, recruiterId)) return { version, tables: booth.tables, slots, interviews: [] };
    const tz = calendarOf(fair).timeZone;
    const people = await peopleAtFair(
      deps,
      actor,
      fair,
      interviews.map((i) => i.graduateId),
      `name in the interview schedule of booth ${recruiterId} at fair ${fairId}`,
    );
    const visible = interviews.map((i) => {
      const view = { ...interviewView(i, tz), graduate: people.summary(i.graduateId) };
      if (!people.hidesId(i.graduateId)) return view;
      const { graduateId: _g, vacancyIds: _v, ...withheld } = view;
      return withheld;
    });
    return { version, tables: booth.tables, slots, interviews: visible };
  },
);
