import { createRoute, z } from "@hono/zod-openapi";
import {
  AppError,
  admitBooth,
  answerOffer,
  BoothInput,
  bookSlot,
  boothFor,
  boothScheduleCsv,
  boothsOf,
  calendarOf,
  cancelInterview,
  candidateCalendar,
  candidateScheduleCsv,
  checkIn,
  checkInCode,
  createFair,
  type Deps,
  FairInput,
  fairFor,
  fairReport,
  fairsOfGraduate,
  fairView,
  getFair,
  getScheduleJob,
  importRegistrations,
  interviewsOfBooth,
  interviewsOfCandidate,
  interviewView,
  listFairs,
  moveFair,
  type Principal,
  parseInterviewKey,
  publishedVersionOf,
  publishSchedule,
  RegistrationInput,
  recordOutcome,
  registerForFair,
  registrantsOfBooth,
  registrationOf,
  removeSlot,
  requestSchedule,
  requireRole,
  rescheduleInterview,
  scheduleJobsOf,
  setBoothUnavailable,
  setShortlist,
  slotsOf,
} from "@jalur/core";
import { dateInZone } from "@jalur/domain";
import { type ApiContext, authenticate, bearer, errors, ok, Page, PageQuery, principalOf } from "../context.ts";
import { idempotent } from "../idempotency.ts";
import { router } from "../router.ts";

const tags = ["fairs"];
const json = <T extends z.ZodTypeAny>(schema: T) => ({ body: { required: true, content: { "application/json": { schema } } } });
const Id = z.string().min(1).max(100);
const FairId = z.object({ fairId: Id });
const BoothPath = z.object({ fairId: Id, recruiterId: Id });
const conflict = { 409: errors[404], 422: errors[404] };
const text = (type: string, description: string) => ({ description, content: { [type]: { schema: z.string() } } });

function graduateOf(principal: Principal): string {
  requireRole(principal, "graduate");
  return principal.sub;
}

async function myInterviews(deps: Deps, fairId: string, graduateId: string) {
  const fair = await getFair(deps, fairId);
  const version = publishedVersionOf(fair); // a draft has no published schedule
  const tz = calendarOf(fair).timeZone;
  const mine = await interviewsOfCandidate(deps, fairId, version, graduateId);
  return mine.map((i) => ({ ...interviewView(i, tz), checkInCode: checkInCode(deps, i) }));
}

export function fairRoutes({ deps, verify }: ApiContext) {
  const r = router();
  r.post("/v1/fairs", authenticate(verify, "organiser", "staff"), idempotent(deps));
  r.use("/v1/fairs/*", authenticate(verify));
  r.get("/v1/me/fairs", authenticate(verify));

  return r
    .openapi(
      createRoute({
        method: "post",
        path: "/v1/fairs",
        tags,
        security: bearer,
        summary: "Create a fair (organiser): days, opening hours, breaks, time zone, slot length, gap, registration window",
        request: json(FairInput),
        responses: { 201: ok("Fair created (draft)"), ...errors },
      }),
      async (c) => c.json(fairView(await createFair(deps, principalOf(c), c.req.valid("json"))), 201),
    )
    .openapi(
      createRoute({
        method: "get",
        path: "/v1/fairs",
        tags,
        summary: "Fairs from a date on (not drafts), by first day",
        request: { query: PageQuery.extend({ from: z.iso.date().optional() }) },
        responses: { 200: ok("Fairs", Page), ...errors },
      }),
      async (c) => {
        const { from, cursor, limit } = c.req.valid("query");
        return c.json(await listFairs(deps, from ?? dateInZone(deps.now()), cursor, limit), 200);
      },
    )
    .openapi(
      createRoute({
        method: "get",
        path: "/v1/fairs/{fairId}",
        tags,
        security: bearer,
        summary: "A fair, with its booths and slot count",
        request: { params: FairId },
        responses: { 200: ok("Fair"), ...errors },
      }),
      async (c) => {
        const { fairId } = c.req.valid("param");
        const fair = await fairFor(deps, principalOf(c), fairId);
        const booths = await boothsOf(deps, fairId);
        return c.json({ ...fairView(fair), booths }, 200);
      },
    )
    .openapi(
      createRoute({
        method: "post",
        path: "/v1/fairs/{fairId}/registration/{move}",
        tags,
        security: bearer,
        summary: "Open or close registration (organiser)",
        request: { params: FairId.extend({ move: z.enum(["open", "close"]) }) },
        responses: { 200: ok("Moved"), ...conflict, ...errors },
      }),
      async (c) => {
        const { fairId, move } = c.req.valid("param");
        return c.json(fairView(await moveFair(deps, principalOf(c), fairId, move)), 200);
      },
    )
    .openapi(
      createRoute({
        method: "put",
        path: "/v1/fairs/{fairId}/booths/{recruiterId}",
        tags,
        security: bearer,
        summary: "Admit a licensed recruiter with a booth: tables, vacancies, unavailable times (organiser)",
        request: { params: BoothPath, ...json(BoothInput.omit({ recruiterId: true })) },
        responses: { 200: ok("Booth"), ...conflict, ...errors },
      }),
      async (c) => {
        const { fairId, recruiterId } = c.req.valid("param");
        return c.json(await admitBooth(deps, principalOf(c), fairId, { ...c.req.valid("json"), recruiterId }), 200);
      },
    )
    .openapi(
      createRoute({
        method: "put",
        path: "/v1/fairs/{fairId}/booths/{recruiterId}/unavailable",
        tags,
        security: bearer,
        summary: "The booth's own unavailable times (its recruiter, before publishing)",
        request: { params: BoothPath, ...json(BoothInput.pick({ unavailable: true })) },
        responses: { 200: ok("Booth"), ...conflict, ...errors },
      }),
      async (c) => {
        const { fairId, recruiterId } = c.req.valid("param");
        return c.json(await setBoothUnavailable(deps, principalOf(c), fairId, recruiterId, c.req.valid("json").unavailable), 200);
      },
    )
    .openapi(
      createRoute({
        method: "get",
        path: "/v1/fairs/{fairId}/booths/{recruiterId}/registrants",
        tags,
        security: bearer,
        summary: "Who asked to interview at the booth, with match score, preference and shortlist mark",
        request: { params: BoothPath, query: PageQuery },
        responses: { 200: ok("Registrants", Page), ...errors },
      }),
      async (c) => {
        const { fairId, recruiterId } = c.req.valid("param");
        const principal = principalOf(c);
        if (principal.role === "graduate") throw new AppError("forbidden", "role_not_allowed", "Recruiters and organisers only.");
        await boothFor(deps, principal, fairId, recruiterId);
        const { cursor, limit } = c.req.valid("query");
        return c.json(await registrantsOfBooth(deps, fairId, recruiterId, cursor, limit), 200);
      },
    )
    .openapi(
      createRoute({
        method: "post",
        path: "/v1/fairs/{fairId}/booths/{recruiterId}/shortlist",
        tags,
        security: bearer,
        summary: "Mark (or unmark) registrants for the booth's shortlist; the scheduler favours them",
        request: {
          params: BoothPath,
          ...json(z.object({ graduateIds: z.array(Id).min(1).max(500), shortlisted: z.boolean().default(true) })),
        },
        responses: { 200: ok("Updated"), ...errors },
      }),
      async (c) => {
        const { fairId, recruiterId } = c.req.valid("param");
        const { graduateIds, shortlisted } = c.req.valid("json");
        return c.json(await setShortlist(deps, principalOf(c), fairId, recruiterId, graduateIds, shortlisted), 200);
      },
    )
    .openapi(
      createRoute({
        method: "put",
        path: "/v1/fairs/{fairId}/registration",
        tags,
        security: bearer,
        summary: "Register for the fair (graduate): the vacancies wanted, first choice first; replaces earlier picks",
        request: { params: FairId, ...json(RegistrationInput) },
        responses: { 200: ok("Registered"), ...conflict, ...errors },
      }),
      async (c) =>
        c.json(await registerForFair(deps, graduateOf(principalOf(c)), c.req.valid("param").fairId, c.req.valid("json")), 200),
    )
    .openapi(
      createRoute({
        method: "get",
        path: "/v1/fairs/{fairId}/registration",
        tags,
        security: bearer,
        summary: "My registration and interview requests at the fair",
        request: { params: FairId },
        responses: { 200: ok("Registration"), ...errors },
      }),
      async (c) => c.json(await registrationOf(deps, c.req.valid("param").fairId, graduateOf(principalOf(c))), 200),
    )
    .openapi(
      createRoute({
        method: "get",
        path: "/v1/me/fairs",
        tags,
        security: bearer,
        summary: "The fairs I registered for",
        request: { query: PageQuery },
        responses: { 200: ok("Registrations", Page), ...errors },
      }),
      async (c) => {
        const { cursor, limit } = c.req.valid("query");
        return c.json(await fairsOfGraduate(deps, graduateOf(principalOf(c)), cursor, limit), 200);
      },
    )
    .openapi(
      createRoute({
        method: "post",
        path: "/v1/fairs/{fairId}/registrations/import",
        tags,
        security: bearer,
        summary: "Import registrations from CSV (organiser): columns graduate_id, picks (';'-separated), apply_anyway",
        request: { params: FairId, body: { required: true, content: { "text/csv": { schema: z.string() } } } },
        responses: { 200: ok("Imported rows and per-row errors"), ...errors },
      }),
      async (c) => {
        requireRole(principalOf(c), "organiser", "staff");
        return c.json(await importRegistrations(deps, c.req.valid("param").fairId, await c.req.text()), 200);
      },
    )
    .openapi(
      createRoute({
        method: "post",
        path: "/v1/fairs/{fairId}/schedule",
        tags,
        security: bearer,
        summary: "Run the interview scheduler (organiser): 202 and a job to follow",
        request: {
          params: FairId,
          body: {
            required: false,
            content: { "application/json": { schema: z.object({ coverage: z.enum(["first", "balanced", "off"]).optional() }) } },
          },
        },
        responses: { 202: ok("Job queued"), ...conflict, ...errors },
      }),
      async (c) => {
        const { fairId } = c.req.valid("param");
        const body = (await c.req.json().catch(() => ({}))) as { coverage?: "first" | "balanced" | "off" };
        const coverage = z.enum(["first", "balanced", "off"]).optional().safeParse(body?.coverage);
        if (!coverage.success) throw new AppError("validation", "invalid_coverage", "coverage is first, balanced or off.");
        const job = await requestSchedule(deps, principalOf(c), fairId, coverage.data);
        c.header("location", `/v1/fairs/${fairId}/schedule-jobs/${job.jobId}`);
        return c.json(job, 202);
      },
    )
    .openapi(
      createRoute({
        method: "get",
        path: "/v1/fairs/{fairId}/schedule-jobs",
        tags,
        security: bearer,
        summary: "The fair's schedule jobs, newest first",
        request: { params: FairId, query: PageQuery },
        responses: { 200: ok("Jobs", Page), ...errors },
      }),
      async (c) => {
        requireRole(principalOf(c), "organiser", "staff");
        const { cursor, limit } = c.req.valid("query");
        return c.json(await scheduleJobsOf(deps, c.req.valid("param").fairId, cursor, limit), 200);
      },
    )
    .openapi(
      createRoute({
        method: "get",
        path: "/v1/fairs/{fairId}/schedule-jobs/{jobId}",
        tags,
        security: bearer,
        summary: "A schedule job: state, progress, and the result (scheduled vs requested, per booth)",
        request: { params: FairId.extend({ jobId: Id }) },
        responses: { 200: ok("Job"), ...errors },
      }),
      async (c) => {
        requireRole(principalOf(c), "organiser", "staff");
        const { fairId, jobId } = c.req.valid("param");
        return c.json(await getScheduleJob(deps, fairId, jobId), 200);
      },
    )
    .openapi(
      createRoute({
        method: "post",
        path: "/v1/fairs/{fairId}/schedule-jobs/{jobId}/publish",
        tags,
        security: bearer,
        summary: "Publish a finished schedule (switches versions atomically; notices follow)",
        request: { params: FairId.extend({ jobId: Id }) },
        responses: { 200: ok("Published"), ...conflict, ...errors },
      }),
      async (c) => {
        const { fairId, jobId } = c.req.valid("param");
        return c.json(fairView(await publishSchedule(deps, principalOf(c), fairId, jobId)), 200);
      },
    )
    .openapi(
      createRoute({
        method: "get",
        path: "/v1/fairs/{fairId}/booths/{recruiterId}/interviews",
        tags,
        security: bearer,
        summary: "The booth's published schedule, with free places per slot",
        request: { params: BoothPath },
        responses: { 200: ok("Booth schedule"), ...errors },
      }),
      async (c) => {
        const { fairId, recruiterId } = c.req.valid("param");
        const principal = principalOf(c);
        const fair = await fairFor(deps, principal, fairId);
        const version = publishedVersionOf(fair);
        const booth = await (principal.role === "graduate"
          ? boothsOf(deps, fairId).then((bs) => bs.find((b) => b.recruiterId === recruiterId))
          : boothFor(deps, principal, fairId, recruiterId));
        if (!booth) throw new AppError("not_found", "booth_not_found", `No booth ${recruiterId} at this fair`);
        const interviews = await interviewsOfBooth(deps, fairId, version, recruiterId);
        const tz = calendarOf(fair).timeZone;
        const taken = new Map<number, number>();
        for (const i of interviews) taken.set(i.slot, (taken.get(i.slot) ?? 0) + 1);
        const away = booth.unavailable as { from: string; to: string }[];
        const slots = slotsOf(fair).map((s) => ({
          slot: s.index,
          startsAt: new Date(s.startMs).toISOString(),
          free: away.some((u) => Date.parse(u.from) < s.endMs && s.startMs < Date.parse(u.to))
            ? 0
            : booth.tables - (taken.get(s.index) ?? 0),
        }));
        // Graduates see only free places; the booth and organisers see who is booked.
        const visible = principal.role === "graduate" ? [] : interviews.map((i) => interviewView(i, tz));
        return c.json({ version, tables: booth.tables, slots, interviews: visible }, 200);
      },
    )
    .openapi(
      createRoute({
        method: "get",
        path: "/v1/fairs/{fairId}/booths/{recruiterId}/schedule.csv",
        tags,
        security: bearer,
        summary: "The booth's schedule as CSV (times in the fair's zone)",
        request: { params: BoothPath },
        responses: { 200: text("text/csv", "CSV"), ...errors },
      }),
      async (c) => {
        const { fairId, recruiterId } = c.req.valid("param");
        const principal = principalOf(c);
        if (principal.role === "graduate") throw new AppError("forbidden", "role_not_allowed", "Recruiters and organisers only.");
        await boothFor(deps, principal, fairId, recruiterId);
        return c.body(await boothScheduleCsv(deps, fairId, recruiterId), 200, {
          "content-type": "text/csv; charset=utf-8",
          "content-disposition": `attachment; filename="schedule-${recruiterId}.csv"`,
        });
      },
    )
    .openapi(
      createRoute({
        method: "delete",
        path: "/v1/fairs/{fairId}/booths/{recruiterId}/interviews/{slot}/{table}",
        tags,
        security: bearer,
        summary: "Take a place away (the booth or an organiser); its candidate is told",
        request: { params: BoothPath.extend({ slot: z.coerce.number().int().min(0), table: z.coerce.number().int().min(1) }) },
        responses: { 200: ok("Removed"), ...conflict, ...errors },
      }),
      async (c) => {
        const { fairId, recruiterId, slot, table } = c.req.valid("param");
        return c.json(await removeSlot(deps, principalOf(c), fairId, recruiterId, slot, table), 200);
      },
    )
    .openapi(
      createRoute({
        method: "get",
        path: "/v1/fairs/{fairId}/interviews/mine",
        tags,
        security: bearer,
        summary: "My interviews at the fair, each with its check-in code",
        request: { params: FairId },
        responses: { 200: ok("Interviews"), ...conflict, ...errors },
      }),
      async (c) => {
        const items = await myInterviews(deps, c.req.valid("param").fairId, graduateOf(principalOf(c)));
        return c.json({ items }, 200);
      },
    )
    .openapi(
      createRoute({
        method: "get",
        path: "/v1/fairs/{fairId}/interviews/mine.ics",
        tags,
        security: bearer,
        summary: "My interviews as a calendar file (iCalendar, with the fair's VTIMEZONE)",
        request: { params: FairId },
        responses: { 200: text("text/calendar", "iCalendar"), ...errors },
      }),
      async (c) => {
        const { fairId } = c.req.valid("param");
        return c.body(await candidateCalendar(deps, fairId, graduateOf(principalOf(c))), 200, {
          "content-type": "text/calendar; charset=utf-8",
          "content-disposition": `attachment; filename="jalur-${fairId}.ics"`,
        });
      },
    )
    .openapi(
      createRoute({
        method: "get",
        path: "/v1/fairs/{fairId}/interviews/mine.csv",
        tags,
        security: bearer,
        summary: "My interviews as CSV",
        request: { params: FairId },
        responses: { 200: text("text/csv", "CSV"), ...errors },
      }),
      async (c) =>
        c.body(await candidateScheduleCsv(deps, c.req.valid("param").fairId, graduateOf(principalOf(c))), 200, {
          "content-type": "text/csv; charset=utf-8",
        }),
    )
    .openapi(
      createRoute({
        method: "get",
        path: "/v1/fairs/{fairId}/interviews/mine/{recruiterId}/qr.svg",
        tags,
        security: bearer,
        summary: "The QR code to show at the booth (signed; not guessable)",
        request: { params: BoothPath },
        responses: { 200: text("image/svg+xml", "QR code"), ...errors },
      }),
      async (c) => {
        const { fairId, recruiterId } = c.req.valid("param");
        const mine = await myInterviews(deps, fairId, graduateOf(principalOf(c)));
        const interview = mine.find((i) => i.recruiterId === recruiterId);
        if (!interview) throw new AppError("not_found", "interview_not_found", `No interview at booth ${recruiterId}`);
        // Loaded on first use: only this route draws QR codes, so other cold starts skip it.
        const { default: QRCode } = await import("qrcode");
        const svg = await QRCode.toString(interview.checkInCode, { type: "svg", errorCorrectionLevel: "M", margin: 2 });
        return c.body(svg, 200, { "content-type": "image/svg+xml", "cache-control": "private, no-store" });
      },
    )
    .openapi(
      createRoute({
        method: "post",
        path: "/v1/fairs/{fairId}/bookings",
        tags,
        security: bearer,
        summary: "Take a free place at a booth I asked for (race-safe: one winner per place)",
        request: { params: FairId, ...json(z.object({ recruiterId: Id, slot: z.number().int().min(0) })) },
        responses: { 201: ok("Booked"), ...conflict, ...errors },
      }),
      async (c) => {
        const { recruiterId, slot } = c.req.valid("json");
        const fair = await fairFor(deps, principalOf(c), c.req.valid("param").fairId);
        const i = await bookSlot(deps, graduateOf(principalOf(c)), fair.fairId, recruiterId, slot);
        return c.json({ ...interviewView(i, calendarOf(fair).timeZone), checkInCode: checkInCode(deps, i) }, 201);
      },
    )
    .openapi(
      createRoute({
        method: "post",
        path: "/v1/fairs/{fairId}/interviews/mine/{recruiterId}/reschedule",
        tags,
        security: bearer,
        summary: "Move my interview at a booth to another free slot (atomic)",
        request: { params: BoothPath, ...json(z.object({ slot: z.number().int().min(0) })) },
        responses: { 200: ok("Moved"), ...conflict, ...errors },
      }),
      async (c) => {
        const { fairId, recruiterId } = c.req.valid("param");
        const fair = await fairFor(deps, principalOf(c), fairId);
        const i = await rescheduleInterview(deps, graduateOf(principalOf(c)), fairId, recruiterId, c.req.valid("json").slot);
        return c.json({ ...interviewView(i, calendarOf(fair).timeZone), checkInCode: checkInCode(deps, i) }, 200);
      },
    )
    .openapi(
      createRoute({
        method: "delete",
        path: "/v1/fairs/{fairId}/interviews/mine/{recruiterId}",
        tags,
        security: bearer,
        summary: "Cancel my interview at a booth (the place goes to the waitlist)",
        request: { params: BoothPath },
        responses: { 204: { description: "Cancelled" }, ...conflict, ...errors },
      }),
      async (c) => {
        const { fairId, recruiterId } = c.req.valid("param");
        await cancelInterview(deps, graduateOf(principalOf(c)), fairId, recruiterId);
        return c.body(null, 204);
      },
    )
    .openapi(
      createRoute({
        method: "post",
        path: "/v1/fairs/{fairId}/offers/{recruiterId}/{slot}/{table}",
        tags,
        security: bearer,
        summary: "Accept or decline a place offered from the waitlist (before its deadline)",
        request: {
          params: BoothPath.extend({ slot: z.coerce.number().int().min(0), table: z.coerce.number().int().min(1) }),
          ...json(z.object({ accept: z.boolean() })),
        },
        responses: { 200: ok("Answered"), ...conflict, ...errors },
      }),
      async (c) => {
        const { fairId, recruiterId, slot, table } = c.req.valid("param");
        const graduateId = graduateOf(principalOf(c));
        return c.json(await answerOffer(deps, graduateId, fairId, recruiterId, slot, table, c.req.valid("json").accept), 200);
      },
    )
    .openapi(
      createRoute({
        method: "post",
        path: "/v1/fairs/{fairId}/check-ins",
        tags,
        security: bearer,
        summary: "Check a candidate in by the code in their QR (the booth or an organiser)",
        request: { params: FairId, ...json(z.object({ code: z.string().min(10).max(500) })) },
        responses: { 200: ok("Checked in"), ...conflict, ...errors },
      }),
      async (c) => c.json(await checkIn(deps, principalOf(c), c.req.valid("param").fairId, c.req.valid("json").code), 200),
    )
    .openapi(
      createRoute({
        method: "post",
        path: "/v1/fairs/{fairId}/interviews/{interviewId}/outcome",
        tags,
        security: bearer,
        summary: "Record how an attended interview went (the booth's recruiter); the application moves",
        request: {
          params: FairId.extend({ interviewId: z.string().min(5).max(200) }),
          ...json(z.object({ outcome: z.enum(["offer", "reject", "next-round"]), note: z.string().max(1000).optional() })),
        },
        responses: { 200: ok("Recorded"), ...conflict, ...errors },
      }),
      async (c) => {
        const { fairId, interviewId } = c.req.valid("param");
        const { outcome, note } = c.req.valid("json");
        return c.json(await recordOutcome(deps, principalOf(c), fairId, parseInterviewKey(interviewId), outcome, note), 200);
      },
    )
    .openapi(
      createRoute({
        method: "get",
        path: "/v1/fairs/{fairId}/report",
        tags,
        security: bearer,
        summary:
          "The fair's report: registrations, requested vs scheduled, attendance, no-shows, outcomes by vacancy, country, skill",
        request: { params: FairId },
        responses: { 200: ok("Report"), ...errors },
      }),
      async (c) => {
        requireRole(principalOf(c), "organiser", "staff");
        return c.json(await fairReport(deps, c.req.valid("param").fairId), 200);
      },
    );
}
