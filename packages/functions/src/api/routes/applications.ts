import { createRoute, z } from "@hono/zod-openapi";
import { ApplicationDetailView, ApplicationView, readApplication, transitionApplication } from "@jalur/core";
import { type ApiContext, actorOf, bodyErrors, errors, guard, json, ok, refusals } from "../context.ts";
import { router } from "../router.ts";

const tags = ["applications"];
const ApplicationId = z.object({ applicationId: z.string().min(3).max(300) });
const ApplicationTransitionInput = z
  .object({
    to: z
      .enum(["shortlisted", "interview", "offered", "accepted", "declined", "rejected", "withdrawn", "placed"])
      .describe("The state to move to; the pipeline says which role may make each move"),
    note: z.string().max(1000).optional().describe("Kept in the history"),
  })
  .meta({
    id: "ApplicationTransitionInput",
    description: "A move of an application to its next state",
    example: { to: "shortlisted", note: "JLPT N4 and 3G welding both verified; invite to the Jakarta interview day." },
  });

export function applicationRoutes({ deps }: ApiContext) {
  return router()
    .openapi(
      createRoute({
        method: "get",
        ...guard(readApplication),
        path: "/v1/applications/{applicationId}",
        tags,
        summary:
          "An application with its history; the vacancy's recruiter also sees the graduate's contact details (audited; never after consent is withdrawn)",
        request: { params: ApplicationId },
        responses: { 200: ok("The application", ApplicationDetailView), ...errors },
      }),
      async (c) => c.json(await readApplication(deps, actorOf(c), c.req.valid("param").applicationId), 200),
    )
    .openapi(
      createRoute({
        method: "post",
        ...guard(transitionApplication),
        path: "/v1/applications/{applicationId}/transitions",
        tags,
        summary: "Move an application (the state machine says which role may)",
        request: { params: ApplicationId, ...json(ApplicationTransitionInput) },
        responses: { 200: ok("Moved", ApplicationView), 409: refusals[409], ...bodyErrors, ...errors },
      }),
      async (c) => {
        const { to, note } = c.req.valid("json");
        return c.json(await transitionApplication(deps, actorOf(c), c.req.valid("param").applicationId, to, note), 200);
      },
    );
}
