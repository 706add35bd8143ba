import type { PlacementScheme } from "@jalur/domain";
import type { Deps } from "../platform/deps.ts";
import { absentIfNotFound, notFound } from "../platform/errors.ts";
import { type Actor, publicUseCase, useCase } from "../platform/principal.ts";
import { getRecruiter } from "../recruiters/recruiters.ts";
import { db, type VacancyItem } from "../service.ts";
import type { VacancyDetailView } from "./contract.ts";
import type { VacancyInput } from "./input.ts";

/** Access pattern: a vacancy by id (inside core). */
export async function getVacancy(deps: Deps, vacancyId: string): Promise<VacancyItem> {
  const { data } = await db(deps).vacancy.get({ vacancyId }).go();
  if (!data) throw notFound("vacancy", vacancyId);
  return data;
}

/** Access pattern: vacancies by id, in bulk. */
export async function getVacancies(deps: Deps, vacancyIds: readonly string[]): Promise<VacancyItem[]> {
  if (vacancyIds.length === 0) return [];
  const { data } = await db(deps)
    .vacancy.get([...new Set(vacancyIds)].map((vacancyId) => ({ vacancyId })))
    .go({ concurrency: 4, preserveBatchOrder: false });
  return data;
}

export const ownsVacancy = (actor: Actor, vacancy: Pick<VacancyItem, "recruiterId">) =>
  actor.role === "recruiter" && actor.recruiterId === vacancy.recruiterId;

/** The vacancy of the caller's own organisation; anyone else's answers 404. */
export async function ownVacancy(deps: Deps, actor: Actor, vacancyId: string): Promise<VacancyItem> {
  const vacancy = await getVacancy(deps, vacancyId).catch(absentIfNotFound);
  if (!vacancy || !ownsVacancy(actor, vacancy)) throw notFound("vacancy", vacancyId);
  return vacancy;
}

/** The vacancy as the API shows it: every attribute but its listing key and its last refusal (the official check's). */
export function vacancyView(v: VacancyItem): VacancyDetailView {
  const { listing: _l, refusal: _r, ...rest } = v;
  return { ...rest, scheme: rest.scheme as PlacementScheme }; // written through VacancyInput
}
export type VacancyView = VacancyDetailView;

/** A vacancy: anyone may read a published (or closed) one; a draft only its recruiter and staff. */
export const readVacancy = publicUseCase(async (deps, actor, vacancyId: string) => {
  const vacancy = await getVacancy(deps, vacancyId);
  if (vacancy.state === "draft" && !ownsVacancy(actor, vacancy) && actor.role !== "staff") throw notFound("vacancy", vacancyId);
  return vacancyView(vacancy);
});

/** A recruiter drafts a vacancy for their own organisation. */
export const createVacancy = useCase(["recruiter"], async (deps, actor, input: VacancyInput) => {
  await getRecruiter(deps, actor.recruiterId);
  const now = deps.now().toISOString();
  const { data } = await db(deps)
    .vacancy.create({
      vacancyId: deps.newId(),
      recruiterId: actor.recruiterId,
      state: "draft",
      ...input,
      createdAt: now,
      updatedAt: now,
    })
    .go();
  return vacancyView(data as VacancyItem);
});
