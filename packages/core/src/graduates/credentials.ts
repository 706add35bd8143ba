import { addDays, credentialProblems, defaultTaxonomy, validThrough } from "@jalur/domain";
import type { Deps } from "../platform/deps.ts";
import { AppError, absentIfNotFound, committed, notFound } from "../platform/errors.ts";
import { noticesTo } from "../platform/notices.ts";
import { type PageRequest, pageOf, pageOptions } from "../platform/paging.ts";
import { useCase } from "../platform/principal.ts";
import { enqueueAll, intentOf } from "../platform/queue.ts";
import { db } from "../service.ts";
import { credentialsOf, getGraduate } from "./profile.ts";
import type { CredentialInput, StoredCredential } from "./schemas.ts";

/** A profile holds at most this many credentials (the item stays well under DynamoDB's 400 KB). */
export const MAX_CREDENTIALS = 60;

/** The graduate adds a credential with its evidence; it waits, unverified, in their PPKD's queue. */
export const addCredential = useCase(["graduate"], async (deps, actor, input: CredentialInput): Promise<StoredCredential> => {
  const graduateId = actor.sub;
  const credential: StoredCredential = {
    ...input,
    id: deps.newId(),
    verification: "pending",
    submittedAt: deps.now().toISOString(),
  };
  const problems = credentialProblems(credential, defaultTaxonomy);
  if (problems.length > 0) {
    throw new AppError(
      "validation",
      "invalid_credential",
      problems.join("; "),
      problems.map((message) => ({ path: "", message, code: "invalid_credential" })),
    );
  }
  const graduate = await getGraduate(deps, graduateId);
  if (credentialsOf(graduate).length >= MAX_CREDENTIALS)
    throw new AppError("unprocessable", "too_many_credentials", `A profile holds at most ${MAX_CREDENTIALS} credentials.`);
  const result = await db(deps)
    .service.transaction.write(({ graduate: g, credentialReview }) => [
      g
        .patch({ graduateId })
        .set({
          credentials: [...credentialsOf(graduate), credential],
          version: graduate.version + 1,
          updatedAt: credential.submittedAt,
        })
        .where((a, op) => op.eq(a.version, graduate.version))
        .commit(),
      credentialReview
        .create({
          graduateId,
          credentialId: credential.id,
          ppkd: graduate.ppkd,
          skill: credential.skill,
          submittedAt: credential.submittedAt,
        })
        .commit(),
    ])
    .go();
  committed(result, "The profile");
  return credential;
});

/** Staff of a training centre review that centre's graduates; staff without one (BP3MI) review any. */
const reviewsFor = (actor: { ppkd?: string }, ppkd: string) => !actor.ppkd || actor.ppkd === ppkd;

/**
 * Staff verify or reject a credential. The graduate is told (in the app and on their channels,
 * once per review, unless they switched these notices off) and their matches are recomputed.
 */
export const reviewCredential = useCase(
  ["staff"],
  async (
    deps,
    actor,
    graduateId: string,
    credentialId: string,
    decision: { verification: "verified" | "rejected"; note?: string },
  ): Promise<StoredCredential> => {
    const graduate = await getGraduate(deps, graduateId).catch(absentIfNotFound);
    const credentials = graduate ? credentialsOf(graduate) : [];
    const current = credentials.find((c) => c.id === credentialId);
    if (!graduate || !current || !reviewsFor(actor, graduate.ppkd)) throw notFound("credential", credentialId);
    const now = deps.now().toISOString();
    const reviewed: StoredCredential = {
      ...current,
      verification: decision.verification,
      reviewedBy: actor.sub,
      reviewedAt: now,
      ...(decision.note ? { reviewNote: decision.note } : {}),
    };
    // The first day it no longer counts: the daily sweep recomputes the holder's matches then.
    const through =
      decision.verification === "verified" ? validThrough(reviewed, defaultTaxonomy.skill(reviewed.skill)).date : undefined;
    const lapses = through ? addDays(through, 1) : undefined;
    const version = graduate.version + 1;
    const label = defaultTaxonomy.skill(reviewed.skill)?.label;
    const notices = noticesTo(
      graduateId,
      `${credentialId}:v${version}`,
      "credential-reviewed",
      {
        skill: label ? (graduate.language === "en" ? label.en : label.id) : reviewed.skill,
        number: reviewed.number,
        decision: reviewed.verification,
        ...(decision.note ? { note: decision.note } : {}),
      },
      "/v1/graduates/me",
    );
    const result = await db(deps)
      .service.transaction.write(({ graduate: g, credentialReview, credentialExpiry, intent }) => [
        g
          .patch({ graduateId })
          .set({
            credentials: credentials.map((c) => (c.id === credentialId ? reviewed : c)),
            version,
            updatedAt: now,
          })
          .where((a, op) => op.eq(a.version, graduate.version))
          .commit(),
        credentialReview.delete({ graduateId, credentialId }).commit(),
        ...(lapses ? [credentialExpiry.put({ date: lapses, graduateId, credentialId }).commit()] : []),
        // The work it implies commits with it: recompute the matches, tell the graduate.
        intent
          .put(intentOf(deps, "match", { type: "graduate-changed", id: `graduate:${graduateId}:v${version}`, graduateId }))
          .commit(),
        ...notices.map((n) => intent.put(intentOf(deps, "notify", n)).commit()),
      ])
      .go();
    committed(result, "The profile");
    return reviewed;
  },
);

/** Access pattern: credentials waiting for review at one PPKD, oldest first. */
export const credentialQueue = useCase(["staff"], async (deps, actor, ppkd: string, page: PageRequest) => {
  if (!reviewsFor(actor, ppkd))
    throw new AppError("forbidden", "other_ppkd", `You review the queue of ${actor.ppkd}, not ${ppkd}.`);
  const { data, cursor } = await db(deps).credentialReview.query.queue({ ppkd }).go(pageOptions(page));
  return pageOf(data, cursor);
});

/**
 * The daily expiry sweep (a schedule, not a caller): graduates whose credentials stop counting
 * on `date` get their matches recomputed. Access pattern: credential expiries by date.
 */
export async function queueExpiredCredentialHolders(deps: Deps, date: string): Promise<number> {
  const { data } = await db(deps).credentialExpiry.query.byDate({ date }).go({ pages: "all" });
  const graduates = [...new Set(data.map((e) => e.graduateId))];
  await enqueueAll(
    deps,
    "match",
    graduates.map((graduateId) => ({ type: "graduate-changed" as const, id: `expiry:${date}:${graduateId}`, graduateId })),
  );
  return graduates.length;
}
