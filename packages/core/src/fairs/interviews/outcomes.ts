import { type ApplicationState, applicationMachine } from "@jalur/domain";
import { getApplication, moveApplication } from "../../applications/applications.ts";
import { AppError, absentIfNotFound, notFound } from "../../platform/errors.ts";
import { useCase } from "../../platform/principal.ts";
import { db } from "../../service.ts";
import { getVacancies } from "../../vacancies/vacancies.ts";
import { getFair } from "../access.ts";
import type { Interview } from "./contract.ts";
import type { OUTCOMES } from "./entities.ts";
import { interviewKey, interviewRecord, publishedVersionOf } from "./interviews.ts";

export type Outcome = (typeof OUTCOMES)[number];
const OUTCOME_STATE: Record<Outcome, ApplicationState | undefined> = {
  offer: "offered",
  reject: "rejected",
  "next-round": undefined,
};

/**
 * The recruiter records how an attended interview went; the application(s) it was for move
 * (to "interview" first when needed, then to "offered" or "rejected"). Recording the same
 * outcome twice changes nothing; a different one is refused.
 */
export const recordOutcome = useCase(
  ["recruiter"],
  async (
    deps,
    actor,
    fairId: string,
    key: { recruiterId: string; slot: number; table: number },
    outcome: Outcome,
    note?: string,
  ): Promise<Interview> => {
    if (actor.recruiterId !== key.recruiterId) throw notFound("interview", interviewKey(key));
    const fair = await getFair(deps, fairId).catch(absentIfNotFound);
    if (!fair) throw notFound("interview", interviewKey(key));
    const version = publishedVersionOf(fair);
    const d = db(deps);
    const { data: i } = await d.interview.get({ fairId, scheduleVersion: version, ...key }).go();
    if (!i || i.state === "offered" || i.state === "removed") throw notFound("interview", interviewKey(key));
    if (i.outcome === outcome) return interviewRecord(i);
    if (i.outcome) throw new AppError("conflict", "outcome_recorded", `The outcome is already recorded: ${i.outcome}.`);
    if (i.state !== "checked-in")
      throw new AppError("conflict", "not_attended", "Record an outcome after the candidate checked in.");
    const vacancies = await getVacancies(deps, i.vacancyIds);
    const at = deps.now().toISOString();
    const buckets = new Set<string>();
    for (const v of vacancies) {
      buckets.add(`vacancy:${v.vacancyId}`);
      buckets.add(`country:${v.country}`);
      for (const r of v.requirements as { skill: string; importance: string }[])
        if (r.importance === "required") buckets.add(`skill:${r.skill}`);
    }
    const out = await d.service.transaction
      .write(({ interview, fairStat }) => [
        interview
          .patch({ fairId, scheduleVersion: version, ...key })
          .set({ outcome, outcomeAt: at })
          .where((a, op) => `${op.notExists(a.outcome)} AND ${op.eq(a.graduateId, i.graduateId)}`)
          .commit(),
        ...[...buckets].map((b) =>
          fairStat
            .update({ fairId, name: `outcome:${outcome}`, bucket: b })
            .add({ count: 1 })
            .commit(),
        ),
      ])
      .go();
    if (out.canceled) throw new AppError("conflict", "outcome_recorded", "The outcome was recorded meanwhile; reload.");
    const to = OUTCOME_STATE[outcome];
    for (const v of vacancies) {
      let application = await getApplication(deps, v.vacancyId, i.graduateId).catch(absentIfNotFound);
      if (!application || application.recruiterId !== actor.recruiterId) continue;
      if (
        application.state !== "interview" &&
        applicationMachine.attempt(application.state as ApplicationState, "interview", "recruiter").ok
      )
        application = await moveApplication(deps, actor, application, "interview", `Interviewed at ${fair.name}`);
      if (to && applicationMachine.attempt(application.state as ApplicationState, to, "recruiter").ok)
        await moveApplication(deps, actor, application, to, note);
    }
    return interviewRecord({ ...i, outcome, outcomeAt: at });
  },
);
