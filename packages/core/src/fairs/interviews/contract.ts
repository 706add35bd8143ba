import { z } from "zod";
import { GraduateSummaryView } from "../../graduates/contract.ts";
import { interview, OUTCOMES } from "./entities.ts";

/**
 * What the interview use cases answer, as schemas: the API documents them as named components
 * (`.meta({ id })`) and the use cases declare them as their return types, so a field added to
 * an answer without being added here (or the reverse) is a compile error.
 */

/** An instant as the use cases write it (`toISOString()`): ISO 8601, UTC, with its `Z` offset. */
export const utcInstant = (what: string) =>
  z.iso.datetime({ offset: true }).describe(`${what}: an ISO 8601 instant in UTC, e.g. 2026-12-01T02:00:00.000Z`);

const Slot = z.number().int().min(0).describe("Index of the slot in the fair's grid, from 0 (all days, in time order)");
const Table = z.number().int().min(1).describe("Table at the booth, from 1");
const RecruiterId = z.string().describe("The booth: its recruiter's id");
const InterviewId = z
  .string()
  .describe("`<recruiterId>~<slot>~<table>`: the id the outcome call takes (URL-encode it in the path)");

/** An interview (a place at one table and slot of a schedule version) as stored, with its id. */
export const Interview = z
  .object({
    interviewId: InterviewId,
    fairId: z.string(),
    scheduleVersion: z.string().describe("The schedule version holding it: the id of the schedule job that wrote it"),
    recruiterId: RecruiterId,
    slot: Slot,
    table: Table,
    graduateId: z.string().describe("The candidate; `-` on a place the booth took away (state `removed`)"),
    vacancyIds: z.array(z.string()).describe("The booth's vacancies the candidate asked to interview for"),
    startsAt: utcInstant("Start"),
    endsAt: utcInstant("End"),
    startHour: z.string().describe("UTC hour of the start, e.g. 2026-12-01T02 (the reminder and no-show clock's bucket)"),
    state: z
      .enum(interview.attributes.state.type)
      .describe(
        "booked; offered (held for one waitlisted graduate until offerExpires); checked-in; no-show; removed (the booth took the place away)",
      ),
    offerExpires: utcInstant("Until when the offered graduate may accept (state `offered`)").optional(),
    checkedInAt: utcInstant("When the candidate checked in").optional(),
    outcome: z.enum(OUTCOMES).optional().describe("How the interview went, as the booth's recruiter recorded it"),
    outcomeAt: utcInstant("When the outcome was recorded").optional(),
  })
  .meta({ id: "Interview", description: "An interview at one table and slot of a fair's schedule version" });
export type Interview = z.infer<typeof Interview>;

const LocalTimes = z
  .object({
    startsAt: z.string().describe("e.g. `2026-12-01 09:00 WIB`"),
    endsAt: z.string().describe("e.g. `2026-12-01 09:15 WIB`"),
  })
  .describe("Start and end as wall-clock times in the fair's time zone, with the zone's name (WIB, WITA, WIT or the IANA name)");

/** The caller's own interview, with its times in the fair's zone and its signed check-in code. */
export const MyInterview = Interview.extend({
  local: LocalTimes,
  checkInCode: z
    .string()
    .describe("Signed, not guessable code to show at the booth (the QR code draws it); the booth sends it to the check-in call"),
}).meta({
  id: "MyInterview",
  description: "One of the caller's interviews at the fair, with local times and its check-in code",
});
export type MyInterview = z.infer<typeof MyInterview>;

export const MyInterviews = z
  .object({ items: z.array(MyInterview).describe("In time order; at most one per booth, so never paged") })
  .meta({ id: "MyInterviews", description: "The caller's interviews at the fair (not offers, not places taken away)" });
export type MyInterviews = z.infer<typeof MyInterviews>;

/** An interview in a booth's schedule: who it is only for the booth's recruiter and the fair's organisers. */
export const BoothInterview = Interview.extend({
  graduateId: z
    .string()
    .optional()
    .describe("The candidate; `-` on a place taken away; absent while the graduate has not confirmed an organiser's import"),
  vacancyIds: z
    .array(z.string())
    .optional()
    .describe("The vacancies asked for; absent while the graduate has not confirmed an organiser's import"),
  local: LocalTimes,
  graduate: GraduateSummaryView.optional(),
}).meta({
  id: "BoothInterview",
  description:
    "A place in a booth's published schedule with who holds it, as the booth's recruiter and the fair's organisers see it; `graduate` is the holder's name and PPKD (audited) or why withheld, absent on a place nobody holds",
});
export type BoothInterview = z.infer<typeof BoothInterview>;

export const OfferDeclined = z
  .object({
    declined: z.literal(true),
    interviewId: InterviewId,
    recruiterId: RecruiterId,
    slot: Slot,
    table: Table,
  })
  .meta({ id: "OfferDeclined", description: "The offer was declined; the place goes to the next graduate on the waitlist" });
export type OfferDeclined = z.infer<typeof OfferDeclined>;

export const OfferAnswer = z
  .union([MyInterview, OfferDeclined])
  .meta({ id: "OfferAnswer", description: "Accepted: the caller's interview in that place. Declined: the place it was" });
export type OfferAnswer = z.infer<typeof OfferAnswer>;

/** The booth's answer to a scanned code: the interview, now checked in, and who the candidate is. */
export const CheckIn = Interview.extend({
  state: z.literal("checked-in"),
  alreadyCheckedIn: z.boolean().describe("True when the candidate had already checked in (scanning twice is harmless)"),
  graduate: GraduateSummaryView.optional(),
}).meta({
  id: "CheckIn",
  description:
    "The checked-in interview; its interviewId is what the outcome call takes. `graduate` is the candidate as the booth may now see them (checking in is their own act: an imported registration becomes confirmed)",
});
export type CheckIn = z.infer<typeof CheckIn>;

/** A place the booth (or the fair's organisers) took away, and who was told. */
export const PlaceRemoved = z
  .object({
    removed: z
      .object({ fairId: z.string(), scheduleVersion: z.string(), recruiterId: RecruiterId, slot: Slot, table: Table })
      .describe("The place taken away (now an interview in state `removed`)"),
    notified: z
      .number()
      .int()
      .describe("How many were told (whoever held or was offered the place): 0 or 1; who it was stays theirs to say"),
  })
  .meta({ id: "PlaceRemoved", description: "A place taken away from the booth's schedule" });
export type PlaceRemoved = z.infer<typeof PlaceRemoved>;
