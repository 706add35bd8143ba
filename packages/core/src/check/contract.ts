import { PlacementScheme } from "@jalur/domain";
import { z } from "zod";
import { ViolationView } from "../vacancies/contract.ts";

/**
 * What the public reads of recruiters and the official check answer. Only what is public about
 * an organisation (its name, kind and SIP3MI licence) and about a vacancy: never a person.
 */

const day = z.iso.date().describe("Calendar date YYYY-MM-DD");
const instant = z.iso.datetime().describe("ISO 8601 date-time (UTC)");

export const LicenceStanding = z
  .enum(["licensed", "pending", "rejected", "expired", "not_yet_valid", "no_licence", "government"])
  .describe(
    "licensed: verified and valid today; pending: waiting for staff; rejected: staff refused it; expired / not_yet_valid: outside its dates; no_licence: a P3MI without one; government: a government body (G-to-G), no SIP3MI needed",
  );
export type LicenceStanding = z.infer<typeof LicenceStanding>;

export const PublicRecruiterView = z
  .object({
    recruiterId: z.string(),
    name: z.string(),
    kind: z.enum(["p3mi", "government"]),
    licence: z
      .object({
        number: z.string().describe("SIP3MI number as the organisation wrote it"),
        validFrom: day,
        validUntil: day,
        verified: z.boolean().describe("Checked by staff"),
      })
      .optional(),
    standing: LicenceStanding,
  })
  .meta({ id: "PublicRecruiter", description: "What anyone may know of a recruiter: its name, kind and licence" });
export type PublicRecruiterView = z.infer<typeof PublicRecruiterView>;

export const CheckedVacancyView = z
  .object({
    vacancyId: z.string(),
    title: z.string(),
    country: z.string(),
    sector: z.string(),
    scheme: PlacementScheme,
    /** published: open through Jalur; closed / filled: no longer open; refused: publishing was refused. */
    standing: z.enum(["published", "closed", "filled", "refused"]),
    applicationDeadline: day,
    recruiter: PublicRecruiterView.optional(),
    refusedAt: instant.optional(),
    /** The refusal's violations (refused), or the warnings it was published with. */
    violations: z.array(ViolationView),
  })
  .meta({ id: "CheckedVacancy", description: "A vacancy as the official check shows it" });
export type CheckedVacancyView = z.infer<typeof CheckedVacancyView>;

export const OfficialCheckView = z.discriminatedUnion("outcome", [
  z.object({
    outcome: z.literal("checked"),
    /** Organisations whose licence number is the query, then those whose name starts with it (≤ 10 each). */
    recruiters: z.array(PublicRecruiterView.extend({ matchedBy: z.enum(["licence", "name"]) })),
    /** The vacancy whose code the query holds, when it was published or refused through Jalur. */
    vacancy: CheckedVacancyView.optional(),
  }),
  z.object({
    outcome: z.literal("limited"),
    retryAfterSeconds: z.number().int().min(1),
  }),
]);
export type OfficialCheckView = z.infer<typeof OfficialCheckView>;
