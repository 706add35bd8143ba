import { z } from "zod";
import { GraduateContactView, GraduateSummaryView } from "../graduates/contract.ts";
import { ApplicationStateView } from "../matching/contract.ts";

/**
 * What the applications' use cases answer, as the API documents them (each a named component).
 * The use cases declare these as their return types, so the code and the document cannot drift.
 */

const instant = z.iso.datetime().describe("ISO 8601 date-time (UTC)");

export const ApplicationEventView = z
  .object({
    from: ApplicationStateView.optional(),
    to: ApplicationStateView,
    by: z.string().describe("Who moved it (their subject)"),
    role: z.enum(["graduate", "recruiter", "staff"]),
    at: instant,
    via: z.enum(["fair", "check-in"]).optional().describe("Applied through a fair registration, or by checking in at one"),
    note: z.string().optional(),
  })
  .meta({
    id: "ApplicationEvent",
    description: "One move of an application: who, when, from and to which state (no `from` on the first entry, applied)",
  });
export type ApplicationEventView = z.infer<typeof ApplicationEventView>;

export const ApplicationView = z
  .object({
    applicationId: z.string().describe("Read it at /v1/applications/{applicationId}; move it at …/transitions"),
    vacancyId: z.string(),
    graduateId: z.string(),
    recruiterId: z.string(),
    state: ApplicationStateView,
    applyAnyway: z.boolean().describe("Applied although not eligible: the recruiter sees it flagged"),
    eligibleAtApply: z.boolean(),
    scoreAtApply: z.number().min(0).max(100),
    vacancyTitle: z.string(),
    history: z.array(ApplicationEventView).describe("Oldest first"),
    appliedAt: instant,
    version: z.number().int().min(1),
    updatedAt: instant,
  })
  .meta({
    id: "Application",
    description: "A graduate's application to a vacancy, with its history",
    example: {
      applicationId: "0193f7c4-8e21-7a3d-b5c6-2d9e0f1a3b47~auth0|6650a1c2e4b0f1a2b3c4d5e6",
      vacancyId: "0193f7c4-8e21-7a3d-b5c6-2d9e0f1a3b47",
      graduateId: "auth0|6650a1c2e4b0f1a2b3c4d5e6",
      recruiterId: "0193f7b0-2a4c-7e61-8d3b-5f9a0c1e2d34",
      state: "applied",
      applyAnyway: false,
      eligibleAtApply: true,
      scoreAtApply: 100,
      vacancyTitle: "Welder (MAG), shipyard in Nagasaki",
      history: [{ to: "applied", by: "auth0|6650a1c2e4b0f1a2b3c4d5e6", role: "graduate", at: "2026-11-25T04:00:00.000Z" }],
      appliedAt: "2026-11-25T04:00:00.000Z",
      version: 1,
      updatedAt: "2026-11-25T04:00:00.000Z",
    },
  });
export type ApplicationView = z.infer<typeof ApplicationView>;

export const ApplicationDetailView = ApplicationView.extend({ graduate: GraduateContactView.optional() }).meta({
  id: "ApplicationDetail",
  description:
    "An application with its history. For the vacancy's recruiter only, `graduate`: the applicant's contact details (audited), or why they are withheld",
});
export type ApplicationDetailView = z.infer<typeof ApplicationDetailView>;

export const VacancyApplicationView = ApplicationView.extend({ graduate: GraduateSummaryView }).meta({
  id: "VacancyApplication",
  description:
    "An application in a vacancy's list, as its recruiter reads it; `graduate`: the applicant's name and PPKD (audited), or why they are withheld",
});
export type VacancyApplicationView = z.infer<typeof VacancyApplicationView>;
