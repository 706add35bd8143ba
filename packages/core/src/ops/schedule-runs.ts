import { GetItemCommand, PutItemCommand } from "@aws-sdk/client-dynamodb";
import { marshall, unmarshall } from "@aws-sdk/util-dynamodb";
import type { Deps } from "../platform/deps.ts";

/** Each scheduled job leaves its last run in the table, so operators can see the clock ticking. */
export interface ScheduleRun {
  readonly schedule: string;
  readonly lastRunAt: string;
  readonly summary: string;
  /** How far a catching-up job got (e.g. the last calendar date swept). */
  readonly watermark?: string;
}

const key = (schedule: string) => ({ pk: `SCHEDULE#${schedule}`, sk: "LAST_RUN" });

export async function recordScheduleRun(deps: Deps, schedule: string, summary: string, watermark?: string): Promise<ScheduleRun> {
  const run: ScheduleRun = { schedule, lastRunAt: deps.now().toISOString(), summary, ...(watermark ? { watermark } : {}) };
  await deps.ddb.send(new PutItemCommand({ TableName: deps.table, Item: marshall({ ...key(schedule), ...run }) }));
  return run;
}

export async function lastScheduleRun(deps: Deps, schedule: string): Promise<ScheduleRun | undefined> {
  const out = await deps.ddb.send(new GetItemCommand({ TableName: deps.table, Key: marshall(key(schedule)) }));
  return out.Item ? (unmarshall(out.Item) as ScheduleRun) : undefined;
}
