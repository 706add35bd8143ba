import { type Deps, recordScheduleRun } from "@jalur/core";

/**
 * The reminders clock. For now it records each run; interview reminders (24 h and 1 h) and
 * no-show marking hang off it once fairs exist.
 */
export function createReminders(deps: Deps) {
  return async () => {
    await recordScheduleRun(deps, "reminders", "no interviews to remind yet");
  };
}
