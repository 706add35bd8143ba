import type { Deps } from "../../platform/deps.ts";
import { absentIfNotFound, notFound } from "../../platform/errors.ts";
import { useCase } from "../../platform/principal.ts";
import { db } from "../../service.ts";
import { getFair, organises } from "../access.ts";
import { getScheduleJob } from "../schedule/jobs.ts";

/** Access pattern: a fair's running totals (one partition, a few hundred small items at most). */
async function statsOf(deps: Deps, fairId: string) {
  const { data } = await db(deps).fairStat.query.byFair({ fairId }).go({ pages: "all" });
  return data;
}

/**
 * A fair's report: registrations, requested vs scheduled interviews (from the published
 * schedule's job), attendance, no-shows, cancellations, outcomes by vacancy, country and skill.
 * Aggregates only: the fair's organisers and staff (reports) read it.
 */
export const fairReport = useCase(["organiser", "staff"], async (deps, actor, fairId: string) => {
  const fair = await getFair(deps, fairId).catch(absentIfNotFound);
  if (!fair || !(organises(actor, fair) || actor.role === "staff")) throw notFound("fair", fairId);
  const stats = await statsOf(deps, fairId);
  const total = (name: string) => stats.find((s) => s.name === name && s.bucket === "all")?.count ?? 0;
  const outcomes: Record<string, Record<string, Record<string, number>>> = { vacancy: {}, country: {}, skill: {} };
  for (const s of stats) {
    if (!s.name.startsWith("outcome:")) continue;
    const outcome = s.name.slice("outcome:".length);
    const [dimension, value] = s.bucket.split(/:(.*)/s) as [string, string];
    const byValue = outcomes[dimension] ?? {};
    const row = byValue[value] ?? {};
    row[outcome] = (row[outcome] ?? 0) + s.count;
    byValue[value] = row;
    outcomes[dimension] = byValue;
  }
  const job = fair.publishedVersion ? await getScheduleJob(deps, fairId, fair.publishedVersion) : undefined;
  const schedule = job?.stats as
    | {
        requested: number;
        scheduled: number;
        shortlistedRequested: number;
        shortlistedScheduled: number;
        candidatesRequesting: number;
        candidatesCovered: number;
        perBooth: Record<string, { requested: number; scheduled: number }>;
      }
    | undefined;
  return {
    fairId,
    name: fair.name,
    state: fair.state,
    publishedVersion: fair.publishedVersion,
    registrations: total("registrations"),
    interviews: schedule
      ? {
          requested: schedule.requested,
          scheduled: schedule.scheduled,
          shortlistedRequested: schedule.shortlistedRequested,
          shortlistedScheduled: schedule.shortlistedScheduled,
          candidatesRequesting: schedule.candidatesRequesting,
          candidatesWithInterview: schedule.candidatesCovered,
          perBooth: schedule.perBooth,
        }
      : undefined,
    attended: total("attended"),
    noShows: total("no-shows"),
    cancellations: total("cancellations"),
    outcomes,
  };
});
