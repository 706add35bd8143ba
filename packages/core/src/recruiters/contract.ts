import { z } from "zod";

/**
 * What the recruiters' use cases answer, as the API documents them (each a named component).
 * The use cases declare these as their return types, so the code and the document cannot drift.
 */

const instant = z.iso.datetime().describe("ISO 8601 date-time (UTC)");
const day = z.iso.date().describe("Calendar date YYYY-MM-DD");

export const LicenceView = z
  .object({
    number: z.string().describe("SIP3MI number"),
    validFrom: day,
    validUntil: day,
    verified: z.boolean().describe("False until staff verify it; a P3MI publishes only with a verified, valid licence"),
    reviewedBy: z.string().optional().describe("The staff member who last reviewed it (subject)"),
    reviewedAt: instant.optional(),
  })
  .meta({ id: "Licence", description: "A placement company's SIP3MI licence" });
export type LicenceView = z.infer<typeof LicenceView>;

export const RecruiterView = z
  .object({
    recruiterId: z.string().describe("The organisation's id: its recruiters' tokens name it"),
    name: z.string(),
    kind: z.enum(["p3mi", "government"]).describe("A licensed placement company (P3MI) or a government body"),
    licence: LicenceView.optional(),
    licenceReview: z.literal("pending").optional().describe("Present while a licence waits for staff"),
    version: z.number().int().min(1),
    createdAt: instant,
    updatedAt: instant,
  })
  .meta({
    id: "Recruiter",
    description: "A recruiter organisation and its licence",
    example: {
      recruiterId: "0193f7b0-2a4c-7e61-8d3b-5f9a0c1e2d34",
      name: "PT Jalur Samudra Tenaga Kerja",
      kind: "p3mi",
      licence: { number: "SIP3MI/2025/0412", validFrom: "2025-03-01", validUntil: "2030-02-28", verified: false },
      licenceReview: "pending",
      version: 1,
      createdAt: "2026-11-25T03:00:00.000Z",
      updatedAt: "2026-11-25T03:00:00.000Z",
    },
  });
export type RecruiterView = z.infer<typeof RecruiterView>;

export const MemberView = z
  .object({
    recruiterId: z.string(),
    sub: z.string().describe("The member's subject in the identity provider"),
    name: z.string(),
    email: z.string().optional(),
    addedAt: instant,
  })
  .meta({ id: "Member", description: "A person who acts for a recruiter organisation" });
export type MemberView = z.infer<typeof MemberView>;
