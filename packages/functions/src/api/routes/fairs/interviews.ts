import { createRoute, z } from "@hono/zod-openapi";
import {
  answerOffer,
  bookSlot,
  cancelInterview,
  checkIn,
  myCalendar,
  myCheckInCode,
  myInterviews,
  myScheduleCsv,
  parseInterviewKey,
  recordOutcome,
  rescheduleInterview,
} from "@jalur/core";
import { type ApiContext, actorOf, admits, bearer, errors, json, ok, refusals } from "../../context.ts";
import { router } from "../../router.ts";
import { BoothPath, FairId, Id, PlacePath, tags, text } from "./params.ts";

const Slot = z.number().int().min(0).max(9999);

/** Interviews on the day: a graduate's own (book, move, cancel, offers, calendar, QR), check-in and outcomes at the booth. */
export function interviewRoutes({ deps }: ApiContext) {
  return router()
    .openapi(
      createRoute({
        method: "get",
        middleware: admits(myInterviews),
        path: "/v1/fairs/{fairId}/interviews/mine",
        tags,
        security: bearer,
        summary: "My interviews at the fair, each with its check-in code",
        request: { params: FairId },
        responses: { 200: ok("Interviews"), ...refusals, ...errors },
      }),
      async (c) => c.json({ items: await myInterviews(deps, actorOf(c), c.req.valid("param").fairId) }, 200),
    )
    .openapi(
      createRoute({
        method: "get",
        middleware: admits(myCalendar),
        path: "/v1/fairs/{fairId}/interviews/mine.ics",
        tags,
        security: bearer,
        summary: "My interviews as a calendar file (iCalendar, with the fair's VTIMEZONE)",
        request: { params: FairId },
        responses: { 200: text("text/calendar", "iCalendar"), ...refusals, ...errors },
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
        middleware: admits(myScheduleCsv),
        path: "/v1/fairs/{fairId}/interviews/mine.csv",
        tags,
        security: bearer,
        summary: "My interviews as CSV",
        request: { params: FairId },
        responses: { 200: text("text/csv", "CSV"), ...refusals, ...errors },
      }),
      async (c) =>
        c.body(await myScheduleCsv(deps, actorOf(c), c.req.valid("param").fairId), 200, {
          "content-type": "text/csv; charset=utf-8",
        }),
    )
    .openapi(
      createRoute({
        method: "get",
        middleware: admits(myCheckInCode),
        path: "/v1/fairs/{fairId}/interviews/mine/{recruiterId}/qr.svg",
        tags,
        security: bearer,
        summary: "The QR code to show at the booth (signed; not guessable)",
        request: { params: BoothPath },
        responses: { 200: text("image/svg+xml", "QR code"), ...refusals, ...errors },
      }),
      async (c) => {
        const { fairId, recruiterId } = c.req.valid("param");
        const code = await myCheckInCode(deps, actorOf(c), fairId, recruiterId);
        // Loaded on first use: only this route draws QR codes, so other cold starts skip it.
        const { default: QRCode } = await import("qrcode");
        const svg = await QRCode.toString(code, { type: "svg", errorCorrectionLevel: "M", margin: 2 });
        return c.body(svg, 200, { "content-type": "image/svg+xml", "cache-control": "private, no-store" });
      },
    )
    .openapi(
      createRoute({
        method: "post",
        middleware: admits(bookSlot),
        path: "/v1/fairs/{fairId}/bookings",
        tags,
        security: bearer,
        summary: "Take a free place at a booth I asked for (race-safe: one winner per place)",
        request: { params: FairId, ...json(z.object({ recruiterId: Id, slot: Slot })) },
        responses: { 201: ok("Booked"), ...refusals, ...errors },
      }),
      async (c) => {
        const { recruiterId, slot } = c.req.valid("json");
        return c.json(await bookSlot(deps, actorOf(c), c.req.valid("param").fairId, recruiterId, slot), 201);
      },
    )
    .openapi(
      createRoute({
        method: "post",
        middleware: admits(rescheduleInterview),
        path: "/v1/fairs/{fairId}/interviews/mine/{recruiterId}/reschedule",
        tags,
        security: bearer,
        summary: "Move my interview at a booth to another free slot (atomic)",
        request: { params: BoothPath, ...json(z.object({ slot: Slot })) },
        responses: { 200: ok("Moved"), ...refusals, ...errors },
      }),
      async (c) => {
        const { fairId, recruiterId } = c.req.valid("param");
        return c.json(await rescheduleInterview(deps, actorOf(c), fairId, recruiterId, c.req.valid("json").slot), 200);
      },
    )
    .openapi(
      createRoute({
        method: "delete",
        middleware: admits(cancelInterview),
        path: "/v1/fairs/{fairId}/interviews/mine/{recruiterId}",
        tags,
        security: bearer,
        summary: "Cancel my interview at a booth (the place goes to the waitlist)",
        request: { params: BoothPath },
        responses: { 204: { description: "Cancelled" }, ...refusals, ...errors },
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
        middleware: admits(answerOffer),
        path: "/v1/fairs/{fairId}/offers/{recruiterId}/{slot}/{table}",
        tags,
        security: bearer,
        summary: "Accept or decline a place offered from the waitlist (before its deadline)",
        request: { params: PlacePath, ...json(z.object({ accept: z.boolean() })) },
        responses: { 200: ok("Answered"), ...refusals, ...errors },
      }),
      async (c) => {
        const { fairId, recruiterId, slot, table } = c.req.valid("param");
        return c.json(await answerOffer(deps, actorOf(c), fairId, recruiterId, slot, table, c.req.valid("json").accept), 200);
      },
    )
    .openapi(
      createRoute({
        method: "post",
        middleware: admits(checkIn),
        path: "/v1/fairs/{fairId}/check-ins",
        tags,
        security: bearer,
        summary: "Check a candidate in by the code in their QR (the booth or the fair's organisers)",
        request: { params: FairId, ...json(z.object({ code: z.string().min(10).max(500) })) },
        responses: { 200: ok("Checked in"), ...refusals, ...errors },
      }),
      async (c) => c.json(await checkIn(deps, actorOf(c), c.req.valid("param").fairId, c.req.valid("json").code), 200),
    )
    .openapi(
      createRoute({
        method: "post",
        middleware: admits(recordOutcome),
        path: "/v1/fairs/{fairId}/interviews/{interviewId}/outcome",
        tags,
        security: bearer,
        summary: "Record how an attended interview went (the booth's recruiter); the application moves",
        request: {
          params: FairId.extend({ interviewId: z.string().min(5).max(200) }),
          ...json(z.object({ outcome: z.enum(["offer", "reject", "next-round"]), note: z.string().max(1000).optional() })),
        },
        responses: { 200: ok("Recorded"), ...refusals, ...errors },
      }),
      async (c) => {
        const { fairId, interviewId } = c.req.valid("param");
        const { outcome, note } = c.req.valid("json");
        return c.json(await recordOutcome(deps, actorOf(c), fairId, parseInterviewKey(interviewId), outcome, note), 200);
      },
    );
}
