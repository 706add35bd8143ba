import {
  addDays,
  credentialProblems,
  dateInZone,
  defaultTaxonomy,
  type PpkdCity,
  unknownSkill,
  validThrough,
} from "@jalur/domain";
import type { Deps } from "../platform/deps.ts";
import { AppError, absentIfNotFound, committed, notFound } from "../platform/errors.ts";
import { noticesTo } from "../platform/notices.ts";
import { type PageRequest, pageOf, pageOptions } from "../platform/paging.ts";
import { useCase } from "../platform/principal.ts";
import { enqueueAll, intentOf } from "../platform/queue.ts";
import { db } from "../service.ts";
import type { CredentialReviewView } from "./contract.ts";
import { credentialsOf, getGraduate } from "./profile.ts";
import type { CredentialInput, StoredCredential } from "./schemas.ts";

/** A profile holds at most this many credentials (the item stays well under DynamoDB's 400 KB). */
export const MAX_CREDENTIALS = 60;
/** And at most this much data, whatever the credentials hold. */
export const MAX_PROFILE_BYTES = 300_000;

/**
 * Dates no certificate carries: issued in the future, confirmed before its issue or in the
 * future. Each issue carries its text in both languages (`localizedIssue` shows the caller's);
 * the English is the message.
 */
export function implausibleDates(c: { issuedOn: string; lastConfirmedOn?: string; expiresOn?: string }, today: string) {
  const issue = (path: string, en: string, id: string) => ({
    path,
    message: en,
    code: "implausible_date",
    params: { text: { id, en } },
  });
  return [
    ...(c.issuedOn > today
      ? [
          issue(
            "issuedOn",
            `issuedOn ${c.issuedOn} is after today (${today})`,
            `Tanggal terbit ${c.issuedOn} setelah hari ini (${today})`,
          ),
        ]
      : []),
    ...(c.lastConfirmedOn && c.lastConfirmedOn < c.issuedOn
      ? [issue("lastConfirmedOn", "lastConfirmedOn is before issuedOn", "Tanggal konfirmasi sebelum tanggal terbit")]
      : []),
    ...(c.lastConfirmedOn && c.lastConfirmedOn > today
      ? [issue("lastConfirmedOn", `lastConfirmedOn is after today (${today})`, `Tanggal konfirmasi setelah hari ini (${today})`)]
      : []),
    ...(c.expiresOn && c.expiresOn <= c.issuedOn
      ? [issue("expiresOn", "expiresOn must be after issuedOn", "Tanggal berlaku sampai harus setelah tanggal terbit")]
      : []),
  ];
}

/** The graduate adds a credential with its evidence; it waits, unverified, in their PPKD's queue. */
export const addCredential = useCase(["graduate"], async (deps, actor, input: CredentialInput): Promise<StoredCredential> => {
  const graduateId = actor.sub;
  const credential: StoredCredential = {
    ...input,
    id: deps.newId(),
    verification: "pending",
    submittedAt: deps.now().toISOString(),
  };
  const unknown = defaultTaxonomy.skill(credential.skill) ? undefined : unknownSkill(credential.skill, defaultTaxonomy);
  const issues = [
    ...(unknown
      ? [
          {
            path: "skill",
            message: unknown.text.en,
            code: "unknown_skill",
            params: { text: unknown.text, suggestions: unknown.suggestions },
          },
        ]
      : credentialProblems(credential, defaultTaxonomy).map((message) => ({ path: "", message, code: "invalid_credential" }))),
    ...implausibleDates(credential, dateInZone(deps.now())),
  ];
  if (issues.length > 0) throw new AppError("validation", "invalid_credential", issues.map((i) => i.message).join("; "), issues);
  const graduate = await getGraduate(deps, graduateId);
  if (credentialsOf(graduate).length >= MAX_CREDENTIALS)
    throw new AppError("unprocessable", "too_many_credentials", `A profile holds at most ${MAX_CREDENTIALS} credentials.`);
  // DynamoDB refuses an item over 400 KB: refuse first, with a reason, well before that.
  if (JSON.stringify({ ...graduate, credentials: [...credentialsOf(graduate), credential] }).length > MAX_PROFILE_BYTES)
    throw new AppError("unprocessable", "profile_too_large", "This profile has no room for another credential this large.");
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
  const { data, cursor } = await db(deps).credentialReview.query.queue({ ppkd }).go(pageOptions(deps, page));
  const items: CredentialReviewView[] = data.map((r) => ({ ...r, ppkd: r.ppkd as PpkdCity })); // written from a profile
  return pageOf(deps, items, cursor);
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
