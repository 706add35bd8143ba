import { type Evaluation, evaluate, type Requirement, rankKey } from "@jalur/domain";
import { getGraduate, getGraduates } from "../graduates/profile.ts";
import type { Deps } from "../platform/deps.ts";
import { absentIfNotFound } from "../platform/errors.ts";
import type { Notify, VacancyCandidates } from "../platform/messages.ts";
import { noticesTo } from "../platform/notices.ts";
import { enqueueAll } from "../platform/queue.ts";
import { type CreateMatchItem, db, type GraduateItem, type VacancyItem } from "../service.ts";
import { getVacancies } from "../vacancies/vacancies.ts";
import { graduateForMatching, vacancyForMatching } from "./adapters.ts";
import {
  allMatchesOfGraduate,
  allMatchesOfVacancy,
  holdersOf,
  holdingsOf,
  holdingsStored,
  skillsAnswering,
  syncHoldings,
  writeMatches,
} from "./holdings.ts";

/**
 * The match worker's work (queue messages, not callers): every function recomputes from the
 * table's current state, so a redelivered or reordered message converges.
 */

/** Matches worth keeping: every gate passed and at most one required item missing (a near miss shows the gap). */
const MAX_MISSING_KEPT = 1;
const keep = (e: Evaluation) => e.gates.every((g) => g.ok) && e.missingRequired <= MAX_MISSING_KEPT;

/** Candidates per fan-out message: small enough for one worker to finish in a second or two. */
export const CANDIDATE_CHUNK = 250;

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

function matchNotices(vacancy: VacancyItem, graduates: GraduateItem[], evaluations: Map<string, Evaluation>): Notify[] {
  return graduates
    .filter((g) => evaluations.get(g.graduateId)?.eligible && !(g.notificationOptOut ?? []).includes("vacancy-match"))
    .flatMap((g) =>
      noticesTo(
        g.graduateId,
        vacancy.vacancyId,
        "vacancy-match",
        { title: vacancy.title, country: vacancy.country, score: String(evaluations.get(g.graduateId)?.score ?? "") },
        `/v1/vacancies/${vacancy.vacancyId}`,
        ["in-app"],
      ),
    );
}

/**
 * Recomputes every match of a vacancy, in two steps. Here: candidates come from the skill
 * index (holders of the skills its required items ask for, or its preferred ones when nothing
 * is required), never from a scan; matches of graduates no longer among them are removed; the
 * candidates are queued in chunks. Each chunk is evaluated by `evaluateVacancyCandidates`,
 * in parallel.
 */
export async function recomputeVacancyMatches(
  deps: Deps,
  vacancyId: string,
  messageId: string,
): Promise<{ candidates: number; removed: number; chunks: number }> {
  const { data: vacancy } = await db(deps).vacancy.get({ vacancyId }).go();
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
  const graduate = await getGraduate(deps, graduateId).catch(absentIfNotFound);
  const now = deps.now();
  const holdings = graduate ? holdingsOf(graduate, now) : new Map<string, string>();
  await syncHoldings(deps, graduateId, await holdingsStored(deps, graduateId), holdings);

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
