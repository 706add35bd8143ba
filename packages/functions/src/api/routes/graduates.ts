import { createRoute, z } from "@hono/zod-openapi";
import {
  ApplicationView,
  addCredential,
  CredentialInput,
  CredentialView,
  DataReadView,
  GraduateProfileInput,
  GraduateProfileView,
  LearnNextSchema,
  learnNext,
  MatchView,
  markRead,
  myApplications,
  myInbox,
  myMatches,
  myProfile,
  NOTICE_OPT_OUTS,
  NotificationView,
  readsOfMe,
  registerGraduate,
  setConsent,
  setNotificationPreferences,
  updateMyProfile,
} from "@jalur/core";
import { type ApiContext, actorOf, bodyErrors, errors, guard, json, ok, PageQuery, page, pageOf, refusals } from "../context.ts";
import { idempotent } from "../idempotency.ts";
import { router } from "../router.ts";

const tags = ["graduates"];

const ProfileUpdate = GraduateProfileInput.extend({
  version: z.number().int().min(1).describe("The profile's version you read"),
}).meta({
  id: "GraduateProfileUpdate",
  description: "The whole profile as it should be, with the version it was read at",
  example: { ...(GraduateProfileInput.meta()?.example as object), version: 4 },
});
const ConsentInput = z
  .object({ given: z.boolean().describe("true to give consent, false to withdraw it") })
  .meta({ id: "ConsentInput", description: "Consent under UU PDP, explicit and withdrawable", example: { given: true } });
const NotificationPreferencesInput = z
  .object({
    optOut: z
      .array(z.enum(NOTICE_OPT_OUTS))
      .max(NOTICE_OPT_OUTS.length)
      .describe(
        "What is not wanted: `type` (everywhere), `type@in-app` or `type@external` (email, or SMS without email); [] for all",
      ),
  })
  .meta({
    id: "NotificationPreferencesInput",
    description: "Message types the graduate does not want",
    example: { optOut: ["vacancy-match"] },
  });

const MatchPage = page("MatchPage", MatchView);
const ApplicationPage = page("ApplicationPage", ApplicationView);
const DataReadPage = page("DataReadPage", DataReadView);
const NotificationPage = page("NotificationPage", NotificationView);

export function graduateRoutes({ deps }: ApiContext) {
  const r = router();
  r.on("POST", ["/v1/graduates/me", "/v1/graduates/me/credentials"], idempotent(deps));

  return r
    .openapi(
      createRoute({
        method: "post",
        ...guard(registerGraduate),
        path: "/v1/graduates/me",
        tags,
        summary: "Create my profile",
        request: json(GraduateProfileInput),
        responses: {
          201: ok("Created: my profile, with the version to send when I edit it", GraduateProfileView),
          ...refusals,
          ...bodyErrors,
          ...errors,
        },
      }),
      async (c) => c.json(await registerGraduate(deps, actorOf(c), c.req.valid("json")), 201),
    )
    .openapi(
      createRoute({
        method: "get",
        ...guard(myProfile),
        path: "/v1/graduates/me",
        tags,
        summary: "My profile and credentials",
        responses: { 200: ok("My profile", GraduateProfileView), ...errors },
      }),
      async (c) => c.json(await myProfile(deps, actorOf(c)), 200),
    )
    .openapi(
      createRoute({
        method: "put",
        ...guard(updateMyProfile),
        path: "/v1/graduates/me",
        tags,
        summary: "Edit my profile (send the version you read)",
        request: json(ProfileUpdate),
        responses: { 200: ok("Updated", GraduateProfileView), 409: refusals[409], ...bodyErrors, ...errors },
      }),
      async (c) => {
        const { version, ...input } = c.req.valid("json");
        return c.json(await updateMyProfile(deps, actorOf(c), input, version), 200);
      },
    )
    .openapi(
      createRoute({
        method: "put",
        ...guard(setConsent),
        path: "/v1/graduates/me/consent",
        tags,
        summary: "Give or withdraw consent (UU PDP); withdrawal hides me from recruiters and organisers at once",
        request: json(ConsentInput),
        responses: { 200: ok("Consent recorded", GraduateProfileView), 409: refusals[409], ...bodyErrors, ...errors },
      }),
      async (c) => c.json(await setConsent(deps, actorOf(c), c.req.valid("json").given), 200),
    )
    .openapi(
      createRoute({
        method: "put",
        ...guard(setNotificationPreferences),
        path: "/v1/graduates/me/notification-preferences",
        tags,
        summary: "Message types I do not want",
        request: json(NotificationPreferencesInput),
        responses: { 200: ok("Saved", GraduateProfileView), 409: refusals[409], ...bodyErrors, ...errors },
      }),
      async (c) => c.json(await setNotificationPreferences(deps, actorOf(c), c.req.valid("json").optOut), 200),
    )
    .openapi(
      createRoute({
        method: "post",
        ...guard(addCredential),
        path: "/v1/graduates/me/credentials",
        tags,
        summary: "Add a credential with its evidence (unverified until staff review it)",
        request: json(CredentialInput),
        responses: {
          201: ok("Added, waiting for review: its id", CredentialView),
          ...refusals,
          ...bodyErrors,
          ...errors,
        },
      }),
      async (c) => c.json(await addCredential(deps, actorOf(c), c.req.valid("json")), 201),
    )
    .openapi(
      createRoute({
        method: "get",
        ...guard(myMatches),
        path: "/v1/graduates/me/matches",
        tags,
        summary: "Vacancies I match, best first, with explanations; optionally of one country or sector",
        description:
          "With `country` or `sector`, up to four pages of matches are read and filtered: a page may hold fewer than `limit` items and still have a cursor.",
        request: {
          query: PageQuery.extend({
            country: z
              .string()
              .regex(/^[A-Z]{2}$/)
              .optional(),
            sector: z.string().max(60).optional(),
          }),
        },
        responses: { 200: ok("Matches", MatchPage), ...errors },
      }),
      async (c) => {
        const { country, sector, ...page } = c.req.valid("query");
        return c.json(
          await myMatches(deps, actorOf(c), pageOf(page), { ...(country ? { country } : {}), ...(sector ? { sector } : {}) }),
          200,
        );
      },
    )
    .openapi(
      createRoute({
        method: "get",
        ...guard(learnNext),
        path: "/v1/graduates/me/learn-next",
        tags,
        summary:
          "What to learn next: the one credential that would open the most vacancies I now miss for that reason alone (204 when there is none)",
        responses: {
          200: ok("The credential, how many vacancies it opens, and examples", LearnNextSchema),
          204: { description: "Nothing to learn for the vacancies I match" },
          ...errors,
        },
      }),
      async (c) => {
        const next = await learnNext(deps, actorOf(c));
        return next ? c.json(next, 200) : c.body(null, 204);
      },
    )
    .openapi(
      createRoute({
        method: "get",
        ...guard(myApplications),
        path: "/v1/graduates/me/applications",
        tags,
        summary: "My applications, newest first",
        request: { query: PageQuery },
        responses: { 200: ok("Applications", ApplicationPage), ...errors },
      }),
      async (c) => c.json(await myApplications(deps, actorOf(c), pageOf(c.req.valid("query"))), 200),
    )
    .openapi(
      createRoute({
        method: "get",
        ...guard(readsOfMe),
        path: "/v1/graduates/me/data-access",
        tags,
        summary: "Who read my personal data (UU PDP audit), newest first",
        request: { query: PageQuery },
        responses: { 200: ok("Reads", DataReadPage), ...errors },
      }),
      async (c) => c.json(await readsOfMe(deps, actorOf(c), pageOf(c.req.valid("query"))), 200),
    )
    .openapi(
      createRoute({
        method: "get",
        ...guard(myInbox),
        path: "/v1/graduates/me/notifications",
        tags,
        summary: "My inbox, newest first",
        request: { query: PageQuery },
        responses: { 200: ok("Inbox", NotificationPage), ...errors },
      }),
      async (c) => c.json(await myInbox(deps, actorOf(c), pageOf(c.req.valid("query"))), 200),
    )
    .openapi(
      createRoute({
        method: "post",
        ...guard(markRead),
        path: "/v1/graduates/me/notifications/{notificationId}/read",
        tags,
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
