import { defaultTaxonomy, type Importance, type Requirement } from "@jalur/domain";
import { useCase } from "../platform/principal.ts";
import { db } from "../service.ts";
import type { DemandRowView } from "./contract.ts";

/**
 * Demand and supply counters for the staff report: what open vacancies ask for (per skill,
 * minimum level, country and importance) against how many consenting graduates hold each
 * skill with verified, valid evidence (per level). Counters change in the same transaction as
 * what they count.
 */
export interface CounterDelta {
  readonly kind: "demand" | "supply";
  readonly skill: string;
  readonly bucket: string;
  readonly count: number;
  readonly openings: number;
}

const level = (r: Requirement) =>
  r.minLevel ?? (r.minScore !== undefined ? String(r.minScore) : (r.welding?.positions.join("+") ?? "-"));
const demandBucket = (country: string, r: Requirement) => `${country}|${r.importance}|${level(r)}`;

/** The demand a published vacancy adds (sign 1) or removes (sign -1). */
export function demandOf(
  v: { country: string; openings: number; requirements: readonly Requirement[] },
  sign: 1 | -1,
): CounterDelta[] {
  return v.requirements.map((r) => ({
    kind: "demand",
    skill: r.skill,
    bucket: demandBucket(v.country, r),
    count: sign,
    openings: sign * v.openings,
  }));
}

/** Nets deltas on the same counter, dropping the ones that cancel out. */
export function net(deltas: readonly CounterDelta[]): CounterDelta[] {
  const byKey = new Map<string, CounterDelta>();
  for (const d of deltas) {
    const k = `${d.kind}|${d.skill}|${d.bucket}`;
    const prev = byKey.get(k);
    byKey.set(k, prev ? { ...prev, count: prev.count + d.count, openings: prev.openings + d.openings } : d);
  }
  return [...byKey.values()].filter((d) => d.count !== 0 || d.openings !== 0);
}

/** A row of the demand report (the API's `DemandRow`). */
export type DemandRow = DemandRowView;

/** Access pattern: the demand report (two Queries on the counter partitions). Staff only. */
export const demandReport = useCase(["staff"], async (deps, _actor, country?: string): Promise<DemandRow[]> => {
  const c = db(deps).counter;
  const [{ data: demand }, { data: supply }] = await Promise.all([
    c.query.byKind({ kind: "demand" }).go({ pages: "all" }),
    c.query.byKind({ kind: "supply" }).go({ pages: "all" }),
  ]);
  const holdersAtLeast = (skill: string, minimum: string) => {
    const s = defaultTaxonomy.skill(skill);
    const min = s?.kind === "scale" ? defaultTaxonomy.levelRank(skill, minimum) : s?.kind === "score" ? Number(minimum) : 0;
    return supply
      .filter((x) => x.skill === skill && Number(x.bucket) >= (Number.isFinite(min) ? min : 0))
      .reduce((n, x) => n + x.count, 0);
  };
  return demand
    .filter((d) => d.count > 0)
    .map((d) => {
      const [where = "", importance = "", minimum = ""] = d.bucket.split("|");
      const holders = holdersAtLeast(d.skill, minimum);
      return {
        skill: d.skill,
        label: defaultTaxonomy.skill(d.skill)?.label,
        country: where,
        importance: importance as Importance, // the bucket is written from a requirement's importance
        minimum,
        vacancies: d.count,
        openings: d.openings,
        holders,
        shortfall: Math.max(0, d.openings - holders),
      };
    })
    .filter((r) => !country || r.country === country)
    .sort(
      (a, b) =>
        b.shortfall - a.shortfall ||
        b.openings - a.openings ||
        a.skill.localeCompare(b.skill) ||
        a.country.localeCompare(b.country),
    );
});
