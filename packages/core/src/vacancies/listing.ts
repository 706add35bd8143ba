import { defaultTaxonomy } from "@jalur/domain";
import { notFound } from "../platform/errors.ts";
import { type PageRequest, pageOf, pageOptions } from "../platform/paging.ts";
import { publicUseCase, useCase } from "../platform/principal.ts";
import { db } from "../service.ts";
import { unknownSkillError } from "../skills/search.ts";
import { vacancyView } from "./vacancies.ts";

/** Access pattern: open vacancies in a country, optionally one sector (public listing). */
export const listOpenVacancies = publicUseCase(
  async (deps, _actor, query: { country: string; sector?: string }, page: PageRequest) => {
    const q = db(deps).vacancy.query.openByCountry({ listing: `OPEN#${query.country}` });
    const { data, cursor } = await (query.sector ? q.begins({ sector: query.sector }) : q).go(pageOptions(deps, page));
    return pageOf(deps, data.filter((v) => !query.sector || v.sector === query.sector).map(vacancyView), cursor);
  },
);

/** Access pattern: open vacancies asking for a skill, optionally in one country (public). */
export const listVacanciesBySkill = publicUseCase(
  async (deps, _actor, query: { skill: string; country?: string }, page: PageRequest) => {
    if (!defaultTaxonomy.skill(query.skill)) throw unknownSkillError(query.skill);
    const q = db(deps).vacancySkill.query.bySkill({ skill: query.skill });
    const { data, cursor } = await (query.country ? q.begins({ country: query.country }) : q).go(pageOptions(deps, page));
    const ids = data.filter((d) => !query.country || d.country === query.country).map((d) => d.vacancyId);
    const { data: vacancies } =
      ids.length > 0
        ? await db(deps)
            .vacancy.get(ids.map((vacancyId) => ({ vacancyId })))
            .go()
        : { data: [] };
    return pageOf(deps, vacancies.filter((v) => v.state === "published").map(vacancyView), cursor);
  },
);

/** Access pattern: a recruiter's vacancies (all states): its own recruiters and staff. */
export const listRecruiterVacancies = useCase(
  ["recruiter", "staff"],
  async (deps, actor, recruiterId: string, page: PageRequest) => {
    if (!(actor.role === "staff" || actor.recruiterId === recruiterId)) throw notFound("recruiter", recruiterId);
    const { data, cursor } = await db(deps).vacancy.query.byRecruiter({ recruiterId }).go(pageOptions(deps, page));
    return pageOf(deps, data.map(vacancyView), cursor);
  },
);
