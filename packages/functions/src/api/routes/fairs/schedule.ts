import { createRoute, z } from "@hono/zod-openapi";
import {
  Fair,
  FairReport,
  fairReport,
  publishSchedule,
  readScheduleJob,
  requestSchedule,
  ScheduleJob,
  scheduleJobsOf,
} from "@jalur/core";
import { type ApiContext, actorOf, bodyErrors, errors, guard, ok, PageQuery, page, pageOf, refusals } from "../../context.ts";
import { router } from "../../router.ts";
import { FairId, Id, tags } from "./params.ts";

const ScheduleJobPage = page("ScheduleJobPage", ScheduleJob);

const ScheduleRequestInput = z
  .object({
    coverage: z
      .enum(["first", "balanced", "off"])
      .optional()
      .describe(
        "How to trade coverage against priority for this run: first (every coverable candidate gets an interview first), balanced, off; the fair's own setting when absent",
      ),
  })
  .meta({
    id: "ScheduleRequestInput",
    description: "Optional: this run's coverage setting (the body may be left out)",
    example: { coverage: "balanced" },
  });

/** The organisers' schedule: run the scheduler, follow the job, publish, report. */
export function scheduleRoutes({ deps }: ApiContext) {
  return router()
    .openapi(
      createRoute({
        method: "post",
        ...guard(requestSchedule),
        path: "/v1/fairs/{fairId}/schedule",
        tags,
        summary: "Run the interview scheduler (the fair's organisers): 202 and a job to follow",
        request: {
          params: FairId,
          body: { required: false, content: { "application/json": { schema: ScheduleRequestInput } } },
        },
        responses: {
          202: {
            ...ok("Job queued: follow it by its jobId (also the schedule version to publish)", ScheduleJob),
            headers: z.object({ location: z.string().describe("The job: /v1/fairs/{fairId}/schedule-jobs/{jobId}") }),
          },
          409: refusals[409],
          ...bodyErrors,
          ...errors,
        },
      }),
      async (c) => {
        const { fairId } = c.req.valid("param");
        const body = c.req.header("content-type")?.includes("json") ? c.req.valid("json") : {};
        const job = await requestSchedule(deps, actorOf(c), fairId, body?.coverage);
        c.header("location", `/v1/fairs/${fairId}/schedule-jobs/${job.jobId}`);
        return c.json(job, 202);
      },
    )
    .openapi(
      createRoute({
        method: "get",
        ...guard(scheduleJobsOf),
        path: "/v1/fairs/{fairId}/schedule-jobs",
        tags,
        summary: "The fair's schedule jobs, newest first",
        request: { params: FairId, query: PageQuery },
        responses: { 200: ok("Schedule jobs, newest first", ScheduleJobPage), ...errors },
      }),
      async (c) => c.json(await scheduleJobsOf(deps, actorOf(c), c.req.valid("param").fairId, pageOf(c.req.valid("query"))), 200),
    )
    .openapi(
      createRoute({
        method: "get",
        ...guard(readScheduleJob),
        path: "/v1/fairs/{fairId}/schedule-jobs/{jobId}",
        tags,
        summary: "A schedule job: state, progress, and the result (scheduled vs requested, per booth)",
        request: { params: FairId.extend({ jobId: Id }) },
        responses: { 200: ok("The schedule job", ScheduleJob), ...errors },
      }),
      async (c) => {
        const { fairId, jobId } = c.req.valid("param");
        return c.json(await readScheduleJob(deps, actorOf(c), fairId, jobId), 200);
      },
    )
    .openapi(
      createRoute({
        method: "post",
        ...guard(publishSchedule),
        path: "/v1/fairs/{fairId}/schedule-jobs/{jobId}/publish",
        tags,
        summary: "Publish a finished schedule (switches versions atomically; notices follow)",
        request: { params: FairId.extend({ jobId: Id }) },
        responses: {
          200: ok("The fair with its new publishedVersion (publishing the published version again changes nothing)", Fair),
          409: refusals[409],
          ...errors,
        },
      }),
      async (c) => {
        const { fairId, jobId } = c.req.valid("param");
        return c.json(await publishSchedule(deps, actorOf(c), fairId, jobId), 200);
      },
    )
    .openapi(
      createRoute({
        method: "get",
        ...guard(fairReport),
        path: "/v1/fairs/{fairId}/report",
        tags,
        summary:
          "The fair's report (its organisers, staff): registrations, requested vs scheduled, attendance, no-shows, outcomes by vacancy, country, skill",
        request: { params: FairId },
        responses: { 200: ok("The report (aggregates only)", FairReport), ...errors },
      }),
      async (c) => c.json(await fairReport(deps, actorOf(c), c.req.valid("param").fairId), 200),
    );
}
