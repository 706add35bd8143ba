import { createRoute, z } from "@hono/zod-openapi";
import {
  addMember,
  createRecruiter,
  LicenceInput,
  listMembers,
  MemberInput,
  organisationInbox,
  RecruiterInput,
  readRecruiter,
  submitLicence,
} from "@jalur/core";
import { type ApiContext, actorOf, admits, bearer, errors, json, ok, Page, PageQuery, pageOf, refusals } from "../context.ts";
import { idempotent } from "../idempotency.ts";
import { router } from "../router.ts";

const tags = ["recruiters"];
const RecruiterId = z.object({ recruiterId: z.string().min(1).max(64) });

export function recruiterRoutes({ deps }: ApiContext) {
  const r = router();
  r.on("POST", "/v1/recruiters", idempotent(deps));

  return r
    .openapi(
      createRoute({
        method: "post",
        middleware: admits(createRecruiter),
        path: "/v1/recruiters",
        tags,
        security: bearer,
        summary: "Onboard a recruiter organisation (staff)",
        request: json(RecruiterInput),
        responses: { 201: ok("Created"), ...refusals, ...errors },
      }),
      async (c) => c.json(await createRecruiter(deps, actorOf(c), c.req.valid("json")), 201),
    )
    .openapi(
      createRoute({
        method: "get",
        middleware: admits(readRecruiter),
        path: "/v1/recruiters/{recruiterId}",
        tags,
        security: bearer,
        summary: "An organisation and its licence (its own recruiters, staff)",
        request: { params: RecruiterId },
        responses: { 200: ok("Recruiter"), ...errors },
      }),
      async (c) => c.json(await readRecruiter(deps, actorOf(c), c.req.valid("param").recruiterId), 200),
    )
    .openapi(
      createRoute({
        method: "put",
        middleware: admits(submitLicence),
        path: "/v1/recruiters/{recruiterId}/licence",
        tags,
        security: bearer,
        summary: "Record a new or renewed SIP3MI licence (unverified until staff check it)",
        request: { params: RecruiterId, ...json(LicenceInput) },
        responses: { 200: ok("Recorded"), ...refusals, ...errors },
      }),
      async (c) => c.json(await submitLicence(deps, actorOf(c), c.req.valid("param").recruiterId, c.req.valid("json")), 200),
    )
    .openapi(
      createRoute({
        method: "post",
        middleware: admits(addMember),
        path: "/v1/recruiters/{recruiterId}/members",
        tags,
        security: bearer,
        summary: "Add (or update) a member of the organisation",
        request: { params: RecruiterId, ...json(MemberInput) },
        responses: { 201: ok("Added"), ...errors },
      }),
      async (c) => c.json(await addMember(deps, actorOf(c), c.req.valid("param").recruiterId, c.req.valid("json")), 201),
    )
    .openapi(
      createRoute({
        method: "get",
        middleware: admits(listMembers),
        path: "/v1/recruiters/{recruiterId}/members",
        tags,
        security: bearer,
        summary: "Members of the organisation",
        request: { params: RecruiterId, query: PageQuery },
        responses: { 200: ok("Members", Page), ...errors },
      }),
      async (c) =>
        c.json(await listMembers(deps, actorOf(c), c.req.valid("param").recruiterId, pageOf(c.req.valid("query"))), 200),
    )
    .openapi(
      createRoute({
        method: "get",
        middleware: admits(organisationInbox),
        path: "/v1/recruiters/me/notifications",
        tags,
        security: bearer,
        summary: "My organisation's inbox, newest first (booth changes at fairs)",
        request: { query: PageQuery },
        responses: { 200: ok("Inbox", Page), ...errors },
      }),
      async (c) => c.json(await organisationInbox(deps, actorOf(c), pageOf(c.req.valid("query"))), 200),
    );
}
