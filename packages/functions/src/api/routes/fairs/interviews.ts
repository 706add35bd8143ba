import { createRoute, z } from "@hono/zod-openapi";
import {
  answerOffer,
  bookSlot,
  CheckIn,
  cancelInterview,
  checkIn,
  Interview,
  MyInterview,
  MyInterviews,
  myCalendar,
  myCheckInCode,
  myInterviews,
  myScheduleCsv,
  OfferAnswer,
  OUTCOMES,
  parseInterviewKey,
  recordOutcome,
  rescheduleInterview,
} from "@jalur/core";
import { type ApiContext, actorOf, bodyErrors, errors, guard, json, ok, refusals } from "../../context.ts";
import { qrSvg } from "../../qr.ts";
import { router } from "../../router.ts";
import { BoothPath, FairId, Id, notPublished, PlacePath, tags, text } from "./params.ts";

const Slot = z.number().int().min(0).max(9999).describe("Index of the slot in the fair's grid, from 0");

const BookingInput = z
  .object({ recruiterId: Id.describe("The booth (its recruiter's id); one the caller registered for"), slot: Slot })
  .meta({
    id: "BookingInput",
    description: "A free place to take: the booth and the slot (a free table is chosen)",
    example: { recruiterId: "rec-maju-bersama", slot: 4 },
  });

const RescheduleInput = z
  .object({ slot: Slot })
  .meta({ id: "RescheduleInput", description: "The slot to move to, at the same booth", example: { slot: 7 } });

const OfferAnswerInput = z
  .object({ accept: z.boolean().describe("true takes the place; false passes it to the next on the waitlist") })
  .meta({ id: "OfferAnswerInput", description: "The answer to a place offered from the waitlist", example: { accept: true } });

const CheckInInput = z
  .object({ code: z.string().min(10).max(500).describe("The code in the candidate's QR (checkInCode of MyInterview)") })
  .meta({
    id: "CheckInInput",
    description: "The check-in code the booth scanned",
    example: {
      code: "J2.0193f7a2-5c1e-7d4b-9a2f-3e8c1b6d4a10.0193f8b4-77c2-7e1a-b3d5-9c0e4f2a6b18.cmVjLW1hanUtYmVyc2FtYQ~4~2.Zy0wMDAx.Xq3vN8b2Lr5sT0wK7yHc1dFm9pZa4eUj",
    },
  });

const OutcomeInput = z
  .object({
    outcome: z.enum(OUTCOMES).describe("offer or reject move the applications the interview was for; next-round keeps them"),
    note: z.string().max(1000).optional().describe("Kept in the history of the applications it moves"),
  })
  .meta({
    id: "OutcomeInput",
    description: "How the attended interview went",
    example: { outcome: "next-round", note: "Strong 3G plate test; second interview with the employer in January." },
  });

/** Interviews on the day: a graduate's own (book, move, cancel, offers, calendar, QR), check-in and outcomes at the booth. */
export function interviewRoutes({ deps }: ApiContext) {
  return router()
    .openapi(
      createRoute({
        method: "get",
        ...guard(myInterviews),
        path: "/v1/fairs/{fairId}/interviews/mine",
        tags,
        summary: "My interviews at the fair, each with its check-in code",
        request: { params: FairId },
        responses: { 200: ok("My interviews, in time order", MyInterviews), ...notPublished, ...errors },
      }),
      async (c) => c.json({ items: await myInterviews(deps, actorOf(c), c.req.valid("param").fairId) }, 200),
    )
    .openapi(
      createRoute({
        method: "get",
        ...guard(myCalendar),
        path: "/v1/fairs/{fairId}/interviews/mine.ics",
        tags,
        summary: "My interviews as a calendar file (iCalendar, with the fair's VTIMEZONE)",
        request: { params: FairId },
        responses: {
          200: text(
            "text/calendar",
            "My interviews as an iCalendar attachment (RFC 5545, UTF-8)",
            "A VCALENDAR with the fair's VTIMEZONE and one VEVENT per interview (booth and table, venue, times in the fair's zone)",
          ),
          ...notPublished,
          ...errors,
        },
      }),
      async (c) => {
        const { fairId } = c.req.valid("param");
        return c.body(await myCalendar(deps, actorOf(c), fairId), 200, {
          "content-type": "text/calendar; charset=utf-8",
          "content-disposition": `attachment; filename="jalur-${fairId.replace(/[^\w-]/g, "_")}.ics"`,
        });
      },
    )
    .openapi(
      createRoute({
        method: "get",
        ...guard(myScheduleCsv),
        path: "/v1/fairs/{fairId}/interviews/mine.csv",
        tags,
        summary: "My interviews as CSV",
        request: { params: FairId },
        responses: {
          200: text(
            "text/csv",
            "My interviews as CSV (UTF-8), in time order",
            "Columns start,end,booth,table,interview_id,state,check_in_code; start and end are wall-clock times in the fair's zone with its name (2026-12-01 09:00 WIB)",
          ),
          ...notPublished,
          ...errors,
        },
      }),
      async (c) =>
        c.body(await myScheduleCsv(deps, actorOf(c), c.req.valid("param").fairId), 200, {
          "content-type": "text/csv; charset=utf-8",
        }),
    )
    .openapi(
      createRoute({
        method: "get",
        ...guard(myCheckInCode),
        path: "/v1/fairs/{fairId}/interviews/mine/{recruiterId}/qr.svg",
        tags,
        summary: "The QR code to show at the booth (signed; not guessable)",
        request: { params: BoothPath },
        responses: {
          200: text(
            "image/svg+xml",
            "The QR code of my interview at this booth, as an SVG image (not cached)",
            "An SVG document drawing the interview's signed check-in code (error correction M)",
          ),
          ...notPublished,
          ...errors,
        },
      }),
      async (c) => {
        const { fairId, recruiterId } = c.req.valid("param");
        const code = await myCheckInCode(deps, actorOf(c), fairId, recruiterId);
        const svg = await qrSvg(code);
        return c.body(svg, 200, { "content-type": "image/svg+xml", "cache-control": "private, no-store" });
      },
    )
    .openapi(
      createRoute({
        method: "post",
        ...guard(bookSlot),
        path: "/v1/fairs/{fairId}/bookings",
        tags,
        summary: "Take a free place at a booth I asked for (race-safe: one winner per place)",
        request: { params: FairId, ...json(BookingInput) },
        responses: {
          201: ok("Booked: the interview (interviewId, slot, table) with its check-in code", MyInterview),
          ...refusals,
          ...bodyErrors,
          ...errors,
        },
      }),
      async (c) => {
        const { recruiterId, slot } = c.req.valid("json");
        return c.json(await bookSlot(deps, actorOf(c), c.req.valid("param").fairId, recruiterId, slot), 201);
      },
    )
    .openapi(
      createRoute({
        method: "post",
        ...guard(rescheduleInterview),
        path: "/v1/fairs/{fairId}/interviews/mine/{recruiterId}/reschedule",
        tags,
        summary: "Move my interview at a booth to another free slot (atomic)",
        request: { params: BoothPath, ...json(RescheduleInput) },
        responses: {
          200: ok("Moved: the interview in its new place (new interviewId, slot, table) with its new check-in code", MyInterview),
          ...refusals,
          ...bodyErrors,
          ...errors,
        },
      }),
      async (c) => {
        const { fairId, recruiterId } = c.req.valid("param");
        return c.json(await rescheduleInterview(deps, actorOf(c), fairId, recruiterId, c.req.valid("json").slot), 200);
      },
    )
    .openapi(
      createRoute({
        method: "delete",
        ...guard(cancelInterview),
        path: "/v1/fairs/{fairId}/interviews/mine/{recruiterId}",
        tags,
        summary: "Cancel my interview at a booth (the place goes to the waitlist)",
        request: { params: BoothPath },
        responses: { 204: { description: "Cancelled" }, 409: refusals[409], ...errors },
      }),
      async (c) => {
        const { fairId, recruiterId } = c.req.valid("param");
        await cancelInterview(deps, actorOf(c), fairId, recruiterId);
        return c.body(null, 204);
      },
    )
    .openapi(
      createRoute({
        method: "post",
        ...guard(answerOffer),
        path: "/v1/fairs/{fairId}/offers/{recruiterId}/{slot}/{table}",
        tags,
        summary: "Accept or decline a place offered from the waitlist (before its deadline)",
        request: { params: PlacePath, ...json(OfferAnswerInput) },
        responses: {
          200: ok("Accepted: my interview in that place, with its check-in code. Declined: the place it was", OfferAnswer),
          ...refusals,
          ...bodyErrors,
          ...errors,
        },
      }),
      async (c) => {
        const { fairId, recruiterId, slot, table } = c.req.valid("param");
        return c.json(await answerOffer(deps, actorOf(c), fairId, recruiterId, slot, table, c.req.valid("json").accept), 200);
      },
    )
    .openapi(
      createRoute({
        method: "post",
        ...guard(checkIn),
        path: "/v1/fairs/{fairId}/check-ins",
        tags,
        summary: "Check a candidate in by the code in their QR (the booth or the fair's organisers)",
        request: { params: FairId, ...json(CheckInInput) },
        responses: {
          200: ok("Checked in: the interview (its interviewId is what the outcome call takes) and who the candidate is", CheckIn),
          ...refusals,
          ...bodyErrors,
          ...errors,
        },
      }),
      async (c) => c.json(await checkIn(deps, actorOf(c), c.req.valid("param").fairId, c.req.valid("json").code), 200),
    )
    .openapi(
      createRoute({
        method: "post",
        ...guard(recordOutcome),
        path: "/v1/fairs/{fairId}/interviews/{interviewId}/outcome",
        tags,
        summary: "Record how an attended interview went (the booth's recruiter); the application moves",
        request: {
          params: FairId.extend({
            interviewId: z.string().min(5).max(200).describe("`<recruiterId>~<slot>~<table>`, as check-in answered it"),
          }),
          ...json(OutcomeInput),
        },
        responses: {
          200: ok("The interview with its outcome (recording the same outcome again changes nothing)", Interview),
          409: refusals[409],
          ...bodyErrors,
          ...errors,
        },
      }),
      async (c) => {
        const { fairId, interviewId } = c.req.valid("param");
        const { outcome, note } = c.req.valid("json");
        return c.json(await recordOutcome(deps, actorOf(c), fairId, parseInterviewKey(interviewId), outcome, note), 200);
      },
    );
}
