import type { Deps } from "../../platform/deps.ts";
import { type PageRequest, pageOf, pageOptions } from "../../platform/paging.ts";
import { useCase } from "../../platform/principal.ts";
import { isConditionFailure } from "../../platform/table.ts";
import { db, type FairRequestItem } from "../../service.ts";
import { boothToRun, organises } from "../access.ts";
import { peopleAtFair } from "./disclosed.ts";

/**
 * Access pattern: a booth's registrants (its interview requests), by graduate: the booth's
 * recruiter and the fair's organisers. Each shows the graduate's name and PPKD (audited) or
 * why it is withheld. A recruiter does not see registrations an organiser imported until the
 * graduate confirms them.
 */
export const registrantsOfBooth = useCase(
  ["recruiter", "organiser"],
  async (deps, actor, fairId: string, recruiterId: string, page: PageRequest) => {
    const { fair } = await boothToRun(deps, actor, fairId, recruiterId);
    const { data, cursor } = await db(deps).fairRequest.query.byBooth({ fairId, recruiterId }).go(pageOptions(deps, page));
    const people = await peopleAtFair(
      deps,
      actor,
      fair,
      data.map((r) => r.graduateId),
      `name in the registrants of booth ${recruiterId} at fair ${fairId}`,
    );
    return pageOf(
      deps,
      data.filter((r) => !people.hidesId(r.graduateId)).map((r) => ({ ...r, graduate: people.summary(r.graduateId) })),
      cursor,
    );
  },
);

/** The booth's recruiter (or the fair's organisers) mark or unmark registrants for the shortlist; the scheduler favours them. */
export const setShortlist = useCase(
  ["recruiter", "organiser"],
  async (deps, actor, fairId: string, recruiterId: string, graduateIds: readonly string[], shortlisted: boolean) => {
    const { fair } = await boothToRun(deps, actor, fairId, recruiterId);
    // The booth cannot see, so cannot shortlist, a graduate an organiser registered who has not confirmed.
    const seesAll = organises(actor, fair);
    const notRegistered: string[] = [];
    let updated = 0;
    for (const graduateId of new Set(graduateIds)) {
      try {
        const patch = db(deps).fairRequest.patch({ fairId, graduateId, recruiterId }).set({ shortlisted });
        await (seesAll ? patch : patch.where((a, op) => `${op.notExists(a.confirmed)} OR ${op.eq(a.confirmed, true)}`)).go();
        updated++;
      } catch (error) {
        if (!isConditionFailure(error)) throw error;
        notRegistered.push(graduateId);
      }
    }
    return { updated, notRegistered };
  },
);

/** Every request at a booth (the waitlist's source; bounded by the booth's registrants). */
export async function allRequestsOfBooth(deps: Deps, fairId: string, recruiterId: string): Promise<FairRequestItem[]> {
  const { data } = await db(deps).fairRequest.query.byBooth({ fairId, recruiterId }).go({ pages: "all" });
  return data;
}

/** Access pattern: every request at a fair (the scheduler's input; read by the worker only). */
export async function allRequestsOfFair(deps: Deps, fairId: string): Promise<FairRequestItem[]> {
  const { data } = await db(deps).fairRequest.query.byFair({ fairId }).go({ pages: "all" });
  return data;
}
