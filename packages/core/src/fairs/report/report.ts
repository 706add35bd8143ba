import type { Deps } from "../../platform/deps.ts";
import { absentIfNotFound, notFound } from "../../platform/errors.ts";
import { useCase } from "../../platform/principal.ts";
import { db } from "../../service.ts";
import { getFair, organises } from "../access.ts";
import { OUTCOMES } from "../interviews/entities.ts";
import type { ScheduleStats } from "../schedule/contract.ts";
import { getScheduleJob } from "../schedule/jobs.ts";
import { type FairReport, REPORT_DIMENSIONS } from "./contract.ts";

const isOneOf = <const T extends readonly string[]>(values: T, value: string): value is T[number] => values.includes(value);

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
export const fairReport = useCase(["organiser", "staff"], async (deps, actor, fairId: string): Promise<FairReport> => {
  const fair = await getFair(deps, fairId).catch(absentIfNotFound);
  if (!fair || !(organises(actor, fair) || actor.role === "staff")) throw notFound("fair", fairId);
  const stats = await statsOf(deps, fairId);
  const total = (name: string) => stats.find((s) => s.name === name && s.bucket === "all")?.count ?? 0;
  const outcomes: FairReport["outcomes"] = { vacancy: {}, country: {}, skill: {} };
  for (const s of stats) {
    if (!s.name.startsWith("outcome:")) continue;
    const outcome = s.name.slice("outcome:".length);
    const [dimension, value] = s.bucket.split(/:(.*)/s) as [string, string];
    if (!isOneOf(OUTCOMES, outcome) || !isOneOf(REPORT_DIMENSIONS, dimension)) continue;
    const byValue = outcomes[dimension];
    const row = byValue[value] ?? {};
    row[outcome] = (row[outcome] ?? 0) + s.count;
    byValue[value] = row;
  }
  const job = fair.publishedVersion ? await getScheduleJob(deps, fairId, fair.publishedVersion) : undefined;
  // Written by the schedule worker as `ScheduleStats` (a free document in the table).
  const schedule = job?.stats as ScheduleStats | undefined;
  return {
    fairId,
    name: fair.name,
    state: fair.state,
    ...(fair.publishedVersion !== undefined ? { publishedVersion: fair.publishedVersion } : {}),
    registrations: total("registrations"),
    ...(schedule
      ? {
          interviews: {
            requested: schedule.requested,
            scheduled: schedule.scheduled,
            shortlistedRequested: schedule.shortlistedRequested,
            shortlistedScheduled: schedule.shortlistedScheduled,
            candidatesRequesting: schedule.candidatesRequesting,
            candidatesWithInterview: schedule.candidatesCovered,
            perBooth: schedule.perBooth,
          },
        }
      : {}),
    attended: total("attended"),
    noShows: total("no-shows"),
    cancellations: total("cancellations"),
    outcomes,
  };
});
