import {
  dateInZone,
  defaultTaxonomy,
  type Evaluation,
  evaluate,
  type GraduateForMatching,
  type Requirement,
  standingOn,
  type VacancyForMatching,
} from "@jalur/domain";
import { type CreateMatchItem, db, type GraduateItem, type MatchItem, type VacancyItem } from "./db.ts";
import type { Deps } from "./deps.ts";
import { credentialsOf, getGraduate, getGraduates } from "./graduates.ts";
import type { Notify, VacancyCandidates } from "./messages.ts";
import { enqueueAll } from "./queue.ts";

/** Matches worth keeping: every gate passed and at most one required item missing (a near miss shows the gap). */
const MAX_MISSING_KEPT = 1;

/** Padded so that index sort order is numeric order. */
const pad = (n: number, width: number) => String(Math.max(0, Math.round(n))).padStart(width, "0");

/** Best first when sorted ascending: eligible, fewer missing, fewer renewals, higher score, then id. */
export function rankKey(
  e: Pick<Evaluation, "eligible" | "missingRequired" | "renewalsBeforeStart" | "score">,
  tieBreak: string,
): string {
  return `${e.eligible ? 0 : 1}.${pad(e.missingRequired, 2)}.${pad(e.renewalsBeforeStart, 2)}.${pad(1000 - e.score * 10, 4)}.${tieBreak}`;
}

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

export function graduateForMatching(g: GraduateItem): GraduateForMatching {
  return { id: g.graduateId, birthDate: g.birthDate, credentials: credentialsOf(g) };
}

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

/** The skills whose holders may match a requirement: the skill itself and any equivalent one. */
function skillsAnswering(skill: string): string[] {
  return [skill, ...defaultTaxonomy.equivalences.filter((e) => e.to.skill === skill).map((e) => e.from.skill)];
}

/** Access pattern: graduates holding a skill (with consent, verified, valid). */
async function holdersOf(deps: Deps, skill: string): Promise<string[]> {
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

function toMatchItem(
  e: Evaluation,
  vacancy: VacancyItem,
  graduate: GraduateItem,
  now: string,
  applicationState?: string,
): CreateMatchItem {
  return {
    vacancyId: vacancy.vacancyId,
    graduateId: graduate.graduateId,
    vacancyRank: rankKey(e, graduate.graduateId),
    graduateRank: rankKey(e, vacancy.vacancyId),
    eligible: e.eligible,
    score: e.score,
    missingRequired: e.missingRequired,
    renewalsBeforeStart: e.renewalsBeforeStart,
    lines: e.lines,
    gates: e.gates,
    vacancy: {
      title: vacancy.title,
      country: vacancy.country,
      sector: vacancy.sector,
      recruiterId: vacancy.recruiterId,
      applicationDeadline: vacancy.applicationDeadline,
      expectedStart: vacancy.expectedStart,
    },
    graduateName: graduate.name,
    ppkd: graduate.ppkd,
    ...(applicationState ? { applicationState } : {}),
    evaluatedOn: e.evaluatedOn,
    computedAt: now,
  };
}

const keep = (e: Evaluation) => e.gates.every((g) => g.ok) && e.missingRequired <= MAX_MISSING_KEPT;

async function writeMatches(deps: Deps, items: CreateMatchItem[], stale: { vacancyId: string; graduateId: string }[]) {
  const m = db(deps).match;
  if (items.length > 0) await m.put(items).go({ concurrency: 8 });
  if (stale.length > 0) await m.delete(stale).go({ concurrency: 8 });
}

function matchNotices(vacancy: VacancyItem, graduates: GraduateItem[], evaluations: Map<string, Evaluation>): Notify[] {
  return graduates
    .filter((g) => evaluations.get(g.graduateId)?.eligible && !(g.notificationOptOut ?? []).includes("vacancy-match"))
    .map((g) => ({
      type: "notify" as const,
      id: `vacancy-match:${vacancy.vacancyId}:${g.graduateId}:in-app`,
      recipientId: g.graduateId,
      channel: "in-app" as const,
      template: "vacancy-match",
      params: { title: vacancy.title, country: vacancy.country, score: String(evaluations.get(g.graduateId)?.score ?? "") },
      link: `/v1/vacancies/${vacancy.vacancyId}`,
    }));
}

/** Candidates per fan-out message: small enough for one worker to finish in a second or two. */
export const CANDIDATE_CHUNK = 250;

/**
 * Recomputes every match of a vacancy, in two steps. Here: candidates come from the skill
 * index (holders of the skills its required items ask for, or its preferred ones when nothing
 * is required), never from a scan; matches of graduates no longer among them are removed; the
 * candidates are queued in chunks. Each chunk is evaluated by `evaluateVacancyCandidates`,
 * in parallel. Both steps work from the table's current state, so repeats converge.
 */
export async function recomputeVacancyMatches(
  deps: Deps,
  vacancyId: string,
  messageId: string,
): Promise<{ candidates: number; removed: number; chunks: number }> {
  const d = db(deps);
  const { data: vacancy } = await d.vacancy.get({ vacancyId }).go();
  const existing = await allMatchesOfVacancy(deps, vacancyId);
  if (vacancy?.state !== "published") {
    await writeMatches(
      deps,
      [],
      existing.map((m) => ({ vacancyId, graduateId: m.graduateId })),
    );
    return { candidates: 0, removed: existing.length, chunks: 0 };
  }
  const requirements = vacancy.requirements as Requirement[];
  const required = requirements.filter((r) => r.importance === "required");
  const searchOn = required.length > 0 ? required : requirements;
  const ids = new Set<string>();
  for (const skill of new Set(searchOn.flatMap((r) => skillsAnswering(r.skill))))
    for (const id of await holdersOf(deps, skill)) ids.add(id);

  const stale = existing.filter((m) => !ids.has(m.graduateId)).map((m) => ({ vacancyId, graduateId: m.graduateId }));
  await writeMatches(deps, [], stale);
  const had = new Map(
    existing.map((m) => [
      m.graduateId,
      { eligible: m.eligible, ...(m.applicationState ? { applicationState: m.applicationState } : {}) },
    ]),
  );
  const all = [...ids].sort();
  const chunks: VacancyCandidates[] = [];
  for (let i = 0; i < all.length; i += CANDIDATE_CHUNK) {
    const graduateIds = all.slice(i, i + CANDIDATE_CHUNK);
    chunks.push({
      type: "vacancy-candidates",
      id: `${messageId}:chunk:${i / CANDIDATE_CHUNK}`,
      vacancyId,
      graduateIds,
      had: Object.fromEntries(graduateIds.filter((g) => had.has(g)).map((g) => [g, had.get(g)!])),
    });
  }
  await enqueueAll(deps, "match", chunks);
  return { candidates: all.length, removed: stale.length, chunks: chunks.length };
}

/**
 * Evaluates one chunk of a vacancy's candidates: keeps the matches worth keeping, removes the
 * ones that no longer are, and queues one "new vacancy for you" notice for each graduate who
 * becomes eligible (its id makes a repeat a no-op downstream).
 */
export async function evaluateVacancyCandidates(
  deps: Deps,
  chunk: VacancyCandidates,
): Promise<{ kept: number; removed: number; noticed: number }> {
  const { vacancyId } = chunk;
  const { data: vacancy } = await db(deps).vacancy.get({ vacancyId }).go();
  if (vacancy?.state !== "published") {
    const gone = Object.keys(chunk.had).map((graduateId) => ({ vacancyId, graduateId }));
    await writeMatches(deps, [], gone);
    return { kept: 0, removed: gone.length, noticed: 0 };
  }
  const graduates = (await getGraduates(deps, chunk.graduateIds)).filter((g) => g.consent === "given");
  const now = deps.now();
  const forMatching = vacancyForMatching(vacancy);
  const evaluations = new Map(graduates.map((g) => [g.graduateId, evaluate(graduateForMatching(g), forMatching, now)]));
  const kept = graduates.filter((g) => keep(evaluations.get(g.graduateId)!));
  const keptIds = new Set(kept.map((g) => g.graduateId));
  const items = kept.map((g) =>
    toMatchItem(evaluations.get(g.graduateId)!, vacancy, g, now.toISOString(), chunk.had[g.graduateId]?.applicationState),
  );
  const stale = Object.keys(chunk.had)
    .filter((g) => !keptIds.has(g))
    .map((graduateId) => ({ vacancyId, graduateId }));
  await writeMatches(deps, items, stale);
  const newlyEligible = kept.filter((g) => !chunk.had[g.graduateId]?.eligible);
  const notices = matchNotices(vacancy, newlyEligible, evaluations);
  await enqueueAll(deps, "notify", notices);
  return { kept: items.length, removed: stale.length, noticed: notices.length };
}

/**
 * Recomputes one graduate: their skill holdings (the matching index), then their matches with
 * open vacancies found through the vacancy-by-skill index. Without consent, everything goes.
 */
export async function recomputeGraduateMatches(
  deps: Deps,
  graduateId: string,
): Promise<{ kept: number; removed: number; noticed: number }> {
  const d = db(deps);
  const graduate = await getGraduate(deps, graduateId).catch(() => undefined);
  const now = deps.now();
  const holdings = graduate ? holdingsOf(graduate, now) : new Map<string, string>();
  const { data: current } = await d.holding.query.byGraduate({ graduateId }).go({ pages: "all" });
  await syncHoldings(deps, graduateId, current, holdings);

  const existing = await allMatchesOfGraduate(deps, graduateId);
  if (graduate?.consent !== "given") {
    await writeMatches(
      deps,
      [],
      existing.map((m) => ({ vacancyId: m.vacancyId, graduateId })),
    );
    return { kept: 0, removed: existing.length, noticed: 0 };
  }
  const vacancyIds = new Set<string>();
  for (const skill of holdings.keys()) {
    const { data } = await d.vacancySkill.query.bySkill({ skill }).go({ pages: "all", attributes: ["vacancyId"] });
    for (const v of data) vacancyIds.add(v.vacancyId);
  }
  const vacancies = await getVacancies(deps, [...vacancyIds]);
  const before = new Map(existing.map((m) => [m.vacancyId, m]));
  const items: CreateMatchItem[] = [];
  const notices: Notify[] = [];
  for (const vacancy of vacancies.filter((v) => v.state === "published")) {
    const e = evaluate(graduateForMatching(graduate), vacancyForMatching(vacancy), now);
    if (!keep(e)) continue;
    items.push(toMatchItem(e, vacancy, graduate, now.toISOString(), before.get(vacancy.vacancyId)?.applicationState));
    notices.push(...matchNotices(vacancy, [graduate], new Map([[graduateId, e]])));
  }
  const keptIds = new Set(items.map((i) => i.vacancyId));
  const stale = existing.filter((m) => !keptIds.has(m.vacancyId)).map((m) => ({ vacancyId: m.vacancyId, graduateId }));
  await writeMatches(deps, items, stale);
  await enqueueAll(deps, "notify", notices);
  return { kept: items.length, removed: stale.length, noticed: notices.length };
}

/**
 * Brings a graduate's holdings to `wanted`, each change in a transaction with its supply
 * counter and conditioned on what was read, so a concurrent or repeated recompute cannot
 * count twice (a lost race fails the message, which is retried from fresh state).
 */
async function syncHoldings(
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

/** Access pattern: vacancies by id, in bulk. */
export async function getVacancies(deps: Deps, vacancyIds: readonly string[]): Promise<VacancyItem[]> {
  if (vacancyIds.length === 0) return [];
  const { data } = await db(deps)
    .vacancy.get(vacancyIds.map((vacancyId) => ({ vacancyId })))
    .go({ concurrency: 4, preserveBatchOrder: false });
  return data;
}

async function allMatchesOfVacancy(deps: Deps, vacancyId: string) {
  const { data } = await db(deps)
    .match.query.byPair({ vacancyId })
    .go({ pages: "all", attributes: ["graduateId", "eligible", "applicationState"] });
  return data;
}

async function allMatchesOfGraduate(deps: Deps, graduateId: string) {
  const { data } = await db(deps)
    .match.query.forGraduate({ graduateId })
    .go({ pages: "all", attributes: ["vacancyId", "applicationState"] });
  return data;
}

/** Consent withdrawn: remove the graduate from every vacancy's candidates and from the index now. */
export async function removeGraduateMatches(deps: Deps, graduateId: string): Promise<void> {
  const d = db(deps);
  const existing = await allMatchesOfGraduate(deps, graduateId);
  await writeMatches(
    deps,
    [],
    existing.map((m) => ({ vacancyId: m.vacancyId, graduateId })),
  );
  const { data: holdings } = await d.holding.query.byGraduate({ graduateId }).go({ pages: "all" });
  await syncHoldings(deps, graduateId, holdings, new Map());
}

export type MatchView = Omit<MatchItem, "vacancyRank" | "graduateRank">;
const view = ({ vacancyRank: _v, graduateRank: _g, ...rest }: MatchItem): MatchView => rest;

/** Access pattern: a graduate's matches, best first (one Query on gsi2). */
export async function matchesForGraduate(deps: Deps, graduateId: string, cursor: string | undefined, limit: number) {
  const { data, cursor: next } = await db(deps)
    .match.query.forGraduate({ graduateId })
    .go({ cursor: cursor ?? null, limit });
  return { items: data.map(view), cursor: next ?? undefined };
}

/** Access pattern: a vacancy's candidates, best first (one Query on gsi1). */
export async function candidatesForVacancy(deps: Deps, vacancyId: string, cursor: string | undefined, limit: number) {
  const { data, cursor: next } = await db(deps)
    .match.query.forVacancy({ vacancyId })
    .go({ cursor: cursor ?? null, limit });
  return { items: data.map(view), cursor: next ?? undefined };
}

/** Access pattern: one graduate's match for one vacancy. */
export async function getMatch(deps: Deps, vacancyId: string, graduateId: string): Promise<MatchItem | undefined> {
  const { data } = await db(deps).match.get({ vacancyId, graduateId }).go();
  return data ?? undefined;
}
