import { depsFromEnv } from "../env.ts";
import { createReminders } from "../schedules/reminders.ts";

export const handler = createReminders(depsFromEnv());
