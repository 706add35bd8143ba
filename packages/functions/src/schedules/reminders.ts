import { type Deps, fairClockTick, lastScheduleRun, recordScheduleRun } from "@jalur/core";

const NAME = "reminders";
/** After an outage, look back at most this far (older reminders would be useless). */
const MAX_CATCH_UP_MS = 6 * 3_600_000;

/**
 * Every few minutes: reminders 24 h and 1 h before each published interview, and no-shows
 * after the grace period, for the window since the last run (its watermark). Reminder ids name
 * the interview and the lead time, so overlapping or repeated runs send nothing twice.
 */
export function createReminders(deps: Deps) {
  return async () => {
    const now = deps.now().getTime();
    const last = (await lastScheduleRun(deps, NAME))?.watermark;
    const from = Math.max(last ? Date.parse(last) : now - 5 * 60_000, now - MAX_CATCH_UP_MS);
    const { reminders, noShows } = await fairClockTick(deps, from, now);
    await recordScheduleRun(deps, NAME, `${reminders} reminder notice(s), ${noShows} no-show(s)`, new Date(now).toISOString());
  };
}
