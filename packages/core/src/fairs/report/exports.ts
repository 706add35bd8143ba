import { toCsv } from "../../platform/csv.ts";
import { useCase } from "../../platform/principal.ts";
import { boothToRun } from "../access.ts";
import { calendarOf, localTime } from "../calendar.ts";
import { interviewKey, interviewsOfBooth, publishedVersionOf } from "../interviews/interviews.ts";
import { peopleAtFair } from "../registration/disclosed.ts";

/**
 * A booth's schedule as CSV (times in the fair's zone): the booth's recruiter and the fair's
 * organisers. Names are shown as in the booth's schedule: withheld after consent is withdrawn
 * or before an imported registration is confirmed; every name exported is audited.
 */
export const boothScheduleCsv = useCase(["recruiter", "organiser"], async (deps, actor, fairId: string, recruiterId: string) => {
  const { fair } = await boothToRun(deps, actor, fairId, recruiterId);
  const version = publishedVersionOf(fair);
  const tz = calendarOf(fair).timeZone;
  const interviews = (await interviewsOfBooth(deps, fairId, version, recruiterId)).sort(
    (a, b) => a.slot - b.slot || a.table - b.table,
  );
  const people = await peopleAtFair(
    deps,
    actor,
    fair,
    interviews.map((i) => i.graduateId),
    `name in the schedule export of booth ${recruiterId} at fair ${fairId}`,
  );
  const nameOf = (graduateId: string) => {
    const g = people.summary(graduateId);
    if (!g) return "";
    return g.disclosed ? g.name : g.reason === "consent-withdrawn" ? "(consent withdrawn)" : "(awaiting confirmation)";
  };
  return toCsv([
    ["start", "end", "table", "interview_id", "graduate_id", "graduate_name", "state", "outcome"],
    ...interviews.map((i) => [
      localTime(i.startsAt, tz),
      localTime(i.endsAt, tz),
      i.table,
      interviewKey(i),
      i.graduateId === "-" || people.hidesId(i.graduateId) ? "" : i.graduateId,
      nameOf(i.graduateId),
      i.state,
      i.outcome ?? "",
    ]),
  ]);
});
