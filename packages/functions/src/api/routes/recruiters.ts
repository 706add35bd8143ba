import { createRoute, z } from "@hono/zod-openapi";
import {
  addMember,
  createRecruiter,
  LicenceInput,
  listMembers,
  MemberInput,
  MemberView,
  NotificationView,
  organisationInbox,
  RecruiterInput,
  RecruiterView,
  readRecruiter,
  submitLicence,
} from "@jalur/core";
import { type ApiContext, actorOf, bodyErrors, errors, guard, json, ok, PageQuery, page, pageOf, refusals } from "../context.ts";
import { idempotent } from "../idempotency.ts";
import { router } from "../router.ts";

const tags = ["recruiters"];
const RecruiterId = z.object({ recruiterId: z.string().min(1).max(64) });

const MemberPage = page("MemberPage", MemberView);
const OrganisationNotificationPage = page("OrganisationNotificationPage", NotificationView);

export function recruiterRoutes({ deps }: ApiContext) {
  const r = router();
  r.on("POST", "/v1/recruiters", idempotent(deps));

  return r
    .openapi(
      createRoute({
        method: "post",
        ...guard(createRecruiter),
        path: "/v1/recruiters",
        tags,
        summary: "Onboard a recruiter organisation (staff)",
        request: json(RecruiterInput),
        responses: {
          201: ok("Created: the organisation, its id and version", RecruiterView),
          ...refusals,
          ...bodyErrors,
          ...errors,
        },
      }),
      async (c) => c.json(await createRecruiter(deps, actorOf(c), c.req.valid("json")), 201),
    )
    .openapi(
      createRoute({
        method: "get",
        ...guard(readRecruiter),
        path: "/v1/recruiters/{recruiterId}",
        tags,
        summary: "An organisation and its licence (its own recruiters, staff)",
        request: { params: RecruiterId },
        responses: { 200: ok("The organisation", RecruiterView), ...errors },
      }),
      async (c) => c.json(await readRecruiter(deps, actorOf(c), c.req.valid("param").recruiterId), 200),
    )
    .openapi(
      createRoute({
        method: "put",
        ...guard(submitLicence),
        path: "/v1/recruiters/{recruiterId}/licence",
        tags,
        summary: "Record a new or renewed SIP3MI licence (unverified until staff check it)",
        request: { params: RecruiterId, ...json(LicenceInput) },
        responses: { 200: ok("Recorded", RecruiterView), 409: refusals[409], ...bodyErrors, ...errors },
      }),
      async (c) => c.json(await submitLicence(deps, actorOf(c), c.req.valid("param").recruiterId, c.req.valid("json")), 200),
    )
    .openapi(
      createRoute({
        method: "post",
        ...guard(addMember),
        path: "/v1/recruiters/{recruiterId}/members",
        tags,
        summary: "Add (or update) a member of the organisation",
        request: { params: RecruiterId, ...json(MemberInput) },
        responses: { 201: ok("Added", MemberView), ...bodyErrors, ...errors },
      }),
      async (c) => c.json(await addMember(deps, actorOf(c), c.req.valid("param").recruiterId, c.req.valid("json")), 201),
    )
    .openapi(
      createRoute({
        method: "get",
        ...guard(listMembers),
        path: "/v1/recruiters/{recruiterId}/members",
        tags,
        summary: "Members of the organisation",
        request: { params: RecruiterId, query: PageQuery },
        responses: { 200: ok("Members", MemberPage), ...errors },
      }),
      async (c) =>
        c.json(await listMembers(deps, actorOf(c), c.req.valid("param").recruiterId, pageOf(c.req.valid("query"))), 200),
    )
    .openapi(
      createRoute({
        method: "get",
        ...guard(organisationInbox),
        path: "/v1/recruiters/me/notifications",
        tags,
        summary: "My organisation's inbox, newest first (booth changes at fairs)",
        request: { query: PageQuery },
        responses: { 200: ok("Inbox", OrganisationNotificationPage), ...errors },
      }),
      async (c) => c.json(await organisationInbox(deps, actorOf(c), pageOf(c.req.valid("query"))), 200),
    );
}
