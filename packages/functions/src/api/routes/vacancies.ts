import { createRoute, z } from "@hono/zod-openapi";
import {
  AppError,
  ApplicationView,
  applicationsOfVacancy,
  apply,
  CandidateView,
  candidatesForVacancy,
  closeVacancy,
  createVacancy,
  listOpenVacancies,
  listRecruiterVacancies,
  listVacanciesBySkill,
  publishVacancy,
  readVacancy,
  updateVacancy,
  VacancyApplicationView,
  VacancyDetailView,
  VacancyInput,
  ViolationView,
} from "@jalur/core";
import { type ApiContext, actorOf, bodyErrors, errors, guard, json, ok, PageQuery, page, pageOf, refusals } from "../context.ts";
import { idempotent } from "../idempotency.ts";
import { Problem } from "../problem.ts";
import { router } from "../router.ts";

const tags = ["vacancies"];
const VacancyId = z.object({ vacancyId: z.string().min(1).max(64) });
const refused = {
  description:
    "Refused under the worker-protection rules (code vacancy_not_compliant): every violation with its code and a message in both languages",
  content: {
    "application/problem+json": {
      schema: Problem.extend({ violations: z.array(ViolationView) }).meta({
        id: "ComplianceRefusal",
        description: "A problem document listing every violation that blocks publishing",
      }),
    },
  },
};

const VacancyUpdateInput = VacancyInput.and(
  z.object({ version: z.number().int().min(1).describe("The vacancy's version you read") }),
).meta({
  id: "VacancyUpdateInput",
  description: "The whole vacancy as it should be, with the version it was read at",
  example: { ...(VacancyInput.meta()?.example as object), version: 1 },
});
const VacancyCloseInput = z
  .object({ state: z.enum(["closed", "filled"]).default("closed").describe("filled: every opening was taken") })
  .meta({ id: "VacancyCloseInput", description: "How the vacancy ends", example: { state: "filled" } });
const ApplyInput = z
  .object({
    applyAnyway: z
      .boolean()
      .default(false)
      .describe("Apply although not eligible (the recruiter sees it flagged); without it, not eligible is refused"),
  })
  .meta({ id: "ApplyInput", description: "An application to a published vacancy", example: { applyAnyway: false } });

const VacancyPage = page("VacancyPage", VacancyDetailView);
const CandidatePage = page("CandidatePage", CandidateView);
const VacancyApplicationPage = page("VacancyApplicationPage", VacancyApplicationView);

export function vacancyRoutes({ deps }: ApiContext) {
  const r = router();
  r.on("POST", ["/v1/vacancies", "/v1/vacancies/:vacancyId/applications"], idempotent(deps));

  return r
    .openapi(
      createRoute({
        method: "post",
        ...guard(createVacancy),
        path: "/v1/vacancies",
        tags,
        summary: "Create a draft vacancy (a recruiter, for its organisation)",
        request: json(VacancyInput),
        responses: {
          201: ok("Draft created: its vacancyId, and the version to send when editing it", VacancyDetailView),
          ...refusals,
          ...bodyErrors,
          ...errors,
        },
      }),
      async (c) => c.json(await createVacancy(deps, actorOf(c), c.req.valid("json")), 201),
    )
    .openapi(
      createRoute({
        method: "get",
        ...guard(listVacanciesBySkill),
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
        responses: { 200: ok("Open vacancies", VacancyPage), ...errors },
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
        ...guard(readVacancy),
        path: "/v1/vacancies/{vacancyId}",
        tags,
        summary: "A vacancy (public once published; a draft only for its recruiter and staff)",
        request: { params: VacancyId },
        responses: { 200: ok("The vacancy", VacancyDetailView), ...errors },
      }),
      async (c) => c.json(await readVacancy(deps, actorOf(c), c.req.valid("param").vacancyId), 200),
    )
    .openapi(
      createRoute({
        method: "put",
        ...guard(updateVacancy),
        path: "/v1/vacancies/{vacancyId}",
        tags,
        summary: "Edit a vacancy (send the version you read); a published one must stay lawful",
        request: { params: VacancyId, ...json(VacancyUpdateInput) },
        responses: { 200: ok("Updated", VacancyDetailView), 409: refusals[409], 422: refused, ...bodyErrors, ...errors },
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
        ...guard(publishVacancy),
        path: "/v1/vacancies/{vacancyId}/publish",
        tags,
        summary: "Publish: runs the worker-protection rules",
        request: { params: VacancyId },
        responses: { 200: ok("Published, with any warnings", VacancyDetailView), 409: refusals[409], 422: refused, ...errors },
      }),
      async (c) => c.json(await publishVacancy(deps, actorOf(c), c.req.valid("param").vacancyId), 200),
    )
    .openapi(
      createRoute({
        method: "post",
        ...guard(closeVacancy),
        path: "/v1/vacancies/{vacancyId}/close",
        tags,
        summary: "Close a vacancy or mark it filled (its recruiter; staff may close any)",
        request: { params: VacancyId, ...json(VacancyCloseInput) },
        responses: { 200: ok("Closed", VacancyDetailView), 409: refusals[409], ...bodyErrors, ...errors },
      }),
      async (c) => c.json(await closeVacancy(deps, actorOf(c), c.req.valid("param").vacancyId, c.req.valid("json").state), 200),
    )
    .openapi(
      createRoute({
        method: "get",
        ...guard(candidatesForVacancy),
        path: "/v1/vacancies/{vacancyId}/candidates",
        tags,
        summary: "Ranked, explained candidates (the vacancy's recruiter); consenting graduates only",
        request: { params: VacancyId, query: PageQuery },
        responses: { 200: ok("Candidates, best first", CandidatePage), ...errors },
      }),
      async (c) =>
        c.json(await candidatesForVacancy(deps, actorOf(c), c.req.valid("param").vacancyId, pageOf(c.req.valid("query"))), 200),
    )
    .openapi(
      createRoute({
        method: "get",
        ...guard(applicationsOfVacancy),
        path: "/v1/vacancies/{vacancyId}/applications",
        tags,
        summary: "Applications to a vacancy (its recruiter); apply-anyway ones are flagged",
        request: { params: VacancyId, query: PageQuery },
        responses: { 200: ok("Applications", VacancyApplicationPage), ...errors },
      }),
      async (c) =>
        c.json(await applicationsOfVacancy(deps, actorOf(c), c.req.valid("param").vacancyId, pageOf(c.req.valid("query"))), 200),
    )
    .openapi(
      createRoute({
        method: "post",
        ...guard(apply),
        path: "/v1/vacancies/{vacancyId}/applications",
        tags,
        summary: "Apply (a graduate; only when eligible, or with applyAnyway)",
        request: { params: VacancyId, ...json(ApplyInput) },
        responses: {
          201: ok("Applied: the applicationId to read or move it", ApplicationView),
          ...refusals,
          ...bodyErrors,
          ...errors,
        },
      }),
      async (c) => c.json(await apply(deps, actorOf(c), c.req.valid("param").vacancyId, c.req.valid("json").applyAnyway), 201),
    )
    .openapi(
      createRoute({
        method: "get",
        ...guard(listRecruiterVacancies),
        path: "/v1/recruiters/{recruiterId}/vacancies",
        tags,
        summary: "A recruiter's vacancies, all states (its own recruiters, staff)",
        request: { params: z.object({ recruiterId: z.string().min(1).max(64) }), query: PageQuery },
        responses: { 200: ok("Vacancies", VacancyPage), ...errors },
      }),
      async (c) =>
        c.json(
          await listRecruiterVacancies(deps, actorOf(c), c.req.valid("param").recruiterId, pageOf(c.req.valid("query"))),
          200,
        ),
    );
}
