import { z } from "zod";
import { GraduateSummaryView } from "../graduates/contract.ts";
import { fair } from "./entities.ts";
import { BoothInterview, utcInstant } from "./interviews/contract.ts";

/**
 * What the fair and booth use cases answer, as schemas: the API documents them as named
 * components (`.meta({ id })`) and the use cases declare them as their return types.
 */

const LocalTime = z.string().describe("A local time in the fair's zone, HH:MM (24-hour)");

export const FairCalendar = z
  .object({
    timeZone: z.string().describe("IANA time zone of the venue, e.g. Asia/Jakarta (WIB); every instant is stored in UTC"),
    firstDay: z.iso.date().describe("First day of the fair (local date)"),
    lastDay: z.iso.date().describe("Last day of the fair (local date)"),
    opens: LocalTime,
    closes: LocalTime,
    breaks: z
      .array(z.object({ start: LocalTime, end: LocalTime }))
      .describe("Daily breaks (lunch, prayers); no interview in them"),
    slotMinutes: z.number().int().describe("Length of an interview slot, minutes"),
  })
  .meta({ id: "FairCalendar", description: "The fair's days, opening hours, breaks and slot length, in its own time zone" });
export type FairCalendar = z.infer<typeof FairCalendar>;

export const Fair = z
  .object({
    fairId: z.string(),
    name: z.string(),
    venue: z.string(),
    calendar: FairCalendar,
    minGapMinutes: z.number().int().describe("Minimum minutes between two interviews of one candidate"),
    coverage: z
      .enum(fair.attributes.coverage.type)
      .describe(
        "How the scheduler trades coverage against priority: first (every coverable candidate gets an interview first), balanced, off (priority-weighted value only)",
      ),
    registrationOpens: utcInstant("Registration opens"),
    registrationCloses: utcInstant("Registration closes"),
    state: z
      .enum(fair.attributes.state.type)
      .describe("draft (only its organisers see it), registration-open, registration-closed"),
    publishedVersion: z
      .string()
      .optional()
      .describe("The schedule version everyone sees (the id of the schedule job that wrote it); absent until published"),
    publishedAt: utcInstant("When the schedule was last published").optional(),
    firstDay: z.iso.date().describe("First day of the fair (local date): the listing's order"),
    version: z.number().int().describe("Changes with every change to the fair (optimistic locking)"),
    createdAt: utcInstant("Created"),
    updatedAt: utcInstant("Last changed"),
    organiserId: z.string().optional().describe("The fair's owner (who created it); shown only to the fair's organisers"),
    coOrganisers: z
      .array(z.string())
      .optional()
      .describe("Other organisers who run the fair with the owner, sorted; shown only to the fair's organisers"),
    slots: z.number().int().describe("Interview slots per table over all days"),
    firstSlotStartsAt: utcInstant("Start of the first interview slot").optional(),
  })
  .meta({ id: "Fair", description: "A job fair as the caller may see it" });
export type Fair = z.infer<typeof Fair>;

export const Booth = z
  .object({
    fairId: z.string(),
    recruiterId: z.string().describe("The recruiter (placement company or government scheme) holding the booth"),
    name: z.string(),
    tables: z.number().int().describe("Interviews the booth holds at once"),
    vacancyIds: z.array(z.string()).describe("The recruiter's published vacancies the booth interviews for"),
    unavailable: z
      .array(z.object({ from: utcInstant("From"), to: utcInstant("Until") }))
      .describe("When the booth's interviewers are away: no interview is scheduled or booked then"),
    createdAt: utcInstant("Admitted (or last re-admitted)"),
    updatedAt: utcInstant("Last changed"),
  })
  .meta({ id: "Booth", description: "A recruiter's booth at a fair" });
export type Booth = z.infer<typeof Booth>;

export const FairDetail = Fair.extend({
  booths: z.array(Booth).describe("Every booth of the fair, by recruiter id"),
}).meta({ id: "FairDetail", description: "A fair with its booths" });
export type FairDetail = z.infer<typeof FairDetail>;

/** A graduate's wish to interview at a booth, as the booth's recruiter and the fair's organisers see it. */
export const Registrant = z
  .object({
    fairId: z.string(),
    graduateId: z.string(),
    recruiterId: z.string(),
    vacancyIds: z.array(z.string()).describe("The booth's vacancies the graduate picked"),
    preference: z.number().int().describe("The graduate's own order of booths: 1 is their first choice"),
    matchScore: z.number().describe("Best match score (0–100) over the picked vacancies, when they registered"),
    shortlisted: z.boolean().describe("Marked by the booth; the scheduler favours shortlisted requests"),
    confirmed: z
      .boolean()
      .describe(
        "False while the graduate has not confirmed a registration an organiser imported (then only the fair's organisers see the row)",
      ),
    registeredAt: utcInstant("When the graduate (or an organiser's import) registered"),
    graduate: GraduateSummaryView.optional(),
  })
  .meta({
    id: "Registrant",
    description: "A graduate who asked to interview at the booth; `graduate` is their name and PPKD (audited), or why withheld",
  });
export type Registrant = z.infer<typeof Registrant>;

export const ShortlistResult = z
  .object({
    updated: z.number().int().describe("Registrants marked or unmarked"),
    notRegistered: z
      .array(z.string())
      .describe("Graduate ids sent that are not registrants the caller may see at this booth; nothing changed for them"),
  })
  .meta({ id: "ShortlistResult", description: "What the shortlist change did" });
export type ShortlistResult = z.infer<typeof ShortlistResult>;

export const BoothSlot = z
  .object({
    slot: z.number().int().describe("Index of the slot in the fair's grid, from 0"),
    startsAt: utcInstant("Start"),
    free: z.number().int().describe("Tables still free in the slot (0 while the booth's interviewers are away)"),
  })
  .meta({ id: "BoothSlot", description: "One slot of a booth's published schedule" });

export const BoothSchedule = z
  .object({
    version: z.string().describe("The published schedule version"),
    tables: z.number().int(),
    slots: z.array(BoothSlot).describe("Every slot of the fair, with the booth's free tables"),
    interviews: z
      .array(BoothInterview)
      .describe("Who holds each place: only for the booth's recruiter and the fair's organisers (empty for anyone else)"),
  })
  .meta({ id: "BoothSchedule", description: "A booth's published schedule: free places per slot, and who is booked" });
export type BoothSchedule = z.infer<typeof BoothSchedule>;
