import { depsFromEnv } from "../env.ts";
import { deploymentEnv } from "../resource.ts";
import { createReminders } from "../schedules/reminders.ts";

const env = deploymentEnv();

export const handler = createReminders(depsFromEnv(env));
