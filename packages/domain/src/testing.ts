import type { Credential } from "./credentials.ts";
import { addDays, type IsoDate } from "./dates.ts";
import type { GraduateForMatching, VacancyForMatching } from "./evaluate.ts";
import { Requirement, type RequirementInput } from "./requirements.ts";

/** Test-data builders with overrides (for this package's tests and the integration tests). */
export function aCredential(overrides: Partial<Credential> & Pick<Credential, "skill">): Credential {
  return {
    id: `cred-${overrides.skill}-${overrides.level ?? overrides.score ?? overrides.welding?.positions.join("+") ?? "x"}`,
    issuer: "PPKD Jakarta Timur",
    number: "CERT-0001",
    issuedOn: "2026-06-01",
    verification: "verified",
    ...overrides,
  };
}

export function aRequirement(overrides: Partial<RequirementInput> & Pick<RequirementInput, "skill">): Requirement {
  return Requirement.parse({ id: `req-${overrides.skill}`, importance: "required", ...overrides });
}

export function aGraduate(overrides: Partial<GraduateForMatching> = {}): GraduateForMatching {
  return { id: "grad-1", birthDate: "2000-03-15", credentials: [], ...overrides };
}

export function aVacancy(overrides: Partial<VacancyForMatching> = {}): VacancyForMatching {
  return { id: "vac-1", requirements: [], expectedStart: "2027-04-01", ...overrides };
}

/** 24 Nov 2026, 10:00 in Jakarta. */
export const NOW = new Date("2026-11-24T03:00:00Z");

/**
 * A lawful vacancy as the API takes it (Japan, SSW shipbuilding, P-to-P, employer-paid costs,
 * a job order), its dates counted from `today`. For integration tests and benches.
 */
export function aLawfulVacancyInput(today: IsoDate, overrides: Record<string, unknown> = {}) {
  return {
    title: "Welder, shipyard",
    country: "JP",
    sector: "shipbuilding",
    scheme: "P-to-P",
    program: "jp-ssw",
    openings: 10,
    salary: { amount: 260_000, currency: "JPY", period: "month" },
    costs: [{ item: "airfare", amount: { amount: 90_000, currency: "JPY" }, paidBy: "employer" }],
    jobOrderRef: "JO/JP/2026/1",
    applicationDeadline: addDays(today, 20),
    expectedStart: addDays(today, 90),
    requirements: [],
    ...overrides,
  };
}
