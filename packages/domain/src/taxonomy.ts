import { z } from "zod";
import type { Text } from "./text.ts";

/**
 * The skill taxonomy: what a credential can certify and how two credentials compare. It is
 * data (validated by `TaxonomyData`), versioned, and passed to the rules, so a new test, scheme
 * or welding position is added without changing code.
 */
const TextSchema = z.object({ id: z.string().min(1), en: z.string().min(1) });

const Base = {
  code: z.string().regex(/^[a-z0-9][a-z0-9.-]*$/),
  family: z.enum(["language", "welding", "competency", "hospitality", "care", "sector-test", "driving", "safety", "other"]),
  label: TextSchema,
  /** Validity from the issue date when the certificate states no expiry (e.g. EPS-TOPIK 24, BNSP 36). */
  validityMonths: z.number().int().positive().optional(),
  /** A qualification lapses unless confirmed this often (ISO 9606-1: every 6 months). */
  confirmationMonths: z.number().int().positive().optional(),
};

export const ScaleSkill = z.object({
  ...Base,
  kind: z.literal("scale"),
  /** Ordered from the easiest to the hardest level. */
  levels: z.array(z.object({ code: z.string().min(1), label: TextSchema })).min(1),
});
export const ScoreSkill = z.object({
  ...Base,
  kind: z.literal("score"),
  min: z.number(),
  max: z.number(),
});
export const WeldingSkill = z.object({
  ...Base,
  kind: z.literal("welding"),
  /** ISO 4063 process number. */
  process: z.string().regex(/^\d{2,3}$/),
  aliases: z.array(z.string()),
});
export const CertificateSkill = z.object({
  ...Base,
  kind: z.literal("certificate"),
  /** Who issues it, for staff checking evidence (BNSP via a licensed LSP, a test body...). */
  issuer: z.string(),
});
export const Skill = z.discriminatedUnion("kind", [ScaleSkill, ScoreSkill, WeldingSkill, CertificateSkill]);
export type Skill = z.infer<typeof Skill>;
export type ScaleSkill = z.infer<typeof ScaleSkill>;

export const WeldingPosition = z.object({
  code: z.string().regex(/^(plate|pipe)-[1-6][GF]$/),
  form: z.enum(["plate", "pipe"]),
  label: TextSchema,
  /** Positions this test position directly qualifies besides itself; coverage is the transitive closure. */
  covers: z.array(z.string()),
});
export type WeldingPosition = z.infer<typeof WeldingPosition>;

/** "A held at level L counts as B at level M", optionally only for some programmes (visas). */
export const Equivalence = z.object({
  from: z.object({ skill: z.string(), level: z.string() }),
  to: z.object({ skill: z.string(), level: z.string() }),
  programs: z.array(z.string()).optional(),
  note: TextSchema,
});
export type Equivalence = z.infer<typeof Equivalence>;

export const TaxonomyData = z.object({
  version: z.string(),
  skills: z.array(Skill),
  weldingPositions: z.array(WeldingPosition),
  equivalences: z.array(Equivalence),
});
export type TaxonomyData = z.infer<typeof TaxonomyData>;

export interface Taxonomy {
  readonly version: string;
  skill(code: string): Skill | undefined;
  readonly skills: readonly Skill[];
  /** 0-based rank of a level on a scale skill, -1 if the level is unknown. */
  levelRank(skillCode: string, level: string): number;
  levelLabel(skillCode: string, level: string): Text | undefined;
  position(code: string): WeldingPosition | undefined;
  /** Every position a test in `tested` qualifies, itself included. */
  positionsCoveredBy(tested: string): ReadonlySet<string>;
  readonly equivalences: readonly Equivalence[];
}

/** Validates taxonomy data and indexes it. Throws on unknown references or a cyclic table. */
export function createTaxonomy(input: TaxonomyData): Taxonomy {
  return indexTaxonomy(TaxonomyData.parse(input));
}

/**
 * Indexes taxonomy data whose shape is already known good (the built-in table, type-checked at
 * build time and schema-checked by its test): the reference and cycle checks still run, the
 * schema parse does not, which keeps it out of every Lambda cold start.
 */
export function indexTaxonomy(data: TaxonomyData): Taxonomy {
  const skills = new Map(data.skills.map((s) => [s.code, s]));
  if (skills.size !== data.skills.length) throw new Error("Duplicate skill codes in taxonomy");
  const positions = new Map(data.weldingPositions.map((p) => [p.code, p]));
  for (const p of data.weldingPositions) {
    for (const c of p.covers) if (!positions.has(c)) throw new Error(`Position ${p.code} covers unknown ${c}`);
  }
  for (const e of data.equivalences) {
    for (const side of [e.from, e.to]) {
      const s = skills.get(side.skill);
      if (s?.kind !== "scale" || !s.levels.some((l) => l.code === side.level)) {
        throw new Error(`Equivalence refers to unknown ${side.skill} ${side.level}`);
      }
    }
  }
  const closure = new Map<string, Set<string>>();
  const cover = (code: string, path: string[]): Set<string> => {
    const known = closure.get(code);
    if (known) return known;
    if (path.includes(code)) throw new Error(`Cyclic welding coverage through ${code}`);
    const set = new Set([code]);
    for (const c of positions.get(code)?.covers ?? []) for (const x of cover(c, [...path, code])) set.add(x);
    closure.set(code, set);
    return set;
  };
  for (const code of positions.keys()) cover(code, []);

  const scale = (code: string) => {
    const s = skills.get(code);
    return s?.kind === "scale" ? s : undefined;
  };
  return {
    version: data.version,
    skills: data.skills,
    skill: (code) => skills.get(code),
    levelRank: (code, level) => scale(code)?.levels.findIndex((l) => l.code === level) ?? -1,
    levelLabel: (code, level) => scale(code)?.levels.find((l) => l.code === level)?.label,
    position: (code) => positions.get(code),
    positionsCoveredBy: (tested) => closure.get(tested) ?? new Set(),
    equivalences: data.equivalences,
  };
}
