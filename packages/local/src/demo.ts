import {
  addCredential,
  admitBooth,
  createFair,
  createRecruiter,
  createVacancy,
  type Deps,
  moveFair,
  type Principal,
  publishSchedule,
  publishVacancy,
  readScheduleJob,
  registerForFair,
  registerGraduate,
  requestSchedule,
  reviewCredential,
  reviewLicence,
  setConsent,
  setShortlist,
  VacancyInput,
} from "@jalur/core";
import { getGraduates } from "@jalur/core/graduates/profile";
import { addDays, dateInZone } from "@jalur/domain";
import { generateGraduates, generateRecruiters, generateVacancies, seededRandom } from "@jalur/fixtures";

export const DEMO_SEED = 2026;
const STAFF: Principal = { sub: "staff-demo", role: "staff" };
const OPERATOR: Principal = { sub: "operator-demo", role: "operator" };

/**
 * Seeds a demo Jakarta through the real use cases (so every index, counter and queue message
 * is as in production): licensed recruiters, graduates of the five PPKD with reviewed
 * credentials and consent, and published vacancies whose matches the workers then compute.
 * Does nothing when the demo is already there (a restart with --data-dir).
 */
export async function seedDemo(
  deps: Deps,
  options: { graduates: number; vacancies: number; fairGraduates?: number },
): Promise<{ graduates: number; vacancies: number; skipped: boolean }> {
  const today = dateInZone(deps.now());
  const graduates = generateGraduates(DEMO_SEED, options.graduates, today);
  if (graduates.length > 0 && (await getGraduates(deps, [graduates[0]!.id])).length > 0)
    return { graduates: 0, vacancies: 0, skipped: true };

  const recruiters = generateRecruiters(DEMO_SEED, today);
  for (const r of recruiters) {
    await createRecruiter(deps, STAFF, { name: r.name, kind: r.kind, ...(r.licence ? { licence: r.licence } : {}) }, r.id);
    if (r.licence) await reviewLicence(deps, STAFF, r.id, true);
  }
  for (const g of graduates) {
    const graduate: Principal = { sub: g.id, role: "graduate" };
    await registerGraduate(deps, graduate, {
      name: g.name,
      birthDate: g.birthDate,
      ppkd: g.ppkd,
      kecamatan: g.kecamatan,
      language: g.language,
      nik: g.nik,
      phone: g.phone,
    });
    await setConsent(deps, graduate, true);
    for (const { id: _id, verification, ...c } of g.credentials) {
      const added = await addCredential(deps, graduate, { ...c, evidenceRef: `demo://${g.id}/${c.number}` });
      if (verification === "verified") await reviewCredential(deps, STAFF, g.id, added.id, { verification: "verified" });
    }
  }
  const vacancies = generateVacancies(DEMO_SEED, options.vacancies, recruiters, today);
  const published: { vacancyId: string; recruiterId: string }[] = [];
  for (const v of vacancies) {
    const recruiter: Principal = { sub: `${v.recruiterId}-demo`, role: "recruiter", recruiterId: v.recruiterId };
    const { id: _id, recruiterId, ...input } = v;
    const draft = await createVacancy(deps, recruiter, VacancyInput.parse(input));
    await publishVacancy(deps, recruiter, draft.vacancyId);
    published.push({ vacancyId: draft.vacancyId, recruiterId });
  }
  await seedDemoFair(deps, published, graduates.map((g) => g.id).slice(0, options.fairGraduates ?? 120));
  return { graduates: graduates.length, vacancies: vacancies.length, skipped: false };
}

const ORGANISER: Principal = { sub: "organiser-demo", role: "organiser" };

/**
 * A Jakarta job fair a week from now: every agency with published vacancies has a booth,
 * graduates register for up to three vacancies, recruiters shortlist some, registration
 * closes, the scheduler runs (on the real worker) and the schedule is published.
 */
async function seedDemoFair(deps: Deps, vacancies: { vacancyId: string; recruiterId: string }[], graduateIds: string[]) {
  const today = dateInZone(deps.now());
  const fair = await createFair(deps, ORGANISER, {
    name: "Bursa Kerja Luar Negeri DKI Jakarta",
    venue: "JIExpo Kemayoran, Hall C, Jakarta Pusat",
    calendar: {
      timeZone: "Asia/Jakarta",
      firstDay: addDays(today, 7),
      lastDay: addDays(today, 8),
      opens: "09:00",
      closes: "16:00",
      breaks: [
        { start: "12:00", end: "13:00" },
        { start: "15:00", end: "15:15" },
      ],
      slotMinutes: 20,
    },
    minGapMinutes: 10,
    coverage: "first",
    registrationOpens: new Date(deps.now().getTime() - 3_600_000).toISOString(),
    registrationCloses: `${addDays(today, 6)}T17:00:00+07:00`,
  });
  const byRecruiter = new Map<string, string[]>();
  for (const v of vacancies) byRecruiter.set(v.recruiterId, [...(byRecruiter.get(v.recruiterId) ?? []), v.vacancyId]);
  for (const [recruiterId, vacancyIds] of byRecruiter)
    await admitBooth(deps, ORGANISER, fair.fairId, { recruiterId, tables: 2, vacancyIds, unavailable: [] });
  await moveFair(deps, ORGANISER, fair.fairId, "open");
  const random = seededRandom(DEMO_SEED + 1);
  for (const graduateId of graduateIds) {
    const picks = [...new Set(Array.from({ length: random.int(1, 3) }, () => random.pick(vacancies).vacancyId))];
    await registerForFair(deps, { sub: graduateId, role: "graduate" }, fair.fairId, { picks, applyAnyway: true }).catch(
      () => undefined,
    );
  }
  for (const recruiterId of byRecruiter.keys()) {
    const chosen = graduateIds.filter(() => random.chance(0.15));
    if (chosen.length > 0)
      await setShortlist(
        deps,
        { sub: `${recruiterId}-demo`, role: "recruiter", recruiterId },
        fair.fairId,
        recruiterId,
        chosen,
        true,
      );
  }
  await moveFair(deps, ORGANISER, fair.fairId, "close");
  const job = await requestSchedule(deps, ORGANISER, fair.fairId);
  for (let i = 0; i < 600; i++) {
    const current = await readScheduleJob(deps, ORGANISER, fair.fairId, job.jobId);
    if (current.state === "done") {
      await publishSchedule(deps, ORGANISER, fair.fairId, job.jobId);
      return fair.fairId;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return fair.fairId;
}

/** Tokens for the demo's staff member, a recruiter of the first agency and the first graduate. */
export async function demoTokens(issuer: { sign(claims: { sub: string; role: string; org?: string }): Promise<string> }) {
  return {
    "staff (staff-demo)": await issuer.sign({ sub: STAFF.sub, role: "staff" }),
    "operator (operator-demo)": await issuer.sign({ sub: OPERATOR.sub, role: "operator" }),
    "recruiter (r1-demo, org r1)": await issuer.sign({ sub: "r1-demo", role: "recruiter", org: "r1" }),
    "organiser (organiser-demo)": await issuer.sign({ sub: ORGANISER.sub, role: "organiser" }),
    "graduate (g000001)": await issuer.sign({ sub: "g000001", role: "graduate" }),
  };
}

/** Someone the development issuer's sign-in page offers (the demo's people, by role). */
export interface DemoUser {
  readonly sub: string;
  readonly role: "graduate" | "recruiter" | "organiser" | "staff" | "operator";
  readonly org?: string;
  readonly name: string;
}

/** The demo's people, as the development issuer's sign-in page lists them. */
export function demoUsers(today: string): DemoUser[] {
  const graduates = generateGraduates(DEMO_SEED, 3, today).map((g) => ({ sub: g.id, role: "graduate" as const, name: g.name }));
  return [
    ...graduates,
    { sub: "r1-demo", role: "recruiter", org: "r1", name: "Perekrut r1" },
    { sub: ORGANISER.sub, role: "organiser", name: "Penyelenggara BP3MI Jakarta" },
    { sub: STAFF.sub, role: "staff", name: "Petugas PPKD" },
    { sub: OPERATOR.sub, role: "operator", name: "Operator Jalur" },
  ];
}
