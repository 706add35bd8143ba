import { createRoute, z } from "@hono/zod-openapi";
import { readApplication, transitionApplication } from "@jalur/core";
import { type ApiContext, actorOf, admits, bearer, errors, json, ok, refusals } from "../context.ts";
import { router } from "../router.ts";

const tags = ["applications"];
const ApplicationId = z.object({ applicationId: z.string().min(3).max(300) });
const States = z.enum(["shortlisted", "interview", "offered", "accepted", "declined", "rejected", "withdrawn", "placed"]);

export function applicationRoutes({ deps }: ApiContext) {
  return router()
    .openapi(
      createRoute({
        method: "get",
        middleware: admits(readApplication),
        path: "/v1/applications/{applicationId}",
        tags,
        security: bearer,
        summary:
          "An application with its history; the vacancy's recruiter also sees the graduate's contact details (audited; never after consent is withdrawn)",
        request: { params: ApplicationId },
        responses: { 200: ok("Application"), ...errors },
      }),
      async (c) => c.json(await readApplication(deps, actorOf(c), c.req.valid("param").applicationId), 200),
    )
    .openapi(
      createRoute({
        method: "post",
        middleware: admits(transitionApplication),
        path: "/v1/applications/{applicationId}/transitions",
        tags,
        security: bearer,
        summary: "Move an application (the state machine says which role may)",
        request: { params: ApplicationId, ...json(z.object({ to: States, note: z.string().max(1000).optional() })) },
        responses: { 200: ok("Moved"), ...refusals, ...errors },
      }),
      async (c) => {
        const { to, note } = c.req.valid("json");
        return c.json(await transitionApplication(deps, actorOf(c), c.req.valid("param").applicationId, to, note), 200);
      },
    );
}
