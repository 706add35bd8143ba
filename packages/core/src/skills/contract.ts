import { ScaleSkill } from "@jalur/domain";
import { z } from "zod";

/** The answer of the public skill search: what a client needs to pick a code. */

const Text = z.object({ id: z.string().describe("Bahasa Indonesia"), en: z.string().describe("English") });

export const SkillView = z
  .object({
    code: z.string().describe("The code to send as `skill` in credentials, requirements and the vacancy filter"),
    label: Text,
    family: ScaleSkill.shape.family,
    kind: z
      .enum(["scale", "score", "welding", "certificate"])
      .describe("scale: ordered levels; score: a number in a range; welding: process and positions; certificate: held or not"),
    levels: z
      .array(z.object({ code: z.string(), label: Text }))
      .optional()
      .describe("Scale skills only: the levels, easiest first (JLPT N5 … N1); send one as `level` or `minLevel`"),
    match: z
      .enum(["code", "code_prefix", "alias", "word", "substring", "fuzzy", "partial"])
      .optional()
      .describe("How it matched `q`, best first; absent when listing without `q`"),
  })
  .meta({ id: "Skill" });
export type SkillView = z.infer<typeof SkillView>;

export const SkillPage = z
  .object({
    items: z.array(SkillView),
    total: z.number().int().describe("How many skills match in all (the whole taxonomy without `q`)"),
    next: z.number().int().optional().describe("Pass back as ?offset= for the next page; absent on the last page"),
    version: z.string().describe("The taxonomy version the answer comes from"),
  })
  .meta({ id: "SkillPage" });
export type SkillPage = z.infer<typeof SkillPage>;
