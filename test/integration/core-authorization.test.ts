import * as core from "@jalur/core";
import {
  type Actor,
  ANONYMOUS,
  AppError,
  type Deps,
  deliver,
  isUseCase,
  type Principal,
  runScheduleJob,
  type UseCase,
  useCaseInfo,
} from "@jalur/core";
import { addDays, dateInZone } from "@jalur/domain";
import { aLawfulVacancyInput } from "@jalur/fixtures";
import { beforeAll, describe, expect, it } from "vitest";
import { freshDeployment } from "../support/deployment.ts";

/**
 * The core decides who may act: every exported use case, called directly (no HTTP) as every
 * kind of caller against objects of one tenant ("own": graduate A, recruiter organisation A,
 * organiser 1 who owns the fairs), on DynamoDB Local. A denial is an AppError of kind
 * unauthenticated (401), forbidden (403) or not_found (404, another tenant's object); an allowed
 * call succeeds, or fails for a business reason named in its row. A use case without a row
 * fails the test, so a new one cannot skip its rules.
 */
type Caller =
  | "anonymous"
  | "graduate"
  | "otherGraduate"
  | "recruiter"
  | "otherRecruiter"
  | "organiser"
  | "otherOrganiser"
  | "staff"
  | "ppkdStaff"
  | "operator";
const CALLERS: Caller[] = [
  "anonymous",
  "graduate",
  "otherGraduate",
  "recruiter",
  "otherRecruiter",
  "organiser",
  "otherOrganiser",
  "staff",
  "ppkdStaff",
  "operator",
];
const DENIAL = new Set(["unauthenticated", "forbidden", "not_found"]);
const GRADUATES: Caller[] = ["graduate", "otherGraduate"];
const STAFF: Caller[] = ["staff", "ppkdStaff"];
const EVERYONE = CALLERS;

const today = dateInZone(new Date());
const actors: Record<Caller, Actor> = {
  anonymous: ANONYMOUS,
  graduate: { sub: "grad-a", role: "graduate" },
  otherGraduate: { sub: "grad-b", role: "graduate" },
  recruiter: { sub: "rec-a", role: "recruiter", recruiterId: "org-a" },
  otherRecruiter: { sub: "rec-b", role: "recruiter", recruiterId: "org-b" },
  organiser: { sub: "organiser-1", role: "organiser" },
  otherOrganiser: { sub: "organiser-2", role: "organiser" },
  staff: { sub: "staff-bp3mi", role: "staff" },
  // Staff of another training centre than graduate A's (Jakarta Timur).
  ppkdStaff: { sub: "staff-ppkd", role: "staff", ppkd: "Jakarta Barat" },
  operator: { sub: "operator", role: "operator" },
};
const as = (c: Caller) => actors[c] as Principal;

interface World {
  vacancy: string;
  draft: string;
  application: string;
  fair: string;
  import: string;
  draftFair: string;
  published: string;
  publishedJob: string;
  notice: string;
  probe: string;
  slots: number;
}

interface Row {
  /** The exported name of the use case. */
  useCase: string;
  /** Who may act (all others must be denied). */
  allow: Caller[];
  /** Callers allowed through the gate whose call ends in this business error code. */
  businessError?: Partial<Record<Caller, string>>;
  /** Fresh objects for one call (so allowed calls that change state do not depend on each other). */
  arrange?: () => Promise<Record<string, string>>;
  call: (deps: Deps, actor: Actor, world: World, fresh: Record<string, string>) => Promise<unknown>;
  /** What an allowed caller must (not) see. */
  verify?: (result: unknown, caller: Caller) => void;
}

describe("authorization matrix (core): every use case × every caller × own/other tenant", () => {
  let deps: Deps;
  const world = {} as World;
  let counter = 0;
  const unique = (prefix: string) => `${prefix}-${++counter}`;

  const publishedVacancy = async (overrides: Record<string, unknown> = {}) => {
    const draft = await core.createVacancy(deps, as("recruiter"), core.VacancyInput.parse(aLawfulVacancyInput(today, overrides)));
    await core.publishVacancy(deps, as("recruiter"), draft.vacancyId);
    return draft.vacancyId;
  };

  beforeAll(async () => {
    ({ deps } = await freshDeployment());
    const licence = { number: "SIP3MI/1", validFrom: addDays(today, -30), validUntil: addDays(today, 300) };
    for (const id of ["org-a", "org-b"]) {
      await core.createRecruiter(deps, as("staff"), { name: `PT ${id}`, kind: "p3mi", licence }, id);
      await core.reviewLicence(deps, as("staff"), id, true);
    }
    for (const g of ["graduate", "otherGraduate"] as const) {
      await core.registerGraduate(deps, as(g), {
        name: `Graduate ${g}`,
        birthDate: "1999-05-05",
        ppkd: "Jakarta Timur",
        language: "id",
        phone: "+6281200000000",
      });
      await core.setConsent(deps, as(g), true);
    }
    world.vacancy = await publishedVacancy();
    world.draft = (
      await core.createVacancy(deps, as("recruiter"), core.VacancyInput.parse(aLawfulVacancyInput(today)))
    ).vacancyId;
    world.application = (await core.apply(deps, as("graduate"), world.vacancy, false)).applicationId;

    const fairInput = (firstDay: string, closes: string) =>
      core.FairInput.parse({
        name: "Bursa Kerja",
        venue: "JIExpo Kemayoran",
        calendar: { firstDay, lastDay: firstDay, opens: "09:00", closes: "12:00", slotMinutes: 20 },
        registrationOpens: new Date(Date.now() - 3_600_000).toISOString(),
        registrationCloses: closes,
      });
    const organiser = as("organiser");
    world.fair = (
      await core.createFair(deps, organiser, fairInput(addDays(today, 10), `${addDays(today, 8)}T17:00:00+07:00`))
    ).fairId;
    await core.admitBooth(deps, organiser, world.fair, {
      recruiterId: "org-a",
      tables: 2,
      vacancyIds: [world.vacancy],
      unavailable: [],
    });
    await core.moveFair(deps, organiser, world.fair, "open");
    await core.registerForFair(deps, as("graduate"), world.fair, { picks: [world.vacancy], applyAnyway: false });
    world.import = (
      await core.importRegistrations(deps, organiser, world.fair, `graduate_id,picks\ngrad-b,${world.vacancy}\n`)
    ).importId;
    world.draftFair = (
      await core.createFair(deps, organiser, fairInput(addDays(today, 12), `${addDays(today, 11)}T17:00:00+07:00`))
    ).fairId;

    // A fair whose schedule is published: graduate A has an interview at organisation A's booth.
    const published = await core.createFair(
      deps,
      organiser,
      fairInput(addDays(today, 5), new Date(Date.now() + 3_600_000).toISOString()),
    );
    world.published = published.fairId;
    world.slots = published.slots;
    await core.admitBooth(deps, organiser, world.published, {
      recruiterId: "org-a",
      tables: 1,
      vacancyIds: [world.vacancy],
      unavailable: [],
    });
    await core.moveFair(deps, organiser, world.published, "open");
    await core.registerForFair(deps, as("graduate"), world.published, { picks: [world.vacancy], applyAnyway: false });
    await core.moveFair(deps, organiser, world.published, "close");
    const job = await core.requestSchedule(deps, organiser, world.published);
    expect(await runScheduleJob(deps, job.jobId)).toBe("done");
    await core.publishSchedule(deps, organiser, world.published, job.jobId);
    world.publishedJob = job.jobId;

    await deliver(deps, {
      type: "notify",
      id: "matrix:notice",
      recipientId: "grad-a",
      channel: "in-app",
      template: "vacancy-match",
      params: { title: "x", country: "JP", score: "90" },
    });
    world.notice = (await core.myInbox(deps, as("graduate"), { limit: 1 })).items[0]!.notificationId;
    world.probe = (await core.startProbe(deps, as("operator"), "match")).probeId;
  }, 120_000);

  const credentialOfA = async () => ({
    credential: (
      await core.addCredential(deps, as("graduate"), {
        skill: "lang.ja.jlpt",
        level: "N4",
        issuer: "The Japan Foundation",
        number: unique("JLPT"),
        issuedOn: addDays(today, -20),
        evidenceRef: "scan://jlpt",
      })
    ).id,
  });
  const myInterviewAt = async (fairId: string) => {
    const [interview] = await core.myInterviews(deps, as("graduate"), fairId);
    if (!interview) throw new Error("graduate A has no interview");
    return interview;
  };
  const freeSlot = async () => {
    const taken = new Set((await myInterviewAt(world.published)).slot.toString());
    for (let s = world.slots - 1; s >= 0; s--) if (!taken.has(String(s))) return s;
    throw new Error("no free slot");
  };
  const profile = {
    name: "Graduate A",
    birthDate: "1999-05-05",
    ppkd: "Jakarta Timur" as const,
    language: "id" as const,
  };
  const disclosesNothing = (result: unknown) =>
    expect(JSON.stringify(result)).not.toMatch(/Graduate (graduate|otherGraduate)|\+62/);

  const rows: Row[] = [
    // Graduates: their own profile, credentials, consent, audit.
    {
      useCase: "registerGraduate",
      allow: GRADUATES,
      businessError: { graduate: "graduate_exists", otherGraduate: "graduate_exists" },
      call: (d, a) => core.registerGraduate(d, a, profile),
    },
    { useCase: "myProfile", allow: GRADUATES, call: (d, a) => core.myProfile(d, a) },
    {
      useCase: "updateMyProfile",
      allow: GRADUATES,
      call: async (d, a) => {
        const version = a.role === "graduate" ? (await core.myProfile(d, a)).version : 1;
        return core.updateMyProfile(
          d,
          a,
          { ...profile, name: `Graduate ${a.sub === "grad-a" ? "graduate" : "otherGraduate"}` },
          version,
        );
      },
    },
    { useCase: "setNotificationPreferences", allow: GRADUATES, call: (d, a) => core.setNotificationPreferences(d, a, []) },
    { useCase: "setConsent", allow: GRADUATES, call: (d, a) => core.setConsent(d, a, true) },
    {
      useCase: "addCredential",
      allow: GRADUATES,
      call: (d, a) =>
        core.addCredential(d, a, {
          skill: "lang.en.cefr",
          level: "B1",
          issuer: "British Council",
          number: unique("CEFR"),
          issuedOn: addDays(today, -10),
          evidenceRef: "scan://cefr",
        }),
    },
    {
      useCase: "reviewCredential",
      allow: ["staff"],
      arrange: credentialOfA,
      call: (d, a, _w, f) => core.reviewCredential(d, a, "grad-a", f.credential!, { verification: "verified" }),
    },
    { useCase: "credentialQueue", allow: ["staff"], call: (d, a) => core.credentialQueue(d, a, "Jakarta Timur", { limit: 5 }) },
    { useCase: "readsOfMe", allow: GRADUATES, call: (d, a) => core.readsOfMe(d, a, { limit: 5 }) },
    // Recruiter organisations: their own; staff onboard and review.
    { useCase: "readRecruiter", allow: ["recruiter", ...STAFF], call: (d, a) => core.readRecruiter(d, a, "org-a") },
    {
      useCase: "createRecruiter",
      allow: STAFF,
      call: (d, a) => core.createRecruiter(d, a, { name: "PT Baru", kind: "p3mi" }),
    },
    {
      useCase: "submitLicence",
      allow: ["recruiter"],
      call: (d, a) =>
        core.submitLicence(d, a, "org-a", {
          number: "SIP3MI/1",
          validFrom: addDays(today, -30),
          validUntil: addDays(today, 300),
        }),
    },
    { useCase: "reviewLicence", allow: STAFF, call: (d, a) => core.reviewLicence(d, a, "org-a", true) },
    { useCase: "licenceQueue", allow: STAFF, call: (d, a) => core.licenceQueue(d, a, { limit: 5 }) },
    {
      useCase: "addMember",
      allow: ["recruiter", ...STAFF],
      call: (d, a) => core.addMember(d, a, "org-a", { sub: unique("member"), name: "Member" }),
    },
    { useCase: "listMembers", allow: ["recruiter", ...STAFF], call: (d, a) => core.listMembers(d, a, "org-a", { limit: 5 }) },
    // Vacancies: public once published; written by their own organisation.
    { useCase: "readVacancy", allow: EVERYONE, call: (d, a, w) => core.readVacancy(d, a, w.vacancy) },
    // A draft: only its own organisation and staff.
    { useCase: "readVacancy", allow: ["recruiter", ...STAFF], call: (d, a, w) => core.readVacancy(d, a, w.draft) },
    {
      useCase: "listOpenVacancies",
      allow: EVERYONE,
      call: (d, a) => core.listOpenVacancies(d, a, { country: "JP" }, { limit: 5 }),
      verify: disclosesNothing,
    },
    {
      useCase: "listVacanciesBySkill",
      allow: EVERYONE,
      call: (d, a) => core.listVacanciesBySkill(d, a, { skill: "weld.141" }, { limit: 5 }),
    },
    {
      useCase: "createVacancy",
      allow: ["recruiter", "otherRecruiter"],
      call: (d, a) => core.createVacancy(d, a, core.VacancyInput.parse(aLawfulVacancyInput(today))),
    },
    {
      useCase: "updateVacancy",
      allow: ["recruiter"],
      call: async (d, a, w) =>
        core.updateVacancy(
          d,
          a,
          w.draft,
          core.VacancyInput.parse(aLawfulVacancyInput(today)),
          (await core.readVacancy(d, as("recruiter"), w.draft)).version,
        ),
    },
    {
      useCase: "publishVacancy",
      allow: ["recruiter"],
      arrange: async () => ({
        draft: (await core.createVacancy(deps, as("recruiter"), core.VacancyInput.parse(aLawfulVacancyInput(today)))).vacancyId,
      }),
      call: (d, a, _w, f) => core.publishVacancy(d, a, f.draft!),
    },
    {
      useCase: "closeVacancy",
      allow: ["recruiter", ...STAFF],
      arrange: async () => ({ vacancy: await publishedVacancy() }),
      call: (d, a, _w, f) => core.closeVacancy(d, a, f.vacancy!, "closed"),
    },
    {
      useCase: "listRecruiterVacancies",
      allow: ["recruiter", ...STAFF],
      call: (d, a) => core.listRecruiterVacancies(d, a, "org-a", { limit: 5 }),
    },
    { useCase: "demandReport", allow: STAFF, call: (d, a) => core.demandReport(d, a) },
    // Matching.
    { useCase: "myMatches", allow: GRADUATES, call: (d, a) => core.myMatches(d, a, { limit: 5 }) },
    { useCase: "learnNext", allow: GRADUATES, call: (d, a) => core.learnNext(d, a) },
    // Only the application's own graduate (grad-a applied): the other graduate is told it does not exist.
    { useCase: "myApplication", allow: ["graduate"], call: (d, a, w) => core.myApplication(d, a, w.application) },
    {
      useCase: "candidatesForVacancy",
      allow: ["recruiter"],
      call: (d, a, w) => core.candidatesForVacancy(d, a, w.vacancy, { limit: 5 }),
    },
    // Applications: only the graduate applies; the vacancy's organisation reads and moves it.
    {
      useCase: "apply",
      allow: GRADUATES,
      businessError: { graduate: "already_applied" },
      call: (d, a, w) => core.apply(d, a, w.vacancy, true),
    },
    {
      useCase: "readApplication",
      allow: ["graduate", "recruiter"],
      call: (d, a, w) => core.readApplication(d, a, w.application),
    },
    {
      useCase: "transitionApplication",
      allow: ["recruiter"],
      arrange: async () => {
        const vacancy = await publishedVacancy();
        return { application: (await core.apply(deps, as("graduate"), vacancy, false)).applicationId };
      },
      call: (d, a, _w, f) => core.transitionApplication(d, a, f.application!, "shortlisted"),
    },
    { useCase: "myApplications", allow: GRADUATES, call: (d, a) => core.myApplications(d, a, { limit: 5 }) },
    {
      useCase: "applicationsOfVacancy",
      allow: ["recruiter"],
      call: (d, a, w) => core.applicationsOfVacancy(d, a, w.vacancy, { limit: 5 }),
    },
    // Notices.
    { useCase: "myInbox", allow: GRADUATES, call: (d, a) => core.myInbox(d, a, { limit: 5 }) },
    {
      useCase: "organisationInbox",
      allow: ["recruiter", "otherRecruiter"],
      call: (d, a) => core.organisationInbox(d, a, { limit: 5 }),
    },
    { useCase: "markRead", allow: ["graduate"], call: (d, a, w) => core.markRead(d, a, w.notice) },
    { useCase: "unreadCount", allow: GRADUATES, call: (d, a) => core.unreadCount(d, a) },
    { useCase: "outboxOf", allow: ["operator"], call: (d, a) => core.outboxOf(d, a, "email", { limit: 5 }) },
    // Operations: operators only, never anonymous.
    { useCase: "startProbe", allow: ["operator"], call: (d, a) => core.startProbe(d, a, "notify") },
    { useCase: "getProbe", allow: ["operator"], call: (d, a, w) => core.getProbe(d, a, w.probe) },
    // Fairs: public once open; run by their own organisers; booths by their recruiter.
    {
      useCase: "createFair",
      allow: ["organiser", "otherOrganiser"],
      businessError: {},
      call: (d, a) =>
        core.createFair(d, a, {
          name: "Fair",
          venue: "Balai Kota",
          calendar: {
            timeZone: "Asia/Jakarta",
            firstDay: addDays(today, 20),
            lastDay: addDays(today, 20),
            opens: "09:00",
            closes: "10:00",
            breaks: [],
            slotMinutes: 20,
          },
          minGapMinutes: 10,
          coverage: "first",
          registrationOpens: new Date().toISOString(),
          registrationCloses: `${addDays(today, 18)}T17:00:00+07:00`,
        }),
    },
    {
      useCase: "readFair",
      allow: EVERYONE,
      call: (d, a, w) => core.readFair(d, a, w.fair),
      verify: (result, caller) => {
        // Only its organisers see who runs it.
        expect(Object.hasOwn(result as object, "organiserId")).toBe(caller === "organiser");
      },
    },
    // A draft fair: only its organisers.
    { useCase: "readFair", allow: ["organiser"], call: (d, a, w) => core.readFair(d, a, w.draftFair) },
    { useCase: "listFairs", allow: EVERYONE, call: (d, a) => core.listFairs(d, a, today, { limit: 5 }) },
    {
      useCase: "vacanciesAtFair",
      allow: EVERYONE,
      call: (d, a, w) => core.vacanciesAtFair(d, a, w.fair),
      verify: (result) => expect((result as { vacancyId: string }[]).map((v) => v.vacancyId)).toEqual([world.vacancy]),
    },
    // A draft fair's vacancies: only its organisers.
    { useCase: "vacanciesAtFair", allow: ["organiser"], call: (d, a, w) => core.vacanciesAtFair(d, a, w.draftFair) },
    {
      useCase: "moveFair",
      allow: ["organiser"],
      businessError: { organiser: "no_booths" },
      call: (d, a, w) => core.moveFair(d, a, w.draftFair, "open"),
    },
    {
      useCase: "setCoOrganiser",
      allow: ["organiser"],
      call: (d, a, w) => core.setCoOrganiser(d, a, w.draftFair, "organiser-3", true),
    },
    {
      useCase: "admitBooth",
      allow: ["organiser"],
      call: (d, a, w) =>
        core.admitBooth(d, a, w.fair, { recruiterId: "org-a", tables: 2, vacancyIds: [w.vacancy], unavailable: [] }),
    },
    {
      useCase: "setBoothUnavailable",
      allow: ["recruiter", "organiser"],
      call: (d, a, w) => core.setBoothUnavailable(d, a, w.fair, "org-a", []),
    },
    {
      useCase: "registrantsOfBooth",
      allow: ["recruiter", "organiser"],
      call: (d, a, w) => core.registrantsOfBooth(d, a, w.fair, "org-a", { limit: 5 }),
    },
    {
      useCase: "setShortlist",
      allow: ["recruiter", "organiser"],
      call: (d, a, w) => core.setShortlist(d, a, w.fair, "org-a", ["grad-a"], true),
    },
    {
      useCase: "importRegistrations",
      allow: ["organiser"],
      call: (d, a, w) => core.importRegistrations(d, a, w.fair, `graduate_id,picks,apply_anyway\ngrad-b,${w.vacancy},yes\n`),
      verify: (result) => expect(result).toMatchObject({ rows: 1, state: "queued" }),
    },
    {
      useCase: "readImport",
      allow: ["organiser"],
      call: (d, a, w) => core.readImport(d, a, w.fair, w.import),
      verify: (result) => expect(result).toMatchObject({ rows: 1 }),
    },
    { useCase: "importsOf", allow: ["organiser"], call: (d, a, w) => core.importsOf(d, a, w.fair, { limit: 5 }) },
    {
      useCase: "importRows",
      allow: ["organiser"],
      call: (d, a, w) => core.importRows(d, a, w.fair, w.import, {}, {}),
      verify: (result) => expect(result).toMatchObject({ items: [{ line: 2, graduateId: "grad-b" }] }),
    },
    { useCase: "refusedRowsCsv", allow: ["organiser"], call: (d, a, w) => core.refusedRowsCsv(d, a, w.fair, w.import) },
    { useCase: "findSkills", allow: EVERYONE, call: (d, a) => core.findSkills(d, a, { q: "JLPT", limit: 5 }) },
    // The official check and what anyone may know of a recruiter.
    {
      useCase: "officialCheck",
      allow: EVERYONE,
      call: (d, a) => core.officialCheck(d, a, { text: "SIP3MI/1", client: "authorization-matrix" }),
      verify: (result) => expect(result).toMatchObject({ outcome: "checked", recruiters: [{ standing: "licensed" }, {}] }),
    },
    {
      useCase: "publicRecruiters",
      allow: EVERYONE,
      call: (d, a) => core.publicRecruiters(d, a, ["org-a"]),
      verify: (result) => expect(result).toEqual([expect.objectContaining({ recruiterId: "org-a", standing: "licensed" })]),
    },
    {
      useCase: "registerForFair",
      allow: GRADUATES,
      call: (d, a, w) => core.registerForFair(d, a, w.fair, { picks: [w.vacancy], applyAnyway: true }),
    },
    { useCase: "confirmRegistration", allow: GRADUATES, call: (d, a, w) => core.confirmRegistration(d, a, w.fair, true) },
    { useCase: "myRegistration", allow: GRADUATES, call: (d, a, w) => core.myRegistration(d, a, w.fair) },
    { useCase: "myFairs", allow: GRADUATES, call: (d, a) => core.myFairs(d, a, { limit: 5 }) },
    {
      useCase: "requestSchedule",
      allow: ["organiser"],
      businessError: { organiser: "registration_not_closed" },
      call: (d, a, w) => core.requestSchedule(d, a, w.fair),
    },
    {
      useCase: "readScheduleJob",
      allow: ["organiser"],
      call: (d, a, w) => core.readScheduleJob(d, a, w.published, w.publishedJob),
    },
    { useCase: "scheduleJobsOf", allow: ["organiser"], call: (d, a, w) => core.scheduleJobsOf(d, a, w.published, { limit: 5 }) },
    {
      useCase: "publishSchedule",
      allow: ["organiser"],
      call: (d, a, w) => core.publishSchedule(d, a, w.published, w.publishedJob),
    },
    { useCase: "fairReport", allow: ["organiser", ...STAFF], call: (d, a, w) => core.fairReport(d, a, w.published) },
    {
      useCase: "boothSchedule",
      allow: ["graduate", "otherGraduate", "recruiter", "otherRecruiter", "organiser", "otherOrganiser"],
      call: (d, a, w) => core.boothSchedule(d, a, w.published, "org-a"),
      verify: (result, caller) => {
        const { interviews } = result as { interviews: { graduate?: { disclosed: boolean } }[] };
        // Who is booked only for the booth's recruiter and the fair's organisers.
        if (caller === "recruiter" || caller === "organiser") expect(interviews[0]?.graduate?.disclosed).toBe(true);
        else expect(interviews).toEqual([]);
      },
    },
    {
      useCase: "boothScheduleCsv",
      allow: ["recruiter", "organiser"],
      call: (d, a, w) => core.boothScheduleCsv(d, a, w.published, "org-a"),
    },
    {
      useCase: "myInterviews",
      allow: GRADUATES,
      call: (d, a, w) => core.myInterviews(d, a, w.published),
      verify: (result, caller) => expect((result as unknown[]).length).toBe(caller === "graduate" ? 1 : 0),
    },
    {
      useCase: "myCheckInCode",
      allow: GRADUATES,
      businessError: { otherGraduate: "interview_not_found" },
      call: (d, a, w) => core.myCheckInCode(d, a, w.published, "org-a"),
    },
    { useCase: "myCalendar", allow: GRADUATES, call: (d, a, w) => core.myCalendar(d, a, w.published) },
    {
      useCase: "myOffers",
      allow: GRADUATES,
      call: (d, a, w) => core.myOffers(d, a, w.published),
      verify: (result) => expect(result).toEqual([]),
    },
    { useCase: "myScheduleCsv", allow: GRADUATES, call: (d, a, w) => core.myScheduleCsv(d, a, w.published) },
    {
      useCase: "bookSlot",
      allow: GRADUATES,
      businessError: { graduate: "candidate_busy", otherGraduate: "not_registered_at_booth" },
      arrange: async () => ({ slot: String(await freeSlot()) }),
      call: (d, a, w, f) => core.bookSlot(d, a, w.published, "org-a", Number(f.slot)),
    },
    {
      useCase: "answerOffer",
      allow: GRADUATES,
      businessError: { graduate: "offer_not_found", otherGraduate: "offer_not_found" },
      call: (d, a, w) => core.answerOffer(d, a, w.published, "org-a", 0, 1, true),
    },
    {
      useCase: "rescheduleInterview",
      allow: GRADUATES,
      businessError: { otherGraduate: "interview_not_found" },
      arrange: async () => ({ slot: String(await freeSlot()) }),
      call: (d, a, w, f) => core.rescheduleInterview(d, a, w.published, "org-a", Number(f.slot)),
    },
    {
      useCase: "removeSlot",
      allow: ["recruiter", "organiser"],
      arrange: async () => ({ slot: String(await freeSlot()) }),
      call: (d, a, w, f) => core.removeSlot(d, a, w.published, "org-a", Number(f.slot), 1),
    },
    {
      useCase: "checkIn",
      allow: ["recruiter", "organiser"],
      arrange: async () => ({ code: (await myInterviewAt(world.published)).checkInCode }),
      call: (d, a, w, f) => core.checkIn(d, a, w.published, f.code!),
      verify: (result) => expect(result).toMatchObject({ state: "checked-in", graduate: { disclosed: true } }),
    },
    {
      useCase: "recordOutcome",
      allow: ["recruiter"],
      arrange: async () => ({ interview: (await myInterviewAt(world.published)).interviewId }),
      call: (d, a, w, f) => core.recordOutcome(d, a, w.published, core.parseInterviewKey(f.interview!), "next-round"),
    },
    // Last: it takes graduate A's interview away.
    {
      useCase: "cancelInterview",
      allow: GRADUATES,
      businessError: { graduate: "not_cancellable", otherGraduate: "interview_not_found" },
      call: (d, a, w) => core.cancelInterview(d, a, w.published, "org-a"),
    },
  ];

  it("has a row for every exported use case (a new one cannot skip this matrix)", () => {
    const exported = Object.entries(core)
      .filter(([, value]) => isUseCase(value))
      .map(([name]) => name)
      .sort();
    expect([...new Set(rows.map((r) => r.useCase))].sort()).toEqual(exported);
  });

  for (const row of rows) {
    it(`${row.useCase}: allowed for ${row.allow.join(", ")}; denied for everyone else`, async () => {
      const useCase = (core as unknown as Record<string, UseCase<unknown[], unknown>>)[row.useCase];
      expect(useCase && isUseCase(useCase)).toBe(true);
      const publicUseCase = useCaseInfo(useCase!).roles === "anyone";
      const outcomes: string[] = [];
      for (const caller of CALLERS) {
        const fresh = row.arrange ? await row.arrange() : {};
        const allowed = row.allow.includes(caller);
        const result = await row.call(deps, actors[caller], world, fresh).then(
          (value) => ({ ok: true as const, value }),
          (error: unknown) => ({ ok: false as const, error }),
        );
        if (!result.ok && !(result.error instanceof AppError)) throw result.error;
        const error = result.ok ? undefined : (result.error as AppError);
        const denied = error !== undefined && DENIAL.has(error.kind) && row.businessError?.[caller] !== error.code;
        const expectedError = row.businessError?.[caller];
        let verdict = "ok";
        if (allowed && denied) verdict = `wrongly denied (${error?.kind} ${error?.code})`;
        else if (allowed && expectedError && error?.code !== expectedError)
          verdict = `expected ${expectedError}, got ${error ? error.code : "success"}`;
        else if (allowed && !expectedError && error) verdict = `failed: ${error.code} ${error.message}`;
        else if (!allowed && !denied) verdict = `wrongly allowed (${error ? error.code : "success"})`;
        else if (allowed && result.ok && row.verify) row.verify(result.value, caller);
        if (!allowed && !publicUseCase && caller === "anonymous" && error?.kind !== "unauthenticated")
          verdict = `anonymous got ${error?.kind}`;
        outcomes.push(`${caller}: ${verdict}`);
      }
      expect(outcomes).toEqual(CALLERS.map((c) => `${c}: ok`));
    });
  }
});
