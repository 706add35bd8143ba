import { z } from "zod";
import { measure } from "./bounds.ts";
import { unknownSkill } from "./skill-search.ts";
import type { Taxonomy } from "./taxonomy.ts";

export const Importance = z.enum(["required", "preferred"]);
export type Importance = z.infer<typeof Importance>;

export const Requirement = z.object({
  id: z.string().min(1).max(40),
  skill: z.string().min(1).max(80),
  importance: Importance,
  /** Scale skills: the lowest acceptable level ("N4 or better"). */
  minLevel: z.string().max(40).optional(),
  /** Score skills: the lowest acceptable score (EPS-TOPIK's pass mark of the round). */
  minScore: measure(100_000).optional(),
  /** Welding: positions the job needs (all of them), and optionally thickness, pipe size, material. */
  welding: z
    .object({
      positions: z.array(z.string().max(20)).min(1).max(12),
      thicknessMm: measure(1000).positive().optional(),
      pipeOdMm: measure(10_000).positive().optional(),
      materialGroup: z.string().max(20).optional(),
    })
    .optional(),
  /** Competency units that must appear on the certificate. */
  units: z.array(z.string().max(40)).max(50).optional(),
  /** Weight of a preferred item (1–10). Required items are gates and carry a fixed weight. */
  weight: z.number().int().min(1).max(10).default(1),
});
export type Requirement = z.infer<typeof Requirement>;
export type RequirementInput = z.input<typeof Requirement>;

export function requirementProblems(requirement: Requirement, taxonomy: Taxonomy): string[] {
  const skill = taxonomy.skill(requirement.skill);
  if (!skill) return [unknownSkill(requirement.skill, taxonomy).text.en];
  const problems: string[] = [];
  if (skill.kind === "scale") {
    if (!requirement.minLevel) problems.push(`${skill.code} needs a minimum level`);
    else if (taxonomy.levelRank(skill.code, requirement.minLevel) < 0)
      problems.push(`Level ${requirement.minLevel} is not on the ${skill.code} scale`);
  }
  if (skill.kind === "score" && requirement.minScore === undefined) problems.push(`${skill.code} needs a minimum score`);
  if (skill.kind === "welding") {
    if (!requirement.welding) problems.push("A welding requirement needs positions");
    else for (const p of requirement.welding.positions) if (!taxonomy.position(p)) problems.push(`Unknown welding position ${p}`);
  }
  return problems;
}
