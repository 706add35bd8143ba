import { createRoute, z } from "@hono/zod-openapi";
import {
  addCredential,
  applicationsOfGraduate,
  CredentialInput,
  GraduateProfileInput,
  getGraduate,
  graduateView,
  inbox,
  markRead,
  matchesForGraduate,
  notFound,
  readsOf,
  registerGraduate,
  setConsent,
  setNotificationOptOut,
  updateGraduateProfile,
} from "@jalur/core";
import { type ApiContext, authenticate, bearer, errors, ok, Page, PageQuery, principalOf } from "../context.ts";
import { idempotent } from "../idempotency.ts";
import { router } from "../router.ts";

const tags = ["graduates"];
const json = <T extends z.ZodTypeAny>(schema: T) => ({ body: { required: true, content: { "application/json": { schema } } } });

export function graduateRoutes({ deps, verify }: ApiContext) {
  const r = router();
  r.use("/v1/graduates/me", authenticate(verify, "graduate"));
  r.use("/v1/graduates/me/*", authenticate(verify, "graduate"));
  r.on("POST", ["/v1/graduates/me", "/v1/graduates/me/credentials"], idempotent(deps));

  return r
    .openapi(
      createRoute({
        method: "post",
        path: "/v1/graduates/me",
        tags,
        security: bearer,
        summary: "Create my profile",
        request: json(GraduateProfileInput),
        responses: { 201: ok("Created"), 409: errors[404], ...errors },
      }),
      async (c) => c.json(graduateView(await registerGraduate(deps, principalOf(c).sub, c.req.valid("json"))), 201),
    )
    .openapi(
      createRoute({
        method: "get",
        path: "/v1/graduates/me",
        tags,
        security: bearer,
        summary: "My profile and credentials",
        responses: { 200: ok("Profile"), ...errors },
      }),
      async (c) => c.json(graduateView(await getGraduate(deps, principalOf(c).sub)), 200),
    )
    .openapi(
      createRoute({
        method: "put",
        path: "/v1/graduates/me",
        tags,
        security: bearer,
        summary: "Edit my profile (send the version you read)",
        request: json(GraduateProfileInput.extend({ version: z.number().int().min(1) })),
        responses: { 200: ok("Updated"), 409: errors[404], ...errors },
      }),
      async (c) => {
        const { version, ...input } = c.req.valid("json");
        return c.json(graduateView(await updateGraduateProfile(deps, principalOf(c).sub, input, version)), 200);
      },
    )
    .openapi(
      createRoute({
        method: "put",
        path: "/v1/graduates/me/consent",
        tags,
        security: bearer,
        summary: "Give or withdraw consent (UU PDP); withdrawal hides me from recruiters at once",
        request: json(z.object({ given: z.boolean() })),
        responses: { 200: ok("Consent recorded"), ...errors },
      }),
      async (c) => c.json(graduateView(await setConsent(deps, principalOf(c).sub, c.req.valid("json").given)), 200),
    )
    .openapi(
      createRoute({
        method: "put",
        path: "/v1/graduates/me/notification-preferences",
        tags,
        security: bearer,
        summary: "Message types I do not want",
        request: json(
          z.object({ optOut: z.array(z.enum(["vacancy-match", "application-status", "credential-reviewed"])).max(10) }),
        ),
        responses: { 200: ok("Saved"), ...errors },
      }),
      async (c) => c.json(graduateView(await setNotificationOptOut(deps, principalOf(c).sub, c.req.valid("json").optOut)), 200),
    )
    .openapi(
      createRoute({
        method: "post",
        path: "/v1/graduates/me/credentials",
        tags,
        security: bearer,
        summary: "Add a credential with its evidence (unverified until staff review it)",
        request: json(CredentialInput),
        responses: { 201: ok("Added"), ...errors },
      }),
      async (c) => c.json(await addCredential(deps, principalOf(c).sub, c.req.valid("json")), 201),
    )
    .openapi(
      createRoute({
        method: "get",
        path: "/v1/graduates/me/matches",
        tags,
        security: bearer,
        summary: "Vacancies I match, best first, with explanations",
        request: { query: PageQuery },
        responses: { 200: ok("Matches", Page), ...errors },
      }),
      async (c) => {
        const { cursor, limit } = c.req.valid("query");
        return c.json(await matchesForGraduate(deps, principalOf(c).sub, cursor, limit), 200);
      },
    )
    .openapi(
      createRoute({
        method: "get",
        path: "/v1/graduates/me/applications",
        tags,
        security: bearer,
        summary: "My applications, newest first",
        request: { query: PageQuery },
        responses: { 200: ok("Applications", Page), ...errors },
      }),
      async (c) => {
        const { cursor, limit } = c.req.valid("query");
        return c.json(await applicationsOfGraduate(deps, principalOf(c).sub, cursor, limit), 200);
      },
    )
    .openapi(
      createRoute({
        method: "get",
        path: "/v1/graduates/me/data-access",
        tags,
        security: bearer,
        summary: "Who read my personal data (UU PDP audit), newest first",
        request: { query: PageQuery },
        responses: { 200: ok("Reads", Page), ...errors },
      }),
      async (c) => {
        const { cursor, limit } = c.req.valid("query");
        return c.json(await readsOf(deps, principalOf(c).sub, cursor, limit), 200);
      },
    )
    .openapi(
      createRoute({
        method: "get",
        path: "/v1/graduates/me/notifications",
        tags,
        security: bearer,
        summary: "My inbox, newest first",
        request: { query: PageQuery },
        responses: { 200: ok("Inbox", Page), ...errors },
      }),
      async (c) => {
        const { cursor, limit } = c.req.valid("query");
        return c.json(await inbox(deps, principalOf(c).sub, cursor, limit), 200);
      },
    )
    .openapi(
      createRoute({
        method: "post",
        path: "/v1/graduates/me/notifications/{notificationId}/read",
        tags,
        security: bearer,
        summary: "Mark a notice read",
        request: { params: z.object({ notificationId: z.string().min(1).max(64) }) },
        responses: { 204: { description: "Marked" }, ...errors },
      }),
      async (c) => {
        const found = await markRead(deps, principalOf(c).sub, c.req.valid("param").notificationId);
        if (!found) throw notFound("notification", c.req.valid("param").notificationId);
        return c.body(null, 204);
      },
    );
}
