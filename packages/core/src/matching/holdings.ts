import { dateInZone, defaultTaxonomy, standingOn } from "@jalur/domain";
import { credentialsOf } from "../graduates/profile.ts";
import type { Deps } from "../platform/deps.ts";
import { type CreateMatchItem, db, type GraduateItem } from "../service.ts";

/** Padded so that index sort order is numeric order. */
const pad = (n: number, width: number) => String(Math.max(0, Math.round(n))).padStart(width, "0");

/** What a graduate holds for the matching index: verified, currently valid evidence, only with consent. */
export function holdingsOf(graduate: GraduateItem, now: Date): Map<string, string> {
  const holdings = new Map<string, string>();
  if (graduate.consent !== "given") return holdings;
  const today = dateInZone(now);
  for (const c of credentialsOf(graduate)) {
    const skill = defaultTaxonomy.skill(c.skill);
    if (!skill || c.verification !== "verified" || standingOn(c, skill, today) !== "valid") continue;
    const strength =
      skill.kind === "scale" ? defaultTaxonomy.levelRank(skill.code, c.level ?? "") : skill.kind === "score" ? (c.score ?? 0) : 0;
    const key = pad(strength, 3);
    const known = holdings.get(c.skill);
    if (!known || key > known) holdings.set(c.skill, key);
  }
  return holdings;
}

/** The skills whose holders may match a requirement: the skill itself and any equivalent one. */
export function skillsAnswering(skill: string): string[] {
  return [skill, ...defaultTaxonomy.equivalences.filter((e) => e.to.skill === skill).map((e) => e.from.skill)];
}

/** Access pattern: graduates holding a skill (with consent, verified, valid), page by page. */
export async function holdersOf(deps: Deps, skill: string): Promise<string[]> {
  const ids: string[] = [];
  let cursor: string | null = null;
  do {
    const page: { data: { graduateId: string }[]; cursor: string | null } = await db(deps)
      .holding.query.bySkill({ skill })
      .go({ cursor, attributes: ["graduateId"] });
    for (const h of page.data) ids.push(h.graduateId);
    cursor = page.cursor;
  } while (cursor);
  return ids;
}

/** Access pattern: a graduate's holdings. */
export async function holdingsStored(deps: Deps, graduateId: string) {
  const { data } = await db(deps).holding.query.byGraduate({ graduateId }).go({ pages: "all" });
  return data;
}

/**
 * Brings a graduate's holdings to `wanted`, each change in a transaction with its supply
 * counter and conditioned on what was read, so a concurrent or repeated recompute cannot
 * count twice (a lost race fails the message, which is retried from fresh state).
 */
export async function syncHoldings(
  deps: Deps,
  graduateId: string,
  current: readonly { skill: string; strength: string }[],
  wanted: ReadonlyMap<string, string>,
) {
  const d = db(deps);
  for (const h of current) {
    if (wanted.get(h.skill) === h.strength) continue;
    const result = await d.service.transaction
      .write(({ holding, counter }) => [
        holding
          .delete({ graduateId, skill: h.skill })
          .where((a, op) => op.eq(a.strength, h.strength))
          .commit(),
        counter.update({ kind: "supply", skill: h.skill, bucket: h.strength }).add({ count: -1, openings: 0 }).commit(),
      ])
      .go();
    if (result.canceled) throw new Error(`Holdings of ${graduateId} changed concurrently`);
  }
  for (const [skill, strength] of wanted) {
    if (current.some((h) => h.skill === skill && h.strength === strength)) continue;
    const result = await d.service.transaction
      .write(({ holding, counter }) => [
        holding.create({ graduateId, skill, strength }).commit(),
        counter.update({ kind: "supply", skill, bucket: strength }).add({ count: 1, openings: 0 }).commit(),
      ])
      .go();
    if (result.canceled) throw new Error(`Holdings of ${graduateId} changed concurrently`);
  }
}

/** Writes kept matches and deletes stale ones (25 per batch request, 8 in flight). */
export async function writeMatches(deps: Deps, items: CreateMatchItem[], stale: { vacancyId: string; graduateId: string }[]) {
  const m = db(deps).match;
  if (items.length > 0) await m.put(items).go({ concurrency: 8 });
  if (stale.length > 0) await m.delete(stale).go({ concurrency: 8 });
}

/** Access pattern: every match of a vacancy (to remove stale ones). */
export async function allMatchesOfVacancy(deps: Deps, vacancyId: string) {
  const { data } = await db(deps)
    .match.query.byPair({ vacancyId })
    .go({ pages: "all", attributes: ["graduateId", "eligible", "applicationState"] });
  return data;
}

/** Access pattern: every match of a graduate. */
export async function allMatchesOfGraduate(deps: Deps, graduateId: string) {
  const { data } = await db(deps)
    .match.query.forGraduate({ graduateId })
    .go({ pages: "all", attributes: ["vacancyId", "applicationState"] });
  return data;
}
