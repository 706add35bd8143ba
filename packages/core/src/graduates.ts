import {
  addDays,
  Credential,
  credentialProblems,
  defaultTaxonomy,
  IsoDateSchema,
  validThrough,
  WeldingQualification,
} from "@jalur/domain";
import { type PpkdCity as City, PPKD } from "@jalur/domain/fixtures";
import { z } from "zod";
import { db, type GraduateItem, isConditionFailure } from "./db.ts";
import type { Deps } from "./deps.ts";
import { AppError, notFound } from "./errors.ts";
import { removeGraduateMatches } from "./matching.ts";
import { enqueue, enqueueAll } from "./queue.ts";
import { committed, versionConflict } from "./transactions.ts";

export const PpkdCity = z.enum(Object.keys(PPKD) as [City, ...City[]]);

export const GraduateProfileInput = z.object({
  name: z.string().trim().min(2).max(120),
  birthDate: IsoDateSchema,
  ppkd: PpkdCity,
  kecamatan: z.string().trim().max(80).optional(),
  language: z.enum(["id", "en"]).default("id"),
  nik: z
    .string()
    .regex(/^\d{16}$/, "NIK has 16 digits")
    .optional(),
  phone: z
    .string()
    .regex(/^\+62\d{8,13}$/, "Phone in international form, e.g. +6281234567890")
    .optional(),
  email: z.string().email().max(200).optional(),
});
export type GraduateProfileInput = z.infer<typeof GraduateProfileInput>;

export const CredentialInput = z.object({
  skill: z.string().min(1),
  level: z.string().optional(),
  score: z.number().optional(),
  welding: WeldingQualification.optional(),
  units: z.array(z.string()).max(50).optional(),
  issuer: z.string().trim().min(1).max(200),
  number: z.string().trim().min(1).max(100),
  issuedOn: IsoDateSchema,
  expiresOn: IsoDateSchema.optional(),
  lastConfirmedOn: IsoDateSchema.optional(),
  /** Where staff find the evidence (a scan's storage key, an issuer's verification URL). */
  evidenceRef: z.string().trim().min(1).max(500),
});
export type CredentialInput = z.infer<typeof CredentialInput>;

export const StoredCredential = Credential.extend({
  evidenceRef: z.string(),
  submittedAt: z.string(),
  reviewedBy: z.string().optional(),
  reviewedAt: z.string().optional(),
  reviewNote: z.string().optional(),
});
export type StoredCredential = z.infer<typeof StoredCredential>;

/** The graduate as the graduate sees it (everything); recruiters see `publicProfile`. */
export function graduateView(item: GraduateItem) {
  return {
    graduateId: item.graduateId,
    name: item.name,
    birthDate: item.birthDate,
    ppkd: item.ppkd,
    kecamatan: item.kecamatan,
    language: item.language,
    nik: item.nik,
    phone: item.phone,
    email: item.email,
    consent: item.consent,
    consentAt: item.consentAt,
    credentials: credentialsOf(item),
    notificationOptOut: [...(item.notificationOptOut ?? [])].sort(),
    version: item.version,
    createdAt: item.createdAt,
    updatedAt: item.updatedAt,
  };
}

export function credentialsOf(item: Pick<GraduateItem, "credentials">): StoredCredential[] {
  return (item.credentials ?? []) as StoredCredential[];
}

/** Access pattern: a graduate by id. */
export async function getGraduate(deps: Deps, graduateId: string): Promise<GraduateItem> {
  const { data } = await db(deps).graduate.get({ graduateId }).go({ attributes: undefined });
  if (!data) throw notFound("graduate", graduateId);
  return data;
}

/** Access pattern: graduates by id, in bulk (BatchGetItem, 100 keys per request, 8 in flight). */
export async function getGraduates(deps: Deps, graduateIds: readonly string[]): Promise<GraduateItem[]> {
  if (graduateIds.length === 0) return [];
  const { data, unprocessed } = await db(deps)
    .graduate.get(graduateIds.map((graduateId) => ({ graduateId })))
    .go({ concurrency: 8, preserveBatchOrder: false });
  if (unprocessed.length === 0) return data;
  return [
    ...data,
    ...(await getGraduates(
      deps,
      unprocessed.map((u) => u.graduateId),
    )),
  ];
}

/** The graduate's own profile, created at first sign-in with their token's subject as id. */
export async function registerGraduate(deps: Deps, graduateId: string, input: GraduateProfileInput): Promise<GraduateItem> {
  const now = deps.now().toISOString();
  try {
    const { data } = await db(deps)
      .graduate.create({ graduateId, ...input, consent: "none", credentials: [], createdAt: now, updatedAt: now })
      .go();
    return data as GraduateItem;
  } catch (error) {
    if (isConditionFailure(error))
      throw new AppError("conflict", "graduate_exists", "A profile already exists for this account.");
    throw error;
  }
}

export async function updateGraduateProfile(
  deps: Deps,
  graduateId: string,
  input: GraduateProfileInput,
  expectedVersion: number,
) {
  try {
    const { data } = await db(deps)
      .graduate.patch({ graduateId })
      .set({ ...input, updatedAt: deps.now().toISOString(), version: expectedVersion + 1 })
      .where((a, op) => op.eq(a.version, expectedVersion))
      .go({ response: "all_new" });
    await enqueue(deps, "match", { type: "graduate-changed", id: `graduate:${graduateId}:v${expectedVersion + 1}`, graduateId });
    return data as GraduateItem;
  } catch (error) {
    if (isConditionFailure(error)) {
      await getGraduate(deps, graduateId);
      throw versionConflict("The profile");
    }
    throw error;
  }
}

/**
 * Consent under UU PDP: explicit and withdrawable. Withdrawal hides the graduate from
 * recruiters at once: their holdings and matches are removed before this returns.
 */
export async function setConsent(deps: Deps, graduateId: string, given: boolean): Promise<GraduateItem> {
  const now = deps.now().toISOString();
  const graduate = await getGraduate(deps, graduateId);
  const { data } = await db(deps)
    .graduate.patch({ graduateId })
    .set({ consent: given ? "given" : "withdrawn", consentAt: now, updatedAt: now, version: graduate.version + 1 })
    .where((a, op) => op.eq(a.version, graduate.version))
    .go({ response: "all_new" })
    .catch((error) => {
      throw isConditionFailure(error) ? versionConflict("The profile") : error;
    });
  if (!given) await removeGraduateMatches(deps, graduateId);
  await enqueue(deps, "match", { type: "graduate-changed", id: `graduate:${graduateId}:v${graduate.version + 1}`, graduateId });
  return data as GraduateItem;
}

export async function setNotificationOptOut(deps: Deps, graduateId: string, optOut: readonly string[]): Promise<GraduateItem> {
  const graduate = await getGraduate(deps, graduateId);
  const { data } = await db(deps)
    .graduate.patch({ graduateId })
    .set({
      notificationOptOut: optOut.length > 0 ? [...optOut] : undefined,
      updatedAt: deps.now().toISOString(),
      version: graduate.version + 1,
    })
    .where((a, op) => op.eq(a.version, graduate.version))
    .go({ response: "all_new" })
    .catch((error) => {
      throw isConditionFailure(error) ? versionConflict("The profile") : error;
    });
  return data as GraduateItem;
}

/** A graduate adds a credential with its evidence; it waits, unverified, in their PPKD's queue. */
export async function addCredential(deps: Deps, graduateId: string, input: CredentialInput): Promise<StoredCredential> {
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
  if (credentialsOf(graduate).length >= 60)
    throw new AppError("unprocessable", "too_many_credentials", "A profile holds at most 60 credentials.");
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
}

/** Staff verify or reject a credential; the graduate's matches are then recomputed. */
export async function reviewCredential(
  deps: Deps,
  reviewer: string,
  graduateId: string,
  credentialId: string,
  decision: { verification: "verified" | "rejected"; note?: string },
): Promise<StoredCredential> {
  const graduate = await getGraduate(deps, graduateId);
  const credentials = credentialsOf(graduate);
  const current = credentials.find((c) => c.id === credentialId);
  if (!current) throw notFound("credential", credentialId);
  const now = deps.now().toISOString();
  const reviewed: StoredCredential = {
    ...current,
    verification: decision.verification,
    reviewedBy: reviewer,
    reviewedAt: now,
    ...(decision.note ? { reviewNote: decision.note } : {}),
  };
  // The first day it no longer counts: the daily sweep recomputes the holder's matches then.
  const through =
    decision.verification === "verified" ? validThrough(reviewed, defaultTaxonomy.skill(reviewed.skill)).date : undefined;
  const lapses = through ? addDays(through, 1) : undefined;
  const result = await db(deps)
    .service.transaction.write(({ graduate: g, credentialReview, credentialExpiry }) => [
      g
        .patch({ graduateId })
        .set({
          credentials: credentials.map((c) => (c.id === credentialId ? reviewed : c)),
          version: graduate.version + 1,
          updatedAt: now,
        })
        .where((a, op) => op.eq(a.version, graduate.version))
        .commit(),
      credentialReview.delete({ graduateId, credentialId }).commit(),
      ...(lapses ? [credentialExpiry.put({ date: lapses, graduateId, credentialId }).commit()] : []),
    ])
    .go();
  committed(result, "The profile");
  await enqueue(deps, "match", { type: "graduate-changed", id: `graduate:${graduateId}:v${graduate.version + 1}`, graduateId });
  return reviewed;
}

/** Access pattern: credentials waiting for review at one PPKD, oldest first. */
export async function credentialQueue(deps: Deps, ppkd: string, cursor: string | undefined, limit: number) {
  const { data, cursor: next } = await db(deps)
    .credentialReview.query.queue({ ppkd })
    .go({ cursor: cursor ?? null, limit });
  return { items: data, cursor: next ?? undefined };
}

/**
 * The daily expiry sweep: graduates whose credentials stop counting on `date` get their
 * matches recomputed. Access pattern: credential expiries by date.
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
