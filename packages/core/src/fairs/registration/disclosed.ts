import { type GraduateSummary, summariesFor } from "../../graduates/disclosure.ts";
import type { Deps } from "../../platform/deps.ts";
import type { Principal } from "../../platform/principal.ts";
import { db, type FairItem } from "../../service.ts";
import { organises } from "../access.ts";

/** Access pattern: graduates' registrations at a fair (BatchGet): who has not confirmed an organiser's import. */
async function unconfirmedAmong(deps: Deps, fairId: string, graduateIds: readonly string[]): Promise<Set<string>> {
  const ids = [...new Set(graduateIds)].filter((g) => g !== "-");
  if (ids.length === 0) return new Set();
  const { data } = await db(deps)
    .fairRegistration.get(ids.map((graduateId) => ({ fairId, graduateId })))
    .go({ concurrency: 4, preserveBatchOrder: false });
  const confirmed = new Set(data.filter((r) => r.confirmed !== false).map((r) => r.graduateId));
  // No registration at all (an interview without one) counts as not confirmed: nothing is shown.
  return new Set(ids.filter((g) => !confirmed.has(g)));
}

export interface FairPeople {
  /** Name and PPKD, or why they are withheld. */
  summary(graduateId: string): GraduateSummary | undefined;
  /** The booth does not even learn the id of a graduate who has not confirmed an organiser's import. */
  hidesId(graduateId: string): boolean;
}

/**
 * What a booth's recruiter or a fair's organiser may see of the graduates at a fair: the
 * disclosure rules (consent, audit) plus the fair's own: a registration an organiser imported
 * shows nothing until the graduate confirms it, read from the registration itself.
 */
export async function peopleAtFair(
  deps: Deps,
  reader: Principal,
  fair: FairItem,
  graduateIds: readonly string[],
  what: string,
): Promise<FairPeople> {
  const unconfirmed = await unconfirmedAmong(deps, fair.fairId, graduateIds);
  const who = await summariesFor(deps, reader, graduateIds, what, unconfirmed);
  const organiser = organises(reader, fair);
  return {
    summary: (graduateId) => who.get(graduateId),
    hidesId: (graduateId) => !organiser && unconfirmed.has(graduateId),
  };
}
