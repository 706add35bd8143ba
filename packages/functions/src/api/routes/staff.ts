import { createRoute, z } from "@hono/zod-openapi";
import { credentialQueue, demandReport, licenceQueue, outbox, PpkdCity, reviewCredential, reviewLicence } from "@jalur/core";
import { type ApiContext, authenticate, bearer, errors, ok, Page, PageQuery, principalOf } from "../context.ts";
import { router } from "../router.ts";

const tags = ["staff"];
const json = <T extends z.ZodTypeAny>(schema: T) => ({ body: { required: true, content: { "application/json": { schema } } } });

export function staffRoutes({ deps, verify }: ApiContext) {
  const r = router();
  r.use("/v1/staff/*", authenticate(verify, "staff"));
  r.use("/v1/ops/outbox/*", authenticate(verify, "staff"));

  return r
    .openapi(
      createRoute({
        method: "get",
        path: "/v1/staff/credential-reviews",
        tags,
        security: bearer,
        summary: "Credentials waiting for review at a PPKD, oldest first",
        request: { query: PageQuery.extend({ ppkd: PpkdCity }) },
        responses: { 200: ok("Queue", Page), ...errors },
      }),
      async (c) => {
        const { ppkd, cursor, limit } = c.req.valid("query");
        return c.json(await credentialQueue(deps, ppkd, cursor, limit), 200);
      },
    )
    .openapi(
      createRoute({
        method: "post",
        path: "/v1/staff/credential-reviews/{graduateId}/{credentialId}",
        tags,
        security: bearer,
        summary: "Verify or reject a credential",
        request: {
          params: z.object({ graduateId: z.string().min(1).max(200), credentialId: z.string().min(1).max(64) }),
          ...json(z.object({ verification: z.enum(["verified", "rejected"]), note: z.string().max(500).optional() })),
        },
        responses: { 200: ok("Reviewed"), 409: errors[404], ...errors },
      }),
      async (c) => {
        const { graduateId, credentialId } = c.req.valid("param");
        return c.json(await reviewCredential(deps, principalOf(c).sub, graduateId, credentialId, c.req.valid("json")), 200);
      },
    )
    .openapi(
      createRoute({
        method: "get",
        path: "/v1/staff/licence-reviews",
        tags,
        security: bearer,
        summary: "Recruiter licences waiting for review",
        request: { query: PageQuery },
        responses: { 200: ok("Queue", Page), ...errors },
      }),
      async (c) => {
        const { cursor, limit } = c.req.valid("query");
        return c.json(await licenceQueue(deps, cursor, limit), 200);
      },
    )
    .openapi(
      createRoute({
        method: "post",
        path: "/v1/staff/licence-reviews/{recruiterId}",
        tags,
        security: bearer,
        summary: "Verify or reject a recruiter's licence",
        request: { params: z.object({ recruiterId: z.string().min(1).max(64) }), ...json(z.object({ verified: z.boolean() })) },
        responses: { 200: ok("Reviewed"), ...errors },
      }),
      async (c) =>
        c.json(
          await reviewLicence(deps, principalOf(c).sub, c.req.valid("param").recruiterId, c.req.valid("json").verified),
          200,
        ),
    )
    .openapi(
      createRoute({
        method: "get",
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
      async (c) => c.json({ items: await demandReport(deps, c.req.valid("query").country) }, 200),
    )
    .openapi(
      createRoute({
        method: "get",
        path: "/v1/ops/outbox/{channel}",
        tags: ["operations"],
        security: bearer,
        summary: "What email, SMS and WhatsApp would have sent (local outbox)",
        request: { params: z.object({ channel: z.enum(["email", "sms", "whatsapp"]) }), query: PageQuery },
        responses: { 200: ok("Outbox", Page), ...errors },
      }),
      async (c) => {
        const { cursor, limit } = c.req.valid("query");
        return c.json(await outbox(deps, c.req.valid("param").channel, cursor, limit), 200);
      },
    );
}
