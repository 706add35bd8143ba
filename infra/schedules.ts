import { functionArgs } from "./functions";
import { queues } from "./queues";
import { secrets } from "./secrets";
import { sstPlan } from "./sst-plan";
import { table } from "./storage";

/** The topology's schedules (EventBridge Scheduler, evaluated in the fair's time zone). */
export const schedules = sstPlan().schedules.map(
  (s) =>
    new sst.aws.CronV2(`${s.name[0]?.toUpperCase()}${s.name.slice(1)}`, {
      schedule: s.schedule,
      timezone: s.timezone,
      function: functionArgs(s.function, { table, queues, secrets }),
    }),
);
