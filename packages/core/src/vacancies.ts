import {
  CostItem,
  checkCompliance,
  defaultTaxonomy,
  IsoDateSchema,
  PlacementScheme,
  placementPolicy,
  Requirement,
  requirementProblems,
  Salary,
  type VacancyState,
  type Violation,
  vacancyMachine,
} from "@jalur/domain";
import { z } from "zod";
import { db, isConditionFailure, type VacancyItem } from "./db.ts";
import { demandOf, net } from "./demand.ts";
import type { Deps } from "./deps.ts";
import { AppError, notFound } from "./errors.ts";
import type { Principal } from "./principal.ts";
import { enqueue } from "./queue.ts";
import { getRecruiter } from "./recruiters.ts";
import { committed, versionConflict } from "./transactions.ts";

export const VacancyInput = z
  .object({
    title: z.string().trim().min(3).max(200),
    description: z.string().trim().max(5000).optional(),
    country: z.string().regex(/^[A-Z]{2}$/, "ISO 3166 alpha-2 country code"),
    sector: z.string().min(1).max(60),
    scheme: PlacementScheme,
    program: z.string().max(60).optional(),
    openings: z.number().int().min(1).max(10_000),
    salary: Salary,
    costs: z.array(CostItem).max(30).default([]),
    jobOrderRef: z.string().trim().max(120).optional(),
    applicationDeadline: IsoDateSchema,
    expectedStart: IsoDateSchema,
    ageMin: z.number().int().min(18).max(70).optional(),
    ageMax: z.number().int().min(18).max(70).optional(),
    requirements: z.array(Requirement).max(20).default([]),
  })
  .superRefine((v, ctx) => {
    if (v.ageMin !== undefined && v.ageMax !== undefined && v.ageMax < v.ageMin) {
      ctx.addIssue({ code: "custom", path: ["ageMax"], message: "ageMax is below ageMin" });
    }
    const ids = new Set<string>();
    v.requirements.forEach((r, i) => {
      if (ids.has(r.id))
        ctx.addIssue({ code: "custom", path: ["requirements", i, "id"], message: `Duplicate requirement id ${r.id}` });
      ids.add(r.id);
      for (const message of requirementProblems(r, defaultTaxonomy))
        ctx.addIssue({ code: "custom", path: ["requirements", i], message });
    });
  });
export type VacancyInput = z.infer<typeof VacancyInput>;

/** Access pattern: a vacancy by id. */
export async function getVacancy(deps: Deps, vacancyId: string): Promise<VacancyItem> {
  const { data } = await db(deps).vacancy.get({ vacancyId }).go();
  if (!data) throw notFound("vacancy", vacancyId);
  return data;
}

/** The vacancy as the recruiter who owns it, or staff, may handle it; others get 404 for drafts. */
export async function vacancyFor(
  deps: Deps,
  principal: Principal,
  vacancyId: string,
  options: { write?: boolean } = {},
): Promise<VacancyItem> {
  const vacancy = await getVacancy(deps, vacancyId);
  const owner = principal.role === "recruiter" && principal.recruiterId === vacancy.recruiterId;
  const staff = principal.role === "staff";
  if (options.write ? !(owner || staff) : !(owner || staff || vacancy.state !== "draft")) throw notFound("vacancy", vacancyId);
  return vacancy;
}

export async function createVacancy(deps: Deps, recruiterId: string, input: VacancyInput): Promise<VacancyItem> {
  await getRecruiter(deps, recruiterId);
  const now = deps.now().toISOString();
  const { data } = await db(deps)
    .vacancy.create({ vacancyId: deps.newId(), recruiterId, state: "draft", ...input, createdAt: now, updatedAt: now })
    .go();
  return data as VacancyItem;
}

export class ComplianceRefusal extends AppError {
  constructor(readonly violations: readonly Violation[]) {
    super(
      "unprocessable",
      "vacancy_not_compliant",
      `The vacancy cannot be published: ${violations.map((v) => v.code).join(", ")}.`,
      violations,
    );
  }
}

async function compliance(deps: Deps, vacancy: Pick<VacancyItem, "recruiterId"> & VacancyInput) {
  const recruiter = await getRecruiter(deps, vacancy.recruiterId);
  return checkCompliance(
    { ...vacancy, recruiter: { kind: recruiter.kind, licence: recruiter.licence } },
    deps.now(),
    placementPolicy,
  );
}

/** Refusals are counted for staff (by code and country) so trafficking risk is visible. */
async function countRefusals(deps: Deps, violations: readonly Violation[], country: string) {
  for (const v of violations) {
    await db(deps).counter.update({ kind: "refusal", skill: v.code, bucket: country }).add({ count: 1 }).go();
  }
}

/**
 * Edits a draft, or a published vacancy (which must stay lawful: the edit is checked like a
 * publish and refused with every violation). Optimistic locking on `version`.
 */
export async function updateVacancy(
  deps: Deps,
  principal: Principal,
  vacancyId: string,
  input: VacancyInput,
  expectedVersion: number,
) {
  const vacancy = await vacancyFor(deps, principal, vacancyId, { write: true });
  if (vacancy.state !== "draft" && vacancy.state !== "published") {
    throw new AppError("conflict", "vacancy_not_editable", `A ${vacancy.state} vacancy cannot be edited.`);
  }
  if (vacancy.version !== expectedVersion) throw versionConflict("The vacancy");
  if (vacancy.state === "published") {
    const result = await compliance(deps, { ...input, recruiterId: vacancy.recruiterId });
    if (!result.lawful) {
      await countRefusals(deps, result.refusals, input.country);
      throw new ComplianceRefusal(result.refusals);
    }
    return writePublished(deps, vacancy, input, result.warnings);
  }
  const { data } = await db(deps)
    .vacancy.patch({ vacancyId })
    .set({ ...input, version: expectedVersion + 1, updatedAt: deps.now().toISOString() })
    .where((a, op) => op.eq(a.version, expectedVersion))
    .go({ response: "all_new" })
    .catch((error) => {
      throw isConditionFailure(error) ? versionConflict("The vacancy") : error;
    });
  return data as VacancyItem;
}

/** Publishing runs the worker-protection rules; a refusal lists every violation and changes nothing. */
export async function publishVacancy(deps: Deps, principal: Principal, vacancyId: string): Promise<VacancyItem> {
  const vacancy = await vacancyFor(deps, principal, vacancyId, { write: true });
  transitionOrThrow(vacancy.state, "published", principal);
  const input = VacancyInput.parse(vacancy);
  const result = await compliance(deps, { ...input, recruiterId: vacancy.recruiterId });
  if (!result.lawful) {
    await countRefusals(deps, result.refusals, vacancy.country);
    throw new ComplianceRefusal(result.refusals);
  }
  return writePublished(deps, vacancy, input, result.warnings);
}

async function writePublished(
  deps: Deps,
  vacancy: VacancyItem,
  input: VacancyInput,
  warnings: readonly Violation[],
): Promise<VacancyItem> {
  const now = deps.now().toISOString();
  const skills = [...new Map(input.requirements.map((r) => [r.skill, r.importance])).entries()];
  const { data: previous } = await db(deps).vacancySkill.query.byVacancy({ vacancyId: vacancy.vacancyId }).go();
  const dropped = previous.filter((p) => !skills.some(([skill]) => skill === p.skill));
  const demand = net([
    ...(vacancy.state === "published" ? demandOf({ ...vacancy, requirements: vacancy.requirements as Requirement[] }, -1) : []),
    ...demandOf(input, 1),
  ]);
  const result = await db(deps)
    .service.transaction.write(({ vacancy: v, vacancySkill, counter }) => [
      ...demand.map((d) =>
        counter.update({ kind: d.kind, skill: d.skill, bucket: d.bucket }).add({ count: d.count, openings: d.openings }).commit(),
      ),
      v
        .patch({ vacancyId: vacancy.vacancyId })
        .set({
          ...input,
          state: "published",
          listing: `OPEN#${input.country}`,
          warnings,
          publishedAt: vacancy.publishedAt ?? now,
          version: vacancy.version + 1,
          updatedAt: now,
        })
        .where((a, op) => op.eq(a.version, vacancy.version))
        .commit(),
      ...skills.map(([skill, importance]) =>
        vacancySkill.put({ vacancyId: vacancy.vacancyId, skill, country: input.country, importance }).commit(),
      ),
      ...dropped.map((d) => vacancySkill.delete({ vacancyId: vacancy.vacancyId, skill: d.skill }).commit()),
    ])
    .go();
  committed(result, "The vacancy");
  await enqueue(deps, "match", {
    type: "vacancy-changed",
    id: `vacancy:${vacancy.vacancyId}:v${vacancy.version + 1}`,
    vacancyId: vacancy.vacancyId,
  });
  return getVacancy(deps, vacancy.vacancyId);
}

function transitionOrThrow(from: VacancyState, to: VacancyState, principal: Principal) {
  const attempt = vacancyMachine.attempt(from, to, principal.role);
  if (!attempt.ok) {
    throw new AppError(attempt.code === "role_not_allowed" ? "forbidden" : "conflict", attempt.code, attempt.message.en);
  }
}

/** Close (or mark filled): off the public listing and the skill index; matches are removed by the worker. */
export async function closeVacancy(
  deps: Deps,
  principal: Principal,
  vacancyId: string,
  to: "closed" | "filled",
): Promise<VacancyItem> {
  const vacancy = await vacancyFor(deps, principal, vacancyId, { write: true });
  transitionOrThrow(vacancy.state, to, principal);
  const { data: skills } = await db(deps).vacancySkill.query.byVacancy({ vacancyId }).go();
  const now = deps.now().toISOString();
  const demand =
    vacancy.state === "published" ? demandOf({ ...vacancy, requirements: vacancy.requirements as Requirement[] }, -1) : [];
  const result = await db(deps)
    .service.transaction.write(({ vacancy: v, vacancySkill, counter }) => [
      ...demand.map((d) =>
        counter.update({ kind: d.kind, skill: d.skill, bucket: d.bucket }).add({ count: d.count, openings: d.openings }).commit(),
      ),
      v
        .patch({ vacancyId })
        .set({ state: to, version: vacancy.version + 1, updatedAt: now })
        .remove(["listing"])
        .where((a, op) => op.eq(a.version, vacancy.version))
        .commit(),
      ...skills.map((s) => vacancySkill.delete({ vacancyId, skill: s.skill }).commit()),
    ])
    .go();
  committed(result, "The vacancy");
  await enqueue(deps, "match", { type: "vacancy-changed", id: `vacancy:${vacancyId}:v${vacancy.version + 1}`, vacancyId });
  return getVacancy(deps, vacancyId);
}

/** Access pattern: open vacancies in a country, optionally one sector (public listing). */
export async function listOpenVacancies(
  deps: Deps,
  query: { country: string; sector?: string },
  cursor: string | undefined,
  limit: number,
) {
  const q = db(deps).vacancy.query.openByCountry({ listing: `OPEN#${query.country}` });
  const { data, cursor: next } = await (query.sector ? q.begins({ sector: query.sector }) : q).go({
    cursor: cursor ?? null,
    limit,
  });
  return { items: data.filter((v) => !query.sector || v.sector === query.sector), cursor: next ?? undefined };
}

/** Access pattern: open vacancies asking for a skill, optionally in one country. */
export async function listVacanciesBySkill(
  deps: Deps,
  skill: string,
  country: string | undefined,
  cursor: string | undefined,
  limit: number,
) {
  const q = db(deps).vacancySkill.query.bySkill({ skill });
  const { data, cursor: next } = await (country ? q.begins({ country }) : q).go({ cursor: cursor ?? null, limit });
  const ids = data.filter((d) => !country || d.country === country).map((d) => d.vacancyId);
  const { data: vacancies } =
    ids.length > 0
      ? await db(deps)
          .vacancy.get(ids.map((vacancyId) => ({ vacancyId })))
          .go()
      : { data: [] };
  return { items: vacancies.filter((v) => v.state === "published"), cursor: next ?? undefined };
}

/** Access pattern: a recruiter's vacancies (all states). */
export async function listRecruiterVacancies(deps: Deps, recruiterId: string, cursor: string | undefined, limit: number) {
  const { data, cursor: next } = await db(deps)
    .vacancy.query.byRecruiter({ recruiterId })
    .go({ cursor: cursor ?? null, limit });
  return { items: data, cursor: next ?? undefined };
}
