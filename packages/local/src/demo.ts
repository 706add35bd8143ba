import {
  addCredential,
  createRecruiter,
  createVacancy,
  type Deps,
  getGraduate,
  type Principal,
  publishVacancy,
  registerGraduate,
  reviewCredential,
  reviewLicence,
  setConsent,
  VacancyInput,
} from "@jalur/core";
import { dateInZone } from "@jalur/domain";
import { generateGraduates, generateRecruiters, generateVacancies } from "@jalur/domain/fixtures";

export const DEMO_SEED = 2026;
const STAFF: Principal = { sub: "staff-demo", role: "staff" };

/**
 * Seeds a demo Jakarta through the real use cases (so every index, counter and queue message
 * is as in production): licensed recruiters, graduates of the five PPKD with reviewed
 * credentials and consent, and published vacancies whose matches the workers then compute.
 * Does nothing when the demo is already there (a restart with --data-dir).
 */
export async function seedDemo(
  deps: Deps,
  options: { graduates: number; vacancies: number },
): Promise<{ graduates: number; vacancies: number; skipped: boolean }> {
  const today = dateInZone(deps.now());
  const graduates = generateGraduates(DEMO_SEED, options.graduates, today);
  if (graduates.length > 0 && (await getGraduate(deps, graduates[0]!.id).catch(() => undefined)))
    return { graduates: 0, vacancies: 0, skipped: true };

  const recruiters = generateRecruiters(DEMO_SEED, today);
  for (const r of recruiters) {
    await createRecruiter(deps, { name: r.name, kind: r.kind, ...(r.licence ? { licence: r.licence } : {}) }, r.id);
    if (r.licence) await reviewLicence(deps, STAFF.sub, r.id, true);
  }
  for (const g of graduates) {
    await registerGraduate(deps, g.id, {
      name: g.name,
      birthDate: g.birthDate,
      ppkd: g.ppkd,
      kecamatan: g.kecamatan,
      language: g.language,
      nik: g.nik,
      phone: g.phone,
    });
    await setConsent(deps, g.id, true);
    for (const { id: _id, verification, ...c } of g.credentials) {
      const added = await addCredential(deps, g.id, { ...c, evidenceRef: `demo://${g.id}/${c.number}` });
      if (verification === "verified") await reviewCredential(deps, STAFF.sub, g.id, added.id, { verification: "verified" });
    }
  }
  const vacancies = generateVacancies(DEMO_SEED, options.vacancies, recruiters, today);
  for (const v of vacancies) {
    const recruiter: Principal = { sub: `${v.recruiterId}-demo`, role: "recruiter", recruiterId: v.recruiterId };
    const { id: _id, recruiterId, ...input } = v;
    const draft = await createVacancy(deps, recruiterId, VacancyInput.parse(input));
    await publishVacancy(deps, recruiter, draft.vacancyId);
  }
  return { graduates: graduates.length, vacancies: vacancies.length, skipped: false };
}

/** Tokens for the demo's staff member, a recruiter of the first agency and the first graduate. */
export async function demoTokens(issuer: { sign(claims: { sub: string; role: string; org?: string }): Promise<string> }) {
  return {
    "staff (staff-demo)": await issuer.sign({ sub: STAFF.sub, role: "staff" }),
    "recruiter (r1-demo, org r1)": await issuer.sign({ sub: "r1-demo", role: "recruiter", org: "r1" }),
    "graduate (g000001)": await issuer.sign({ sub: "g000001", role: "graduate" }),
  };
}
