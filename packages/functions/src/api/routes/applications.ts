import { createRoute, z } from "@hono/zod-openapi";
import { applicationFor, applicationView, getGraduate, recordRead, transitionApplication } from "@jalur/core";
import { type ApiContext, authenticate, bearer, errors, ok, principalOf } from "../context.ts";
import { router } from "../router.ts";

const tags = ["applications"];
const ApplicationId = z.object({ applicationId: z.string().min(3).max(300) });
const States = z.enum(["shortlisted", "interview", "offered", "accepted", "declined", "rejected", "withdrawn", "placed"]);

export function applicationRoutes({ deps, verify }: ApiContext) {
  const r = router();
  r.use("/v1/applications/*", authenticate(verify));

  return r
    .openapi(
      createRoute({
        method: "get",
        path: "/v1/applications/{applicationId}",
        tags,
        security: bearer,
        summary: "An application with its history; the vacancy's recruiter also sees the graduate's contact details",
        request: { params: ApplicationId },
        responses: { 200: ok("Application"), ...errors },
      }),
      async (c) => {
        const principal = principalOf(c);
        const application = await applicationFor(deps, principal, c.req.valid("param").applicationId);
        if (principal.role === "graduate") return c.json(applicationView(application), 200);
        const g = await getGraduate(deps, application.graduateId);
        if (g.consent === "given")
          await recordRead(deps, principal, g.graduateId, `contact details via application ${application.vacancyId}`);
        // Contact details only because the graduate applied; NIK and passport are never shown here.
        const contact =
          g.consent === "given" ? { name: g.name, ppkd: g.ppkd, phone: g.phone, email: g.email } : { name: g.name, ppkd: g.ppkd };
        return c.json({ ...applicationView(application), graduate: contact }, 200);
      },
    )
    .openapi(
      createRoute({
        method: "post",
        path: "/v1/applications/{applicationId}/transitions",
        tags,
        security: bearer,
        summary: "Move an application (the state machine says which role may)",
        request: {
          params: ApplicationId,
          body: {
            required: true,
            content: { "application/json": { schema: z.object({ to: States, note: z.string().max(1000).optional() }) } },
          },
        },
        responses: { 200: ok("Moved"), 409: errors[404], ...errors },
      }),
      async (c) => {
        const { to, note } = c.req.valid("json");
        return c.json(
          applicationView(await transitionApplication(deps, principalOf(c), c.req.valid("param").applicationId, to, note)),
          200,
        );
      },
    );
}
