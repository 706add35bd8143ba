import { Verification, WeldingQualification } from "@jalur/domain";
import { z } from "zod";
import { NOTICE_OPT_OUTS, PpkdCity } from "./schemas.ts";

/**
 * What the graduates' use cases answer, as the API documents them (each a named component).
 * The use cases declare these as their return types, so the code and the document cannot drift.
 */

const instant = z.iso.datetime().describe("ISO 8601 date-time (UTC)");
const day = z.iso.date().describe("Calendar date YYYY-MM-DD");

export const CredentialView = z
  .object({
    id: z.string().describe("The credential's id: staff review it at /v1/staff/credential-reviews/{graduateId}/{id}"),
    skill: z.string().describe("Taxonomy skill code, e.g. lang.ja.jlpt or weld.135"),
    level: z.string().optional().describe("For scale skills: the level held (JLPT N4, CEFR B1)"),
    score: z.number().optional().describe("For score skills: the score (EPS-TOPIK)"),
    welding: WeldingQualification.optional().describe("For welding: what the certificate qualifies"),
    units: z.array(z.string()).optional().describe("Competency units certified (SKKNI codes)"),
    issuer: z.string(),
    number: z.string().describe("The certificate's number"),
    issuedOn: day,
    expiresOn: day.optional().describe("Last day of validity as printed; absent: the taxonomy's validity applies"),
    lastConfirmedOn: day.optional().describe("Last 6-monthly confirmation of a welding qualification"),
    verification: Verification.describe("pending until staff of the graduate's PPKD review it"),
    evidenceRef: z.string().describe("Where staff find the evidence (a scan's storage key, an issuer's URL)"),
    submittedAt: instant,
    reviewedBy: z.string().optional().describe("The reviewing staff member (subject)"),
    reviewedAt: instant.optional(),
    reviewNote: z.string().optional(),
  })
  .meta({ id: "Credential", description: "A credential with its evidence and review state" });
export type CredentialView = z.infer<typeof CredentialView>;

export const GraduateProfileView = z
  .object({
    graduateId: z.string().describe("The graduate's id: their token's subject"),
    name: z.string(),
    birthDate: day,
    ppkd: PpkdCity.describe("The training centre (PPKD) whose staff review the credentials"),
    kecamatan: z.string().optional(),
    kelurahan: z.string().optional(),
    language: z.enum(["id", "en"]).describe("Language of notices and messages"),
    nik: z.string().optional().describe("National identity number; never shown to recruiters"),
    phone: z.string().optional(),
    email: z.string().optional(),
    consent: z
      .enum(["given", "withdrawn", "none"])
      .describe("UU PDP consent to share the profile with recruiters and organisers; none until first given"),
    consentAt: instant.optional().describe("When consent was last given or withdrawn"),
    credentials: z.array(CredentialView),
    notificationOptOut: z
      .array(z.enum(NOTICE_OPT_OUTS))
      .describe("Message types switched off, sorted: `type` everywhere, `type@in-app` or `type@external` on one channel"),
    version: z.number().int().min(1).describe("Send it back to edit the profile (optimistic locking)"),
    createdAt: instant,
    updatedAt: instant,
  })
  .meta({
    id: "GraduateProfile",
    description: "The graduate's own profile, with every credential (only the graduate sees this)",
    example: {
      graduateId: "auth0|6650a1c2e4b0f1a2b3c4d5e6",
      name: "Rina Wulandari",
      birthDate: "2001-08-17",
      ppkd: "Jakarta Timur",
      kecamatan: "Cakung",
      language: "id",
      phone: "+6281234567890",
      email: "rina.wulandari@example.id",
      consent: "given",
      consentAt: "2026-11-20T02:15:00.000Z",
      credentials: [
        {
          id: "0193f7a2-5c1e-7d4b-9a2f-3e8c1b6d4a10",
          skill: "lang.ja.jlpt",
          level: "N4",
          issuer: "The Japan Foundation",
          number: "N4-2026-071234",
          issuedOn: "2026-08-28",
          verification: "verified",
          evidenceRef: "evidence/rina/jlpt-n4.pdf",
          submittedAt: "2026-11-20T02:20:00.000Z",
          reviewedBy: "staff-jaktim-01",
          reviewedAt: "2026-11-21T04:00:00.000Z",
        },
      ],
      notificationOptOut: [],
      version: 4,
      createdAt: "2026-11-20T02:10:00.000Z",
      updatedAt: "2026-11-21T04:00:00.000Z",
    },
  });
export type GraduateProfileView = z.infer<typeof GraduateProfileView>;

export const CredentialReviewView = z
  .object({
    graduateId: z.string(),
    credentialId: z.string(),
    ppkd: PpkdCity,
    skill: z.string(),
    submittedAt: instant,
  })
  .meta({
    id: "CredentialReview",
    description: "A credential waiting for review; decide at /v1/staff/credential-reviews/{graduateId}/{credentialId}",
  });
export type CredentialReviewView = z.infer<typeof CredentialReviewView>;

export const DataReadView = z
  .object({
    graduateId: z.string(),
    at: instant,
    reader: z.string().describe("Who read (their subject)"),
    role: z.enum(["graduate", "recruiter", "organiser", "staff", "operator"]).describe("The reader's role"),
    recruiterId: z.string().optional().describe("The reader's organisation, when a recruiter read"),
    what: z.string().describe("What was read, and through which list or record"),
  })
  .meta({ id: "DataRead", description: "One read of the graduate's personal data by someone else (UU PDP audit)" });
export type DataReadView = z.infer<typeof DataReadView>;

/**
 * What recruiters and organisers may see of a graduate (see `disclosure.ts`): `disclosed` tells
 * which. Fields that hold a named schema carry no description of their own (a described copy
 * would lose its reference in the document): their parent's description says it.
 */
export const DisclosedGraduateView = z
  .object({
    disclosed: z.literal(true),
    name: z.string(),
    ppkd: PpkdCity,
  })
  .meta({ id: "DisclosedGraduate", description: "Name and PPKD of a consenting graduate (the read is audited)" });
export type DisclosedGraduateView = z.infer<typeof DisclosedGraduateView>;

export const WithheldView = z
  .object({
    disclosed: z.literal(false),
    reason: z
      .enum(["consent-withdrawn", "awaiting-confirmation"])
      .describe("Consent withdrawn, or registered by an organiser and not yet confirmed by the graduate"),
  })
  .meta({ id: "WithheldGraduate", description: "Nothing of the graduate is shown" });
export type WithheldView = z.infer<typeof WithheldView>;

export const GraduateSummaryView = z
  .union([DisclosedGraduateView, WithheldView])
  .meta({ id: "GraduateSummary", description: "A graduate in a list a recruiter or organiser reads" });
export type GraduateSummaryView = z.infer<typeof GraduateSummaryView>;

export const GraduateContactView = z
  .union([
    z
      .object({
        disclosed: z.literal(true),
        name: z.string(),
        ppkd: PpkdCity,
        phone: z.string().optional(),
        email: z.string().optional(),
      })
      .meta({
        id: "DisclosedContact",
        description: "Contact details through an application the graduate made (never the NIK; the read is audited)",
      }),
    WithheldView,
  ])
  .meta({ id: "GraduateContact", description: "The applicant's contact details, or why they are withheld" });
export type GraduateContactView = z.infer<typeof GraduateContactView>;
