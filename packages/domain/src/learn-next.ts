import type { Credential } from "./credentials.ts";
import { dateInZone } from "./dates.ts";
import { type EvaluateOptions, evaluate, type GraduateForMatching, type VacancyForMatching } from "./evaluate.ts";
import type { Requirement } from "./requirements.ts";
import { defaultTaxonomy } from "./taxonomy-data.ts";
import type { Text } from "./text.ts";

/**
 * ★ What to learn next: the one credential (a skill at a level, or a score, or a welding test)
 * that would make the graduate eligible for the most open vacancies they now miss for that
 * reason alone, with those vacancies. Computed from their evaluations: a vacancy counts when
 * every other requirement and every age rule already passes and exactly one required item is
 * not met (met only by unverified evidence does not count: that one is waiting for review, not
 * to be learned). Each candidate is the least a requirement asks ("JLPT N4"); it is added to the
 * graduate's credentials as verified and every such vacancy evaluated again, so a candidate is
 * only offered for vacancies it really opens (a higher level opens lower asks too).
 */
export interface LearnNext {
  readonly skill: string;
  readonly level?: string;
  readonly score?: number;
  /** The requirement's own words for it ("JLPT N4 atau lebih tinggi"). */
  readonly needed: Text;
  /** The vacancies it would open, in the order given. */
  readonly opens: readonly string[];
}

/** The least credential that meets a requirement, as the graduate would hold it once verified. */
function leastCredentialFor(requirement: Requirement, today: string): Credential {
  const welding = requirement.welding;
  return {
    id: `learn-next:${requirement.id}`,
    skill: requirement.skill,
    ...(requirement.minLevel ? { level: requirement.minLevel } : {}),
    ...(requirement.minScore !== undefined ? { score: requirement.minScore } : {}),
    ...(welding
      ? {
          welding: {
            positions: [...welding.positions],
            ...(welding.thicknessMm !== undefined ? { thicknessMm: { min: 0, max: welding.thicknessMm } } : {}),
            ...(welding.pipeOdMm !== undefined ? { pipeOdMinMm: welding.pipeOdMm } : {}),
            ...(welding.materialGroup ? { materialGroups: [welding.materialGroup] } : {}),
          },
        }
      : {}),
    ...(requirement.units ? { units: [...requirement.units] } : {}),
    issuer: "-",
    number: "-",
    issuedOn: today,
    verification: "verified",
  };
}

export function whatToLearnNext(
  graduate: GraduateForMatching,
  vacancies: readonly VacancyForMatching[],
  now: Date,
  options: EvaluateOptions = {},
): LearnNext | undefined {
  const taxonomy = options.taxonomy ?? defaultTaxonomy;
  const today = dateInZone(now, options.timeZone);
  // Vacancies missed for one reason alone, with that reason.
  const missedForOne = vacancies.flatMap((vacancy) => {
    const evaluation = evaluate(graduate, vacancy, now, options);
    if (evaluation.eligible || !evaluation.gates.every((g) => g.ok)) return [];
    const missing = evaluation.lines.filter(
      (l) => l.importance === "required" && l.outcome !== "met" && l.outcome !== "met_expires_before_start",
    );
    if (missing.length !== 1 || missing[0]?.outcome !== "not_met") return [];
    const requirement = vacancy.requirements.find((r) => r.id === missing[0]?.requirementId);
    return requirement && taxonomy.skill(requirement.skill) ? [{ vacancy, requirement, needed: missing[0].needed }] : [];
  });
  let best: LearnNext | undefined;
  const tried = new Set<string>();
  for (const { requirement, needed } of missedForOne) {
    const candidate = leastCredentialFor(requirement, today);
    const key = JSON.stringify([candidate.skill, candidate.level, candidate.score, candidate.welding, candidate.units]);
    if (tried.has(key)) continue;
    tried.add(key);
    const learned: GraduateForMatching = { ...graduate, credentials: [...graduate.credentials, candidate] };
    const opens = missedForOne.filter((m) => evaluate(learned, m.vacancy, now, options).eligible).map((m) => m.vacancy.id);
    if (opens.length === 0) continue;
    const easier =
      best !== undefined &&
      opens.length === best.opens.length &&
      best.skill === candidate.skill &&
      candidate.level !== undefined &&
      best.level !== undefined &&
      taxonomy.levelRank(candidate.skill, candidate.level) < taxonomy.levelRank(best.skill, best.level);
    if (!best || opens.length > best.opens.length || easier)
      best = {
        skill: candidate.skill,
        ...(candidate.level ? { level: candidate.level } : {}),
        ...(candidate.score !== undefined ? { score: candidate.score } : {}),
        needed,
        opens,
      };
  }
  return best;
}
