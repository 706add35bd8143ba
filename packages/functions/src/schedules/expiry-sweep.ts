import { type Deps, lastScheduleRun, queueExpiredCredentialHolders, recordScheduleRun } from "@jalur/core";
import { addDays, dateInZone } from "@jalur/domain";

const NAME = "credential-expiry";
/** After an outage, catch up at most this many days. */
const MAX_CATCH_UP_DAYS = 31;

/**
 * Hourly: every calendar day (Jakarta) not yet swept, queue a recompute for the graduates whose
 * credentials stop counting that day. Repeats are harmless (message ids are per day and graduate).
 */
export function createExpirySweep(deps: Deps) {
  return async () => {
    const today = dateInZone(deps.now());
    const last = (await lastScheduleRun(deps, NAME))?.watermark;
    let day = last ? addDays(last, 1) : today;
    if (day < addDays(today, -MAX_CATCH_UP_DAYS)) day = addDays(today, -MAX_CATCH_UP_DAYS);
    let queued = 0;
    for (; day <= today; day = addDays(day, 1)) queued += await queueExpiredCredentialHolders(deps, day);
    await recordScheduleRun(deps, NAME, `${queued} graduate(s) queued through ${today}`, today);
  };
}
