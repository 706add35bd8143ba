import { type PpkdCity as City, Credential, IsoDateSchema, line, measure, PPKD, WeldingQualification } from "@jalur/domain";
import { z } from "zod";

export const PpkdCity = z.enum(Object.keys(PPKD) as [City, ...City[]]);

export const GraduateProfileInput = z
  .object({
    name: line(120).pipe(z.string().min(2)),
    birthDate: IsoDateSchema,
    ppkd: PpkdCity,
    kecamatan: line(80).optional(),
    kelurahan: line(80).optional(),
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
  })
  .meta({
    id: "GraduateProfileInput",
    description: "A graduate's profile as they write it (NIK, phone and email are never shown to recruiters before they apply)",
    example: {
      name: "Rina Wulandari",
      birthDate: "2001-08-17",
      ppkd: "Jakarta Timur",
      kecamatan: "Cakung",
      language: "id",
      phone: "+6281234567890",
      email: "rina.wulandari@example.id",
    },
  });
export type GraduateProfileInput = z.infer<typeof GraduateProfileInput>;

/** Message types a graduate may switch off. */
export const OPTIONAL_NOTICES = ["vacancy-match", "application-status", "credential-reviewed", "fair-registration"] as const;
export type OptionalNotice = (typeof OPTIONAL_NOTICES)[number];

/**
 * A graduate's choice per message type and channel: `type` switches it off everywhere,
 * `type@in-app` only in the inbox, `type@external` only by email (or SMS when they have no email).
 */
export const NOTICE_OPT_OUTS = OPTIONAL_NOTICES.flatMap((n) => [n, `${n}@in-app`, `${n}@external`] as const);
export type NoticeOptOut = OptionalNotice | `${OptionalNotice}@in-app` | `${OptionalNotice}@external`;

/** Whether a graduate's choices keep a message of this type off this channel. */
export function optedOut(optOut: readonly string[] | undefined, type: string, channel: string): boolean {
  if (!optOut) return false;
  return optOut.includes(type) || optOut.includes(`${type}@${channel === "in-app" ? "in-app" : "external"}`);
}

export const CredentialInput = z
  .object({
    skill: z.string().min(1).max(80),
    level: z.string().max(40).optional(),
    score: measure(100_000).optional(),
    welding: WeldingQualification.optional(),
    units: z.array(z.string().max(40)).max(50).optional(),
    issuer: line(200),
    number: line(100),
    issuedOn: IsoDateSchema,
    expiresOn: IsoDateSchema.optional(),
    lastConfirmedOn: IsoDateSchema.optional(),
    /** Where staff find the evidence (a scan's storage key, an issuer's verification URL). */
    evidenceRef: line(500),
  })
  .meta({
    id: "CredentialInput",
    description: "A credential with where staff find its evidence; it waits unverified in the PPKD's review queue",
    example: {
      skill: "lang.ja.jlpt",
      level: "N4",
      issuer: "The Japan Foundation",
      number: "N4-2026-071234",
      issuedOn: "2026-08-28",
      evidenceRef: "evidence/rina/jlpt-n4.pdf",
    },
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
