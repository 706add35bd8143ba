import { createRoute, z } from "@hono/zod-openapi";
import {
  addMember,
  createRecruiter,
  getRecruiter,
  LicenceInput,
  listMembers,
  MemberInput,
  ownOr404,
  RecruiterInput,
  requireRole,
  submitLicence,
} from "@jalur/core";
import { type ApiContext, authenticate, bearer, errors, ok, Page, PageQuery, principalOf } from "../context.ts";
import { idempotent } from "../idempotency.ts";
import { router } from "../router.ts";

const tags = ["recruiters"];
const json = <T extends z.ZodTypeAny>(schema: T) => ({ body: { required: true, content: { "application/json": { schema } } } });
const RecruiterId = z.object({ recruiterId: z.string().min(1).max(64) });

export function recruiterRoutes({ deps, verify }: ApiContext) {
  const r = router();
  r.on("POST", "/v1/recruiters", authenticate(verify, "staff"), idempotent(deps));
  r.on(
    ["GET", "PUT", "POST"],
    ["/v1/recruiters/:recruiterId", "/v1/recruiters/:recruiterId/licence", "/v1/recruiters/:recruiterId/members"],
    authenticate(verify, "recruiter", "staff"),
  );
  const own = (c: Parameters<typeof principalOf>[0], recruiterId: string) => {
    const p = principalOf(c);
    ownOr404(p.role === "staff" || p.recruiterId === recruiterId, "recruiter", recruiterId);
  };

  return r
    .openapi(
      createRoute({
        method: "post",
        path: "/v1/recruiters",
        tags,
        security: bearer,
        summary: "Onboard a recruiter organisation (staff)",
        request: json(RecruiterInput),
        responses: { 201: ok("Created"), ...errors },
      }),
      async (c) => c.json(await createRecruiter(deps, c.req.valid("json")), 201),
    )
    .openapi(
      createRoute({
        method: "get",
        path: "/v1/recruiters/{recruiterId}",
        tags,
        security: bearer,
        summary: "An organisation and its licence",
        request: { params: RecruiterId },
        responses: { 200: ok("Recruiter"), ...errors },
      }),
      async (c) => {
        const { recruiterId } = c.req.valid("param");
        own(c, recruiterId);
        return c.json(await getRecruiter(deps, recruiterId), 200);
      },
    )
    .openapi(
      createRoute({
        method: "put",
        path: "/v1/recruiters/{recruiterId}/licence",
        tags,
        security: bearer,
        summary: "Record a new or renewed SIP3MI licence (unverified until staff check it)",
        request: { params: RecruiterId, ...json(LicenceInput) },
        responses: { 200: ok("Recorded"), ...errors },
      }),
      async (c) => {
        const { recruiterId } = c.req.valid("param");
        requireRole(principalOf(c), "recruiter");
        own(c, recruiterId);
        return c.json(await submitLicence(deps, recruiterId, c.req.valid("json")), 200);
      },
    )
    .openapi(
      createRoute({
        method: "post",
        path: "/v1/recruiters/{recruiterId}/members",
        tags,
        security: bearer,
        summary: "Add a member",
        request: { params: RecruiterId, ...json(MemberInput) },
        responses: { 201: ok("Added"), ...errors },
      }),
      async (c) => {
        const { recruiterId } = c.req.valid("param");
        own(c, recruiterId);
        return c.json(await addMember(deps, recruiterId, c.req.valid("json")), 201);
      },
    )
    .openapi(
      createRoute({
        method: "get",
        path: "/v1/recruiters/{recruiterId}/members",
        tags,
        security: bearer,
        summary: "Members",
        request: { params: RecruiterId, query: PageQuery },
        responses: { 200: ok("Members", Page), ...errors },
      }),
      async (c) => {
        const { recruiterId } = c.req.valid("param");
        own(c, recruiterId);
        const { cursor, limit } = c.req.valid("query");
        return c.json(await listMembers(deps, recruiterId, cursor, limit), 200);
      },
    );
}
