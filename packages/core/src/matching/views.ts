import type { ApplicationState, GateLine } from "@jalur/domain";
import { summariesFor } from "../graduates/disclosure.ts";
import type { Deps } from "../platform/deps.ts";
import { notFound } from "../platform/errors.ts";
import { type PageRequest, pageOf, pageOptions } from "../platform/paging.ts";
import { useCase } from "../platform/principal.ts";
import { db, type MatchItem } from "../service.ts";
import { ownVacancy } from "../vacancies/vacancies.ts";
import type { CandidateView, MatchView } from "./contract.ts";

/** A match as the graduate sees it: the vacancy, the score and every requirement line. */
function forGraduate(m: MatchItem): MatchView {
  const { vacancyRank: _v, graduateRank: _g, graduateName: _n, ppkd: _p, applicationState, ...rest } = m;
  return { ...rest, applicationState: applicationState as ApplicationState | undefined }; // written from the pipeline
}

/** Pages read at most for one filtered page of matches. */
const FILTERED_PAGES = 4;

/**
 * Access pattern: the caller's matches, best first (one Query on gsi2). With a country or
 * sector, the same Query read page by page (at most 4 pages of `limit`) and filtered, returning
 * what those pages held and the cursor after them: bounded reads, no index per filter.
 */
export const myMatches = useCase(
  ["graduate"],
  async (deps, actor, page: PageRequest, filter: { country?: string; sector?: string } = {}) => {
    const query = () => db(deps).match.query.forGraduate({ graduateId: actor.sub });
    if (!filter.country && !filter.sector) {
      const { data, cursor } = await query().go(pageOptions(deps, page));
      return pageOf(deps, data.map(forGraduate), cursor);
    }
    const wanted = (m: MatchItem) => {
      const v = m.vacancy as { country?: string; sector?: string };
      return (!filter.country || v.country === filter.country) && (!filter.sector || v.sector === filter.sector);
    };
    const items: MatchView[] = [];
    let { cursor } = pageOptions(deps, page);
    for (let read = 0; read < FILTERED_PAGES && items.length < page.limit; read++) {
      const out: { data: MatchItem[]; cursor: string | null } = await query().go({ cursor, limit: page.limit });
      items.push(...out.data.filter(wanted).map(forGraduate));
      cursor = out.cursor;
      if (!cursor) break;
    }
    return pageOf(deps, items, cursor);
  },
);

/**
 * Access pattern: a vacancy's candidates, best first (one Query on gsi1): its own recruiter
 * only. Graduates who withdrew consent are left out at once (their matches are being removed);
 * every name shown is recorded in the graduate's audit.
 */
export const candidatesForVacancy = useCase(["recruiter"], async (deps, actor, vacancyId: string, page: PageRequest) => {
  const { data, cursor } = await db(deps).match.query.forVacancy({ vacancyId }).go(pageOptions(deps, page));
  // Each match names its vacancy's organisation; an empty page needs the vacancy itself to tell.
  const owner = (data[0]?.vacancy as { recruiterId?: string } | undefined)?.recruiterId;
  if (owner === undefined) await ownVacancy(deps, actor, vacancyId);
  else if (owner !== actor.recruiterId) throw notFound("vacancy", vacancyId);
  const who = await summariesFor(
    deps,
    actor,
    data.map((m) => m.graduateId),
    `name in the candidate list of vacancy ${vacancyId}`,
  );
  const items = data.flatMap(
    ({ vacancyRank: _v, graduateRank: _g, graduateName: _n, ppkd: _p, vacancy: _vac, gates, applicationState, ...m }) => {
      const graduate = who.get(m.graduateId);
      // Gates say whether the age rules pass, not the graduate's age (derived from their birth date).
      const passed = (gates as GateLine[]).map(({ gate, ok }) => ({ gate, ok }));
      const state = applicationState as ApplicationState | undefined; // written from the pipeline
      return graduate?.disclosed ? [{ ...m, applicationState: state, gates: passed, graduate } satisfies CandidateView] : [];
    },
  );
  return pageOf(deps, items, cursor);
});

/** Access pattern: one graduate's match for one vacancy (inside core). */
export async function getMatch(deps: Deps, vacancyId: string, graduateId: string): Promise<MatchItem | undefined> {
  const { data } = await db(deps).match.get({ vacancyId, graduateId }).go();
  return data ?? undefined;
}
