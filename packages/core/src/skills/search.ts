import { defaultTaxonomy, searchSkillPage, unknownSkill } from "@jalur/domain";
import { AppError } from "../platform/errors.ts";
import { publicUseCase } from "../platform/principal.ts";
import type { SkillPage } from "./contract.ts";

export interface SkillQuery {
  /** What the caller typed: a code, a test's name ("JLPT"), a label word in either language. */
  readonly q?: string;
  /** 1–50 (the domain bounds it too). */
  readonly limit: number;
  readonly offset?: number;
}

/**
 * Public: the skills matching `q`, best first (exact code, code prefix, alias, label word,
 * substring, typo), or without `q` the whole taxonomy in its own order, a page at a time. The
 * taxonomy is in memory: nothing is read.
 */
export const findSkills = publicUseCase(async (_deps, _actor, query: SkillQuery): Promise<SkillPage> => {
  const offset = query.offset ?? 0;
  const { items, total } = searchSkillPage(query.q, { limit: query.limit, offset });
  const next = offset + items.length;
  return { items, total, ...(items.length > 0 && next < total ? { next } : {}), version: defaultTaxonomy.version };
});

/** A 400 for a skill code the taxonomy does not know, naming the nearest codes in both languages. */
export function unknownSkillError(code: string, path = "skill"): AppError {
  const { text, suggestions } = unknownSkill(code);
  return new AppError("validation", "unknown_skill", text, [{ path, code: "unknown_skill", message: text.en, suggestions }]);
}
