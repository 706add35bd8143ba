import { createRoute, z } from "@hono/zod-openapi";
import {
  AppError,
  applicationsOfVacancy,
  apply,
  candidatesForVacancy,
  closeVacancy,
  createVacancy,
  listOpenVacancies,
  listRecruiterVacancies,
  listVacanciesBySkill,
  ownOr404,
  publishVacancy,
  updateVacancy,
  VacancyInput,
  vacancyFor,
} from "@jalur/core";
import { type ApiContext, authenticate, bearer, errors, ok, Page, PageQuery, principalOf } from "../context.ts";
import { idempotent } from "../idempotency.ts";
import { router } from "../router.ts";

const tags = ["vacancies"];
const json = <T extends z.ZodTypeAny>(schema: T) => ({ body: { required: true, content: { "application/json": { schema } } } });
const VacancyId = z.object({ vacancyId: z.string().min(1).max(64) });
const refused = {
  description: "Refused: every violation with its code and a message in both languages",
  content: {
    "application/problem+json": {
      schema: z.object({ code: z.string(), violations: z.array(z.record(z.string(), z.unknown())) }),
    },
  },
};

export function vacancyRoutes({ deps, verify }: ApiContext) {
  const r = router();
  const anyone = authenticate(verify);
  r.on("POST", "/v1/vacancies", authenticate(verify, "recruiter"), idempotent(deps));
  r.on(["PUT", "POST"], "/v1/vacancies/:vacancyId/*", anyone);
  r.on("PUT", "/v1/vacancies/:vacancyId", anyone);
  r.get("/v1/vacancies/:vacancyId/candidates", anyone);
  r.get("/v1/vacancies/:vacancyId/applications", anyone);
  r.get("/v1/recruiters/:recruiterId/vacancies", anyone);
  // Drafts are visible to their owner: read the token when one is sent, but do not require it.
  r.get("/v1/vacancies/:vacancyId", async (c, next) => (c.req.header("authorization") ? anyone(c, next) : next()));

  return r
    .openapi(
      createRoute({
        method: "post",
        path: "/v1/vacancies",
        tags,
        security: bearer,
        summary: "Create a draft vacancy",
        request: json(VacancyInput),
        responses: { 201: ok("Draft created"), ...errors },
      }),
      async (c) => c.json(await createVacancy(deps, principalOf(c).recruiterId!, c.req.valid("json")), 201),
    )
    .openapi(
      createRoute({
        method: "get",
        path: "/v1/vacancies",
        tags,
        summary: "Open vacancies by country (and sector), or by skill",
        request: {
          query: PageQuery.extend({
            country: z
              .string()
              .regex(/^[A-Z]{2}$/)
              .optional(),
            sector: z.string().max(60).optional(),
            skill: z.string().max(80).optional(),
          }),
        },
        responses: { 200: ok("Vacancies", Page), ...errors },
      }),
      async (c) => {
        const { country, sector, skill, cursor, limit } = c.req.valid("query");
        if (skill) return c.json(await listVacanciesBySkill(deps, skill, country, cursor, limit), 200);
        if (!country) throw new AppError("validation", "country_or_skill_required", "Filter by country (ISO code) or by skill.");
        return c.json(await listOpenVacancies(deps, { country, sector }, cursor, limit), 200);
      },
    )
    .openapi(
      createRoute({
        method: "get",
        path: "/v1/vacancies/{vacancyId}",
        tags,
        summary: "A vacancy (drafts only for their recruiter and staff)",
        request: { params: VacancyId },
        responses: { 200: ok("Vacancy"), ...errors },
      }),
      async (c) => {
        const principal = c.get("principal") ?? { sub: "anonymous", role: "graduate" as const };
        return c.json(await vacancyFor(deps, principal, c.req.valid("param").vacancyId), 200);
      },
    )
    .openapi(
      createRoute({
        method: "put",
        path: "/v1/vacancies/{vacancyId}",
        tags,
        security: bearer,
        summary: "Edit a vacancy (send the version you read); a published one must stay lawful",
        request: { params: VacancyId, ...json(VacancyInput.and(z.object({ version: z.number().int().min(1) }))) },
        responses: { 200: ok("Updated"), 409: errors[404], 422: refused, ...errors },
      }),
      async (c) => {
        const { version, ...input } = c.req.valid("json");
        return c.json(
          await updateVacancy(deps, principalOf(c), c.req.valid("param").vacancyId, VacancyInput.parse(input), version),
          200,
        );
      },
    )
    .openapi(
      createRoute({
        method: "post",
        path: "/v1/vacancies/{vacancyId}/publish",
        tags,
        security: bearer,
        summary: "Publish: runs the worker-protection rules",
        request: { params: VacancyId },
        responses: { 200: ok("Published"), 422: refused, ...errors },
      }),
      async (c) => c.json(await publishVacancy(deps, principalOf(c), c.req.valid("param").vacancyId), 200),
    )
    .openapi(
      createRoute({
        method: "post",
        path: "/v1/vacancies/{vacancyId}/close",
        tags,
        security: bearer,
        summary: "Close a vacancy or mark it filled",
        request: { params: VacancyId, ...json(z.object({ state: z.enum(["closed", "filled"]).default("closed") })) },
        responses: { 200: ok("Closed"), ...errors },
      }),
      async (c) =>
        c.json(await closeVacancy(deps, principalOf(c), c.req.valid("param").vacancyId, c.req.valid("json").state), 200),
    )
    .openapi(
      createRoute({
        method: "get",
        path: "/v1/vacancies/{vacancyId}/candidates",
        tags,
        security: bearer,
        summary: "Ranked, explained candidates (the vacancy's recruiter and staff)",
        request: { params: VacancyId, query: PageQuery },
        responses: { 200: ok("Candidates", Page), ...errors },
      }),
      async (c) => {
        const { vacancyId } = c.req.valid("param");
        await vacancyFor(deps, principalOf(c), vacancyId, { write: true });
        const { cursor, limit } = c.req.valid("query");
        return c.json(await candidatesForVacancy(deps, vacancyId, cursor, limit), 200);
      },
    )
    .openapi(
      createRoute({
        method: "get",
        path: "/v1/vacancies/{vacancyId}/applications",
        tags,
        security: bearer,
        summary: "Applications to a vacancy (its recruiter and staff); apply-anyway ones are flagged",
        request: { params: VacancyId, query: PageQuery },
        responses: { 200: ok("Applications", Page), ...errors },
      }),
      async (c) => {
        const { vacancyId } = c.req.valid("param");
        await vacancyFor(deps, principalOf(c), vacancyId, { write: true });
        const { cursor, limit } = c.req.valid("query");
        return c.json(await applicationsOfVacancy(deps, vacancyId, cursor, limit), 200);
      },
    )
    .openapi(
      createRoute({
        method: "post",
        path: "/v1/vacancies/{vacancyId}/applications",
        tags,
        security: bearer,
        summary: "Apply (only when eligible, or with applyAnyway)",
        request: { params: VacancyId, ...json(z.object({ applyAnyway: z.boolean().default(false) })) },
        responses: { 201: ok("Applied"), 409: errors[404], 422: errors[400], ...errors },
      }),
      async (c) => {
        const principal = principalOf(c);
        if (principal.role !== "graduate") throw new AppError("forbidden", "role_not_allowed", "Only graduates apply.");
        return c.json(await apply(deps, principal.sub, c.req.valid("param").vacancyId, c.req.valid("json").applyAnyway), 201);
      },
    )
    .openapi(
      createRoute({
        method: "get",
        path: "/v1/recruiters/{recruiterId}/vacancies",
        tags,
        security: bearer,
        summary: "A recruiter's vacancies, all states",
        request: { params: z.object({ recruiterId: z.string().min(1).max(64) }), query: PageQuery },
        responses: { 200: ok("Vacancies", Page), ...errors },
      }),
      async (c) => {
        const principal = principalOf(c);
        const { recruiterId } = c.req.valid("param");
        ownOr404(principal.role === "staff" || principal.recruiterId === recruiterId, "recruiter", recruiterId);
        const { cursor, limit } = c.req.valid("query");
        return c.json(await listRecruiterVacancies(deps, recruiterId, cursor, limit), 200);
      },
    );
}
