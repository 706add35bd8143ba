import { z } from "zod";
import { IsoDateSchema, identifier, line, measure } from "./bounds.ts";
import { addMonths, type IsoDate } from "./dates.ts";
import { unknownSkill } from "./skill-search.ts";
import type { Skill, Taxonomy } from "./taxonomy.ts";

export const Verification = z.enum(["verified", "pending", "rejected"]);
export type Verification = z.infer<typeof Verification>;

/** What a welding certificate says it qualifies (ISO 9606-1 / ASME IX / AWS D1.1 ranges). */
export const WeldingQualification = z.object({
  /** Test positions on the certificate, e.g. ["plate-3G", "plate-4G"]. */
  positions: z.array(z.string().max(20)).min(1).max(12),
  /** Qualified thickness range in mm; no max means unlimited. */
  thicknessMm: z.object({ min: measure(1000), max: measure(1000).positive().optional() }).optional(),
  /** Qualified for pipe of at least this outside diameter (mm). */
  pipeOdMinMm: measure(10_000).positive().optional(),
  /** Material groups (ISO/TR 15608) qualified. */
  materialGroups: z.array(z.string().max(20)).max(20).optional(),
});
export type WeldingQualification = z.infer<typeof WeldingQualification>;

export const Credential = z.object({
  id: identifier(64),
  skill: z.string().min(1).max(80),
  level: z.string().max(40).optional(),
  score: measure(100_000).optional(),
  welding: WeldingQualification.optional(),
  /** Competency units certified (SKKNI unit codes on a BNSP certificate). */
  units: z.array(z.string().max(40)).max(50).optional(),
  issuer: line(200),
  number: line(100),
  issuedOn: IsoDateSchema,
  /** Last day of validity as printed; when absent, the taxonomy's validity applies. */
  expiresOn: IsoDateSchema.optional(),
  /** Last 6-monthly confirmation of a welding qualification. */
  lastConfirmedOn: IsoDateSchema.optional(),
  verification: Verification,
});
export type Credential = z.infer<typeof Credential>;

/** Why a credential stops counting on a date. */
export type Lapse = "expired" | "unconfirmed";

/**
 * The last day a credential counts by its printed expiry, or by the taxonomy's validity from
 * the issue date (for welding: the 2–3 year revalidation). This is the date that can really
 * lapse before an expected start. Undefined when the credential does not expire.
 */
export function expiryDate(credential: Credential, skill: Skill | undefined): IsoDate | undefined {
  if (credential.expiresOn) return credential.expiresOn;
  return skill?.validityMonths ? addMonths(credential.issuedOn, skill.validityMonths) : undefined;
}

/**
 * The last day a qualification that needs periodic confirmation (ISO 9606-1 welding: every
 * 6 months) counts without its next confirmation, counted from the last confirmation (or the
 * issue date). Undefined for skills without a confirmation period.
 */
export function confirmationDue(credential: Credential, skill: Skill | undefined): IsoDate | undefined {
  if (!skill?.confirmationMonths) return undefined;
  const confirmedOn =
    credential.lastConfirmedOn && credential.lastConfirmedOn > credential.issuedOn
      ? credential.lastConfirmedOn
      : credential.issuedOn;
  return addMonths(confirmedOn, skill.confirmationMonths);
}

/**
 * The last date a credential counts as things stand today, and why it stops: the earlier of
 * its expiry (`expiryDate`) and, for welding, its next confirmation due date (an unconfirmed
 * qualification older than the confirmation period is expired). Use it for "does it count
 * today" and for scheduling the day it stops counting; use `lapsesBeforeStart` to check a
 * future start date, which does not project the confirmation forward.
 */
export function validThrough(credential: Credential, skill: Skill | undefined): { date?: IsoDate; reason?: Lapse } {
  const expiry = expiryDate(credential, skill);
  const due = confirmationDue(credential, skill);
  if (due !== undefined && (expiry === undefined || due < expiry)) return { date: due, reason: "unconfirmed" };
  return expiry !== undefined ? { date: expiry, reason: "expired" } : {};
}

/**
 * For evidence that counts today: the expiry date (`expiryDate`) when it falls before the
 * expected start, else undefined. The 6-monthly welding confirmation is deliberately not
 * checked here: it is checked against today only (`standingOn`), and one falling due before
 * the start is a reminder (`confirmationDueBeforeStart`), not a lapse (DOMAIN: credentials).
 */
export function lapsesBeforeStart(credential: Credential, skill: Skill | undefined, start: IsoDate): IsoDate | undefined {
  const expiry = expiryDate(credential, skill);
  return expiry !== undefined && expiry < start ? expiry : undefined;
}

/** The next confirmation due date when it falls before the expected start: "have it confirmed by …". */
export function confirmationDueBeforeStart(
  credential: Credential,
  skill: Skill | undefined,
  start: IsoDate,
): IsoDate | undefined {
  const due = confirmationDue(credential, skill);
  return due !== undefined && due < start ? due : undefined;
}

export type Standing = "valid" | "not_yet_valid" | Lapse;

export function standingOn(credential: Credential, skill: Skill | undefined, on: IsoDate): Standing {
  if (credential.issuedOn > on) return "not_yet_valid";
  const { date, reason } = validThrough(credential, skill);
  if (date && on > date) return reason ?? "expired";
  return "valid";
}

/** Problems with a credential's data against the taxonomy (unknown skill, level not on the scale...). */
export function credentialProblems(credential: Credential, taxonomy: Taxonomy): string[] {
  const skill = taxonomy.skill(credential.skill);
  if (!skill) return [unknownSkill(credential.skill, taxonomy).text.en];
  const problems: string[] = [];
  if (credential.expiresOn && credential.expiresOn < credential.issuedOn) problems.push("expiresOn is before issuedOn");
  switch (skill.kind) {
    case "scale":
      if (!credential.level) problems.push(`A ${skill.code} credential needs a level`);
      else if (taxonomy.levelRank(skill.code, credential.level) < 0)
        problems.push(`Level ${credential.level} is not on the ${skill.code} scale`);
      break;
    case "score":
      if (credential.score === undefined) problems.push(`A ${skill.code} credential needs a score`);
      else if (credential.score < skill.min || credential.score > skill.max)
        problems.push(`Score must be between ${skill.min} and ${skill.max}`);
      break;
    case "welding":
      if (!credential.welding) problems.push("A welding qualification needs its tested positions");
      else
        for (const p of credential.welding.positions) if (!taxonomy.position(p)) problems.push(`Unknown welding position ${p}`);
      break;
    case "certificate":
      break;
  }
  return problems;
}
