import { z } from "zod";
import { fair } from "../entities.ts";
import type { OUTCOMES } from "../interviews/entities.ts";
import { Tally } from "../schedule/contract.ts";

/**
 * What the fair report answers, as a schema: the API documents it as a named component and
 * `fairReport` declares it as its return type. Aggregates only: no graduate appears in it.
 */

export const REPORT_DIMENSIONS = ["vacancy", "country", "skill"] as const;

const Count = z.number().int().min(0);

/** One count per outcome the code knows (a new outcome that is not listed here is a compile error). */
const byOutcome = {
  offer: Count.optional(),
  reject: Count.optional(),
  "next-round": Count.optional(),
} satisfies Record<(typeof OUTCOMES)[number], z.ZodType>;

export const OutcomeCounts = z
  .object(byOutcome)
  .meta({ id: "OutcomeCounts", description: "Interviews by recorded outcome (an outcome nobody recorded is absent)" });
export type OutcomeCounts = z.infer<typeof OutcomeCounts>;

const ByValue = (what: string) => z.record(z.string(), OutcomeCounts).describe(what);

export const FairReport = z
  .object({
    fairId: z.string(),
    name: z.string(),
    state: z.enum(fair.attributes.state.type),
    publishedVersion: z.string().optional().describe("The published schedule version; absent until published"),
    registrations: Count.describe("Graduates registered (themselves or by an organiser's import)"),
    interviews: z
      .object({
        requested: Count,
        scheduled: Count,
        shortlistedRequested: Count,
        shortlistedScheduled: Count,
        candidatesRequesting: Count,
        candidatesWithInterview: Count,
        perBooth: z.record(z.string(), Tally).describe("By booth (recruiter id)"),
      })
      .optional()
      .describe("Requested vs scheduled, from the published schedule's job; absent until a schedule is published"),
    attended: Count.describe("Interviews checked in"),
    noShows: Count.describe("Booked interviews nobody checked in for"),
    cancellations: Count.describe("Interviews the graduate cancelled"),
    outcomes: z
      .object({
        vacancy: ByValue("By vacancy id"),
        country: ByValue("By destination country (ISO code)"),
        skill: ByValue("By required skill"),
      })
      .describe("Recorded outcomes, counted once per vacancy, country and required skill the interview was for"),
  })
  .meta({
    id: "FairReport",
    description:
      "A fair's report for its organisers and staff: registrations, requested vs scheduled interviews, attendance, no-shows, cancellations, outcomes by vacancy, country and skill",
  });
export type FairReport = z.infer<typeof FairReport>;
