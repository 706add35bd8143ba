import { createRoute, z } from "@hono/zod-openapi";
import {
  addCredential,
  CredentialInput,
  GraduateProfileInput,
  markRead,
  myApplications,
  myInbox,
  myMatches,
  myProfile,
  OPTIONAL_NOTICES,
  readsOfMe,
  registerGraduate,
  setConsent,
  setNotificationPreferences,
  updateMyProfile,
} from "@jalur/core";
import { type ApiContext, actorOf, admits, bearer, errors, json, ok, Page, PageQuery, pageOf, refusals } from "../context.ts";
import { idempotent } from "../idempotency.ts";
import { router } from "../router.ts";

const tags = ["graduates"];

export function graduateRoutes({ deps }: ApiContext) {
  const r = router();
  r.on("POST", ["/v1/graduates/me", "/v1/graduates/me/credentials"], idempotent(deps));

  return r
    .openapi(
      createRoute({
        method: "post",
        middleware: admits(registerGraduate),
        path: "/v1/graduates/me",
        tags,
        security: bearer,
        summary: "Create my profile",
        request: json(GraduateProfileInput),
        responses: { 201: ok("Created"), ...refusals, ...errors },
      }),
      async (c) => c.json(await registerGraduate(deps, actorOf(c), c.req.valid("json")), 201),
    )
    .openapi(
      createRoute({
        method: "get",
        middleware: admits(myProfile),
        path: "/v1/graduates/me",
        tags,
        security: bearer,
        summary: "My profile and credentials",
        responses: { 200: ok("Profile"), ...errors },
      }),
      async (c) => c.json(await myProfile(deps, actorOf(c)), 200),
    )
    .openapi(
      createRoute({
        method: "put",
        middleware: admits(updateMyProfile),
        path: "/v1/graduates/me",
        tags,
        security: bearer,
        summary: "Edit my profile (send the version you read)",
        request: json(GraduateProfileInput.extend({ version: z.number().int().min(1) })),
        responses: { 200: ok("Updated"), ...refusals, ...errors },
      }),
      async (c) => {
        const { version, ...input } = c.req.valid("json");
        return c.json(await updateMyProfile(deps, actorOf(c), input, version), 200);
      },
    )
    .openapi(
      createRoute({
        method: "put",
        middleware: admits(setConsent),
        path: "/v1/graduates/me/consent",
        tags,
        security: bearer,
        summary: "Give or withdraw consent (UU PDP); withdrawal hides me from recruiters and organisers at once",
        request: json(z.object({ given: z.boolean() })),
        responses: { 200: ok("Consent recorded"), ...refusals, ...errors },
      }),
      async (c) => c.json(await setConsent(deps, actorOf(c), c.req.valid("json").given), 200),
    )
    .openapi(
      createRoute({
        method: "put",
        middleware: admits(setNotificationPreferences),
        path: "/v1/graduates/me/notification-preferences",
        tags,
        security: bearer,
        summary: "Message types I do not want",
        request: json(z.object({ optOut: z.array(z.enum(OPTIONAL_NOTICES)).max(10) })),
        responses: { 200: ok("Saved"), ...refusals, ...errors },
      }),
      async (c) => c.json(await setNotificationPreferences(deps, actorOf(c), c.req.valid("json").optOut), 200),
    )
    .openapi(
      createRoute({
        method: "post",
        middleware: admits(addCredential),
        path: "/v1/graduates/me/credentials",
        tags,
        security: bearer,
        summary: "Add a credential with its evidence (unverified until staff review it)",
        request: json(CredentialInput),
        responses: { 201: ok("Added"), ...refusals, ...errors },
      }),
      async (c) => c.json(await addCredential(deps, actorOf(c), c.req.valid("json")), 201),
    )
    .openapi(
      createRoute({
        method: "get",
        middleware: admits(myMatches),
        path: "/v1/graduates/me/matches",
        tags,
        security: bearer,
        summary: "Vacancies I match, best first, with explanations",
        request: { query: PageQuery },
        responses: { 200: ok("Matches", Page), ...errors },
      }),
      async (c) => c.json(await myMatches(deps, actorOf(c), pageOf(c.req.valid("query"))), 200),
    )
    .openapi(
      createRoute({
        method: "get",
        middleware: admits(myApplications),
        path: "/v1/graduates/me/applications",
        tags,
        security: bearer,
        summary: "My applications, newest first",
        request: { query: PageQuery },
        responses: { 200: ok("Applications", Page), ...errors },
      }),
      async (c) => c.json(await myApplications(deps, actorOf(c), pageOf(c.req.valid("query"))), 200),
    )
    .openapi(
      createRoute({
        method: "get",
        middleware: admits(readsOfMe),
        path: "/v1/graduates/me/data-access",
        tags,
        security: bearer,
        summary: "Who read my personal data (UU PDP audit), newest first",
        request: { query: PageQuery },
        responses: { 200: ok("Reads", Page), ...errors },
      }),
      async (c) => c.json(await readsOfMe(deps, actorOf(c), pageOf(c.req.valid("query"))), 200),
    )
    .openapi(
      createRoute({
        method: "get",
        middleware: admits(myInbox),
        path: "/v1/graduates/me/notifications",
        tags,
        security: bearer,
        summary: "My inbox, newest first",
        request: { query: PageQuery },
        responses: { 200: ok("Inbox", Page), ...errors },
      }),
      async (c) => c.json(await myInbox(deps, actorOf(c), pageOf(c.req.valid("query"))), 200),
    )
    .openapi(
      createRoute({
        method: "post",
        middleware: admits(markRead),
        path: "/v1/graduates/me/notifications/{notificationId}/read",
        tags,
        security: bearer,
        summary: "Mark a notice read",
        request: { params: z.object({ notificationId: z.string().min(1).max(64) }) },
        responses: { 204: { description: "Marked" }, ...errors },
      }),
      async (c) => {
        await markRead(deps, actorOf(c), c.req.valid("param").notificationId);
        return c.body(null, 204);
      },
    );
}
