import { depsFromEnv } from "../env.ts";
import { createScheduleWorker } from "../workers/schedule.ts";

export const handler = createScheduleWorker(depsFromEnv());
