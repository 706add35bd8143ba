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
  publishVacancy,
  readVacancy,
  updateVacancy,
  VacancyInput,
} from "@jalur/core";
import { type ApiContext, actorOf, admits, bearer, errors, json, ok, Page, PageQuery, pageOf, refusals } from "../context.ts";
import { idempotent } from "../idempotency.ts";
import { router } from "../router.ts";

const tags = ["vacancies"];
const VacancyId = z.object({ vacancyId: z.string().min(1).max(64) });
const refused = {
  description: "Refused: every violation with its code and a message in both languages",
  content: {
    "application/problem+json": {
      schema: z.object({ code: z.string(), violations: z.array(z.record(z.string(), z.unknown())) }),
    },
  },
};

export function vacancyRoutes({ deps }: ApiContext) {
  const r = router();
  r.on("POST", ["/v1/vacancies", "/v1/vacancies/:vacancyId/applications"], idempotent(deps));

  return r
    .openapi(
      createRoute({
        method: "post",
        middleware: admits(createVacancy),
        path: "/v1/vacancies",
        tags,
        security: bearer,
        summary: "Create a draft vacancy (a recruiter, for its organisation)",
        request: json(VacancyInput),
        responses: { 201: ok("Draft created"), ...errors },
      }),
      async (c) => c.json(await createVacancy(deps, actorOf(c), c.req.valid("json")), 201),
    )
    .openapi(
      createRoute({
        method: "get",
        middleware: admits(listVacanciesBySkill),
        path: "/v1/vacancies",
        tags,
        summary: "Open vacancies by country (and sector), or by skill (public)",
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
        const { country, sector, skill, ...page } = c.req.valid("query");
        if (skill)
          return c.json(
            await listVacanciesBySkill(deps, actorOf(c), { skill, ...(country ? { country } : {}) }, pageOf(page)),
            200,
          );
        if (!country) throw new AppError("validation", "country_or_skill_required", "Filter by country (ISO code) or by skill.");
        return c.json(await listOpenVacancies(deps, actorOf(c), { country, ...(sector ? { sector } : {}) }, pageOf(page)), 200);
      },
    )
    .openapi(
      createRoute({
        method: "get",
        middleware: admits(readVacancy),
        path: "/v1/vacancies/{vacancyId}",
        tags,
        summary: "A vacancy (public once published; a draft only for its recruiter and staff)",
        request: { params: VacancyId },
        responses: { 200: ok("Vacancy"), ...errors },
      }),
      async (c) => c.json(await readVacancy(deps, actorOf(c), c.req.valid("param").vacancyId), 200),
    )
    .openapi(
      createRoute({
        method: "put",
        middleware: admits(updateVacancy),
        path: "/v1/vacancies/{vacancyId}",
        tags,
        security: bearer,
        summary: "Edit a vacancy (send the version you read); a published one must stay lawful",
        request: { params: VacancyId, ...json(VacancyInput.and(z.object({ version: z.number().int().min(1) }))) },
        responses: { 200: ok("Updated"), 409: refusals[409], 422: refused, ...errors },
      }),
      async (c) => {
        const { version, ...input } = c.req.valid("json");
        return c.json(
          await updateVacancy(deps, actorOf(c), c.req.valid("param").vacancyId, VacancyInput.parse(input), version),
          200,
        );
      },
    )
    .openapi(
      createRoute({
        method: "post",
        middleware: admits(publishVacancy),
        path: "/v1/vacancies/{vacancyId}/publish",
        tags,
        security: bearer,
        summary: "Publish: runs the worker-protection rules",
        request: { params: VacancyId },
        responses: { 200: ok("Published"), 409: refusals[409], 422: refused, ...errors },
      }),
      async (c) => c.json(await publishVacancy(deps, actorOf(c), c.req.valid("param").vacancyId), 200),
    )
    .openapi(
      createRoute({
        method: "post",
        middleware: admits(closeVacancy),
        path: "/v1/vacancies/{vacancyId}/close",
        tags,
        security: bearer,
        summary: "Close a vacancy or mark it filled (its recruiter; staff may close any)",
        request: { params: VacancyId, ...json(z.object({ state: z.enum(["closed", "filled"]).default("closed") })) },
        responses: { 200: ok("Closed"), ...refusals, ...errors },
      }),
      async (c) => c.json(await closeVacancy(deps, actorOf(c), c.req.valid("param").vacancyId, c.req.valid("json").state), 200),
    )
    .openapi(
      createRoute({
        method: "get",
        middleware: admits(candidatesForVacancy),
        path: "/v1/vacancies/{vacancyId}/candidates",
        tags,
        security: bearer,
        summary: "Ranked, explained candidates (the vacancy's recruiter); consenting graduates only",
        request: { params: VacancyId, query: PageQuery },
        responses: { 200: ok("Candidates", Page), ...errors },
      }),
      async (c) =>
        c.json(await candidatesForVacancy(deps, actorOf(c), c.req.valid("param").vacancyId, pageOf(c.req.valid("query"))), 200),
    )
    .openapi(
      createRoute({
        method: "get",
        middleware: admits(applicationsOfVacancy),
        path: "/v1/vacancies/{vacancyId}/applications",
        tags,
        security: bearer,
        summary: "Applications to a vacancy (its recruiter); apply-anyway ones are flagged",
        request: { params: VacancyId, query: PageQuery },
        responses: { 200: ok("Applications", Page), ...errors },
      }),
      async (c) =>
        c.json(await applicationsOfVacancy(deps, actorOf(c), c.req.valid("param").vacancyId, pageOf(c.req.valid("query"))), 200),
    )
    .openapi(
      createRoute({
        method: "post",
        middleware: admits(apply),
        path: "/v1/vacancies/{vacancyId}/applications",
        tags,
        security: bearer,
        summary: "Apply (a graduate; only when eligible, or with applyAnyway)",
        request: { params: VacancyId, ...json(z.object({ applyAnyway: z.boolean().default(false) })) },
        responses: { 201: ok("Applied"), ...refusals, ...errors },
      }),
      async (c) => c.json(await apply(deps, actorOf(c), c.req.valid("param").vacancyId, c.req.valid("json").applyAnyway), 201),
    )
    .openapi(
      createRoute({
        method: "get",
        middleware: admits(listRecruiterVacancies),
        path: "/v1/recruiters/{recruiterId}/vacancies",
        tags,
        security: bearer,
        summary: "A recruiter's vacancies, all states (its own recruiters, staff)",
        request: { params: z.object({ recruiterId: z.string().min(1).max(64) }), query: PageQuery },
        responses: { 200: ok("Vacancies", Page), ...errors },
      }),
      async (c) =>
        c.json(
          await listRecruiterVacancies(deps, actorOf(c), c.req.valid("param").recruiterId, pageOf(c.req.valid("query"))),
          200,
        ),
    );
}
