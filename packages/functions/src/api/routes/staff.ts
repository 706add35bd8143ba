import { createRoute, z } from "@hono/zod-openapi";
import { credentialQueue, demandReport, licenceQueue, PpkdCity, reviewCredential, reviewLicence } from "@jalur/core";
import { type ApiContext, actorOf, admits, bearer, errors, json, ok, Page, PageQuery, pageOf, refusals } from "../context.ts";
import { router } from "../router.ts";

const tags = ["staff"];

export function staffRoutes({ deps }: ApiContext) {
  return router()
    .openapi(
      createRoute({
        method: "get",
        middleware: admits(credentialQueue),
        path: "/v1/staff/credential-reviews",
        tags,
        security: bearer,
        summary: "Credentials waiting for review at a PPKD, oldest first (staff of that PPKD, or BP3MI staff)",
        request: { query: PageQuery.extend({ ppkd: PpkdCity }) },
        responses: { 200: ok("Queue", Page), ...errors },
      }),
      async (c) => {
        const { ppkd, ...page } = c.req.valid("query");
        return c.json(await credentialQueue(deps, actorOf(c), ppkd, pageOf(page)), 200);
      },
    )
    .openapi(
      createRoute({
        method: "post",
        middleware: admits(reviewCredential),
        path: "/v1/staff/credential-reviews/{graduateId}/{credentialId}",
        tags,
        security: bearer,
        summary: "Verify or reject a credential (the graduate is told)",
        request: {
          params: z.object({ graduateId: z.string().min(1).max(200), credentialId: z.string().min(1).max(64) }),
          ...json(z.object({ verification: z.enum(["verified", "rejected"]), note: z.string().max(500).optional() })),
        },
        responses: { 200: ok("Reviewed"), ...refusals, ...errors },
      }),
      async (c) => {
        const { graduateId, credentialId } = c.req.valid("param");
        return c.json(await reviewCredential(deps, actorOf(c), graduateId, credentialId, c.req.valid("json")), 200);
      },
    )
    .openapi(
      createRoute({
        method: "get",
        middleware: admits(licenceQueue),
        path: "/v1/staff/licence-reviews",
        tags,
        security: bearer,
        summary: "Recruiter licences waiting for review",
        request: { query: PageQuery },
        responses: { 200: ok("Queue", Page), ...errors },
      }),
      async (c) => c.json(await licenceQueue(deps, actorOf(c), pageOf(c.req.valid("query"))), 200),
    )
    .openapi(
      createRoute({
        method: "post",
        middleware: admits(reviewLicence),
        path: "/v1/staff/licence-reviews/{recruiterId}",
        tags,
        security: bearer,
        summary: "Verify or reject a recruiter's licence",
        request: { params: z.object({ recruiterId: z.string().min(1).max(64) }), ...json(z.object({ verified: z.boolean() })) },
        responses: { 200: ok("Reviewed"), ...refusals, ...errors },
      }),
      async (c) =>
        c.json(await reviewLicence(deps, actorOf(c), c.req.valid("param").recruiterId, c.req.valid("json").verified), 200),
    )
    .openapi(
      createRoute({
        method: "get",
        middleware: admits(demandReport),
        path: "/v1/staff/demand",
        tags,
        security: bearer,
        summary: "What open vacancies ask for, by skill, level and country, against how many verified graduates hold it",
        request: {
          query: z.object({
            country: z
              .string()
              .regex(/^[A-Z]{2}$/)
              .optional(),
          }),
        },
        responses: { 200: ok("Demand report", z.object({ items: z.array(z.record(z.string(), z.unknown())) })), ...errors },
      }),
      async (c) => c.json({ items: await demandReport(deps, actorOf(c), c.req.valid("query").country) }, 200),
    );
}
