import { depsFromEnv } from "../env.ts";
import { deploymentEnv } from "../resource.ts";
import { createScheduleWorker } from "../workers/schedule.ts";

const env = deploymentEnv();

export const handler = createScheduleWorker(depsFromEnv(env));
