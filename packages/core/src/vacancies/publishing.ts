import {
  checkCompliance,
  placementPolicy,
  type Requirement,
  type VacancyState,
  type Violation,
  vacancyMachine,
} from "@jalur/domain";
import type { Deps } from "../platform/deps.ts";
import { AppError, absentIfNotFound, committed, notFound, versionConflict } from "../platform/errors.ts";
import { type Acting, useCase } from "../platform/principal.ts";
import { intentOf } from "../platform/queue.ts";
import { isConditionFailure } from "../platform/table.ts";
import { getRecruiter } from "../recruiters/recruiters.ts";
import { db, type VacancyItem } from "../service.ts";
import { demandOf, net } from "./demand.ts";
import { VacancyInput } from "./input.ts";
import { getVacancy, ownsVacancy, ownVacancy, vacancyView } from "./vacancies.ts";

export class ComplianceRefusal extends AppError {
  constructor(readonly violations: readonly Violation[]) {
    super(
      "unprocessable",
      "vacancy_not_compliant",
      {
        id: `Lowongan tidak dapat diterbitkan: ${violations.map((v) => v.code).join(", ")}.`,
        en: `The vacancy cannot be published: ${violations.map((v) => v.code).join(", ")}.`,
      },
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

function transitionOrThrow(from: VacancyState, to: VacancyState, actor: Acting<"recruiter" | "staff">) {
  const attempt = vacancyMachine.attempt(from, to, actor.role);
  if (!attempt.ok) {
    throw new AppError(attempt.code === "role_not_allowed" ? "forbidden" : "conflict", attempt.code, attempt.message);
  }
}

/**
 * Edits a draft, or a published vacancy (which must stay lawful: the edit is checked like a
 * publish and refused with every violation). Its own recruiter only; optimistic locking on `version`.
 */
export const updateVacancy = useCase(
  ["recruiter"],
  async (deps, actor, vacancyId: string, input: VacancyInput, expectedVersion: number) => {
    const vacancy = await ownVacancy(deps, actor, vacancyId);
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
    return vacancyView(data as VacancyItem);
  },
);

/** Publishing runs the worker-protection rules; a refusal lists every violation and changes nothing. */
export const publishVacancy = useCase(["recruiter"], async (deps, actor, vacancyId: string) => {
  const vacancy = await ownVacancy(deps, actor, vacancyId);
  transitionOrThrow(vacancy.state, "published", actor);
  const input = VacancyInput.parse(vacancy);
  const result = await compliance(deps, { ...input, recruiterId: vacancy.recruiterId });
  if (!result.lawful) {
    await countRefusals(deps, result.refusals, vacancy.country);
    await recordRefusal(deps, vacancy.vacancyId, [...result.refusals, ...result.warnings]);
    throw new ComplianceRefusal(result.refusals);
  }
  return writePublished(deps, vacancy, input, result.warnings);
});

/**
 * Keeps the refused publish on the vacancy, so anyone holding its code (a flyer) can learn from
 * the official check why it was refused. Not an edit: the version stays, so the recruiter's form
 * still saves.
 */
async function recordRefusal(deps: Deps, vacancyId: string, violations: readonly Violation[]) {
  await db(deps)
    .vacancy.patch({ vacancyId })
    .set({ refusal: { at: deps.now().toISOString(), violations } })
    .go()
    .catch((error) => {
      // Removed meanwhile: nothing to keep it on.
      if (!isConditionFailure(error)) throw error;
    });
}

async function writePublished(deps: Deps, vacancy: VacancyItem, input: VacancyInput, warnings: readonly Violation[]) {
  const now = deps.now().toISOString();
  const skills = [...new Map(input.requirements.map((r) => [r.skill, r.importance])).entries()];
  const { data: previous } = await db(deps).vacancySkill.query.byVacancy({ vacancyId: vacancy.vacancyId }).go();
  const dropped = previous.filter((p) => !skills.some(([skill]) => skill === p.skill));
  const demand = net([
    ...(vacancy.state === "published" ? demandOf({ ...vacancy, requirements: vacancy.requirements as Requirement[] }, -1) : []),
    ...demandOf(input, 1),
  ]);
  const result = await db(deps)
    .service.transaction.write(({ vacancy: v, vacancySkill, counter, intent }) => [
      intent
        .put(
          intentOf(deps, "match", {
            type: "vacancy-changed",
            id: `vacancy:${vacancy.vacancyId}:v${vacancy.version + 1}`,
            vacancyId: vacancy.vacancyId,
          }),
        )
        .commit(),
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
        .remove(["refusal"])
        .where((a, op) => op.eq(a.version, vacancy.version))
        .commit(),
      ...skills.map(([skill, importance]) =>
        vacancySkill.put({ vacancyId: vacancy.vacancyId, skill, country: input.country, importance }).commit(),
      ),
      ...dropped.map((d) => vacancySkill.delete({ vacancyId: vacancy.vacancyId, skill: d.skill }).commit()),
    ])
    .go();
  committed(result, "The vacancy");
  return vacancyView(await getVacancy(deps, vacancy.vacancyId));
}

/**
 * Close (or mark filled): off the public listing and the skill index; matches are removed by
 * the worker. Its own recruiter; staff may close any vacancy (a takedown).
 */
export const closeVacancy = useCase(["recruiter", "staff"], async (deps, actor, vacancyId: string, to: "closed" | "filled") => {
  const vacancy = await getVacancy(deps, vacancyId).catch(absentIfNotFound);
  if (!vacancy || !(ownsVacancy(actor, vacancy) || actor.role === "staff")) throw notFound("vacancy", vacancyId);
  transitionOrThrow(vacancy.state, to, actor);
  const { data: skills } = await db(deps).vacancySkill.query.byVacancy({ vacancyId }).go();
  const now = deps.now().toISOString();
  const demand =
    vacancy.state === "published" ? demandOf({ ...vacancy, requirements: vacancy.requirements as Requirement[] }, -1) : [];
  const result = await db(deps)
    .service.transaction.write(({ vacancy: v, vacancySkill, counter, intent }) => [
      intent
        .put(intentOf(deps, "match", { type: "vacancy-changed", id: `vacancy:${vacancyId}:v${vacancy.version + 1}`, vacancyId }))
        .commit(),
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
  return vacancyView(await getVacancy(deps, vacancyId));
});
