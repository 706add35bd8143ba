import type { Credential } from "./credentials.ts";
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
