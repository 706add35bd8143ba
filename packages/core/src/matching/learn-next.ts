import { whatToLearnNext } from "@jalur/domain";
import type { z } from "zod";
import { getGraduate } from "../graduates/profile.ts";
import { useCase } from "../platform/principal.ts";
import { db } from "../service.ts";
import { getVacancies } from "../vacancies/vacancies.ts";
import { graduateForMatching, vacancyForMatching } from "./adapters.ts";
import type { LearnNextSchema } from "./contract.ts";

/** How many of the graduate's matches are read to find what to learn next (best first, then the ones they miss). */
const MATCHES_READ = 300;

/** ★ What to learn next, as the graduate's matches page shows it. */
export type LearnNextView = z.infer<typeof LearnNextSchema>;

/**
 * Access pattern: the graduate's matches (one bounded Query on gsi2, up to 300) and the
 * vacancies they miss by one required item (one BatchGet); the domain decides the credential.
 */
export const learnNext = useCase(["graduate"], async (deps, actor): Promise<LearnNextView | undefined> => {
  const { data: matches } = await db(deps)
    .match.query.forGraduate({ graduateId: actor.sub })
    .go({ limit: MATCHES_READ, attributes: ["vacancyId", "eligible", "missingRequired"] });
  const missedByOne = matches.filter((m) => !m.eligible && m.missingRequired === 1).map((m) => m.vacancyId);
  if (missedByOne.length === 0) return undefined;
  const [graduate, vacancies] = await Promise.all([getGraduate(deps, actor.sub), getVacancies(deps, missedByOne)]);
  const open = vacancies.filter((v) => v.state === "published");
  const next = whatToLearnNext(graduateForMatching(graduate), open.map(vacancyForMatching), deps.now());
  if (!next) return undefined;
  const byId = new Map(open.map((v) => [v.vacancyId, v]));
  const opened = next.opens.flatMap((id) => byId.get(id) ?? []);
  return {
    skill: next.skill,
    ...(next.level ? { level: next.level } : {}),
    ...(next.score !== undefined ? { score: next.score } : {}),
    needed: next.needed,
    opens: opened.length,
    examples: opened.slice(0, 3).map((v) => ({ vacancyId: v.vacancyId, title: v.title, country: v.country })),
    countries: [...new Set(opened.map((v) => v.country))].sort(),
  };
});
