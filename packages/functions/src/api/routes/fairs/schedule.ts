import { createRoute, z } from "@hono/zod-openapi";
import { fairReport, publishSchedule, readScheduleJob, requestSchedule, scheduleJobsOf } from "@jalur/core";
import { type ApiContext, actorOf, admits, bearer, errors, ok, Page, PageQuery, pageOf, refusals } from "../../context.ts";
import { router } from "../../router.ts";
import { FairId, Id, tags } from "./params.ts";

const Coverage = z.object({ coverage: z.enum(["first", "balanced", "off"]).optional() });

/** The organisers' schedule: run the scheduler, follow the job, publish, report. */
export function scheduleRoutes({ deps }: ApiContext) {
  return router()
    .openapi(
      createRoute({
        method: "post",
        middleware: admits(requestSchedule),
        path: "/v1/fairs/{fairId}/schedule",
        tags,
        security: bearer,
        summary: "Run the interview scheduler (the fair's organisers): 202 and a job to follow",
        request: { params: FairId, body: { required: false, content: { "application/json": { schema: Coverage } } } },
        responses: { 202: ok("Job queued"), ...refusals, ...errors },
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
        middleware: admits(scheduleJobsOf),
        path: "/v1/fairs/{fairId}/schedule-jobs",
        tags,
        security: bearer,
        summary: "The fair's schedule jobs, newest first",
        request: { params: FairId, query: PageQuery },
        responses: { 200: ok("Jobs", Page), ...errors },
      }),
      async (c) => c.json(await scheduleJobsOf(deps, actorOf(c), c.req.valid("param").fairId, pageOf(c.req.valid("query"))), 200),
    )
    .openapi(
      createRoute({
        method: "get",
        middleware: admits(readScheduleJob),
        path: "/v1/fairs/{fairId}/schedule-jobs/{jobId}",
        tags,
        security: bearer,
        summary: "A schedule job: state, progress, and the result (scheduled vs requested, per booth)",
        request: { params: FairId.extend({ jobId: Id }) },
        responses: { 200: ok("Job"), ...errors },
      }),
      async (c) => {
        const { fairId, jobId } = c.req.valid("param");
        return c.json(await readScheduleJob(deps, actorOf(c), fairId, jobId), 200);
      },
    )
    .openapi(
      createRoute({
        method: "post",
        middleware: admits(publishSchedule),
        path: "/v1/fairs/{fairId}/schedule-jobs/{jobId}/publish",
        tags,
        security: bearer,
        summary: "Publish a finished schedule (switches versions atomically; notices follow)",
        request: { params: FairId.extend({ jobId: Id }) },
        responses: { 200: ok("Published"), ...refusals, ...errors },
      }),
      async (c) => {
        const { fairId, jobId } = c.req.valid("param");
        return c.json(await publishSchedule(deps, actorOf(c), fairId, jobId), 200);
      },
    )
    .openapi(
      createRoute({
        method: "get",
        middleware: admits(fairReport),
        path: "/v1/fairs/{fairId}/report",
        tags,
        security: bearer,
        summary:
          "The fair's report (its organisers, staff): registrations, requested vs scheduled, attendance, no-shows, outcomes by vacancy, country, skill",
        request: { params: FairId },
        responses: { 200: ok("Report"), ...errors },
      }),
      async (c) => c.json(await fairReport(deps, actorOf(c), c.req.valid("param").fairId), 200),
    );
}
