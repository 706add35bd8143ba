import type { Deps } from "../platform/deps.ts";
import { absentIfNotFound, notFound } from "../platform/errors.ts";
import type { Actor } from "../platform/principal.ts";
import { type BoothItem, db, type FairItem } from "../service.ts";

/**
 * Who may act on a fair (DOMAIN "Who may act on what"): an organiser on the fairs they created
 * or were added to as co-organiser; a recruiter on its own booth; another organiser's fair is
 * read-only to them (a draft, invisible). Answers 404 for what the caller may not act on.
 */
export const organises = (actor: Actor, fair: Pick<FairItem, "organiserId" | "coOrganisers">) =>
  actor.role === "organiser" && (fair.organiserId === actor.sub || (fair.coOrganisers ?? []).includes(actor.sub));

export const runsBooth = (actor: Actor, fair: Pick<FairItem, "organiserId" | "coOrganisers">, recruiterId: string) =>
  organises(actor, fair) || (actor.role === "recruiter" && actor.recruiterId === recruiterId);

/** Access pattern: a fair by id (inside core). */
export async function getFair(deps: Deps, fairId: string): Promise<FairItem> {
  const { data } = await db(deps).fair.get({ fairId }).go();
  if (!data) throw notFound("fair", fairId);
  return data;
}

/** A fair the caller may see: drafts only to their organisers. */
export async function visibleFair(deps: Deps, actor: Actor, fairId: string): Promise<FairItem> {
  const fair = await getFair(deps, fairId);
  if (fair.state === "draft" && !organises(actor, fair)) throw notFound("fair", fairId);
  return fair;
}

/** A fair the caller organises; any other answers 404. */
export async function fairToRun(deps: Deps, actor: Actor, fairId: string): Promise<FairItem> {
  const fair = await getFair(deps, fairId).catch(absentIfNotFound);
  if (!fair || !organises(actor, fair)) throw notFound("fair", fairId);
  return fair;
}

/** Access pattern: one booth (by fair and recruiter), inside core. */
export async function getBooth(deps: Deps, fairId: string, recruiterId: string): Promise<BoothItem> {
  const { data } = await db(deps).booth.get({ fairId, recruiterId }).go();
  if (!data) throw notFound("booth", `${fairId}/${recruiterId}`);
  return data;
}

/** A booth the caller runs (its recruiter, or an organiser of the fair), with its fair; any other answers 404. */
export async function boothToRun(
  deps: Deps,
  actor: Actor,
  fairId: string,
  recruiterId: string,
): Promise<{ fair: FairItem; booth: BoothItem }> {
  const fair = await getFair(deps, fairId).catch(absentIfNotFound);
  if (!fair || !runsBooth(actor, fair, recruiterId)) throw notFound("booth", `${fairId}/${recruiterId}`);
  return { fair, booth: await getBooth(deps, fairId, recruiterId) };
}

/** Access pattern: a fair's booths (a fair has at most a few hundred). */
export async function boothsOf(deps: Deps, fairId: string): Promise<BoothItem[]> {
  const { data } = await db(deps).booth.query.byFair({ fairId }).go({ pages: "all" });
  return data;
}
