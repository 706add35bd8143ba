import type { GraduateForMatching, Requirement, VacancyForMatching } from "@jalur/domain";
import { credentialsOf } from "../graduates/profile.ts";
import type { GraduateItem, VacancyItem } from "../service.ts";

/** The stored graduate as the domain's matching rules read it. */
export function graduateForMatching(g: GraduateItem): GraduateForMatching {
  return { id: g.graduateId, birthDate: g.birthDate, credentials: credentialsOf(g) };
}

/** The stored vacancy as the domain's matching rules read it. */
export function vacancyForMatching(v: VacancyItem): VacancyForMatching {
  return {
    id: v.vacancyId,
    program: v.program,
    requirements: v.requirements as Requirement[],
    ageMin: v.ageMin,
    ageMax: v.ageMax,
    expectedStart: v.expectedStart,
  };
}
