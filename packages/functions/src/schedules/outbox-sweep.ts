import { type Deps, recordScheduleRun, sweepIntents } from "@jalur/core";

const NAME = "outbox-sweep";

/**
 * Every minute: intents still in the outbox after their due time (their message was lost, or
 * their consumer kept failing) are sent again through the relay; after a few sends they are
 * marked stuck for an operator. The consumers are idempotent, so a second send is harmless.
 */
export function createOutboxSweep(deps: Deps) {
  return async () => {
    const { touched, stuck } = await sweepIntents(deps);
    await recordScheduleRun(deps, NAME, `${touched} intent(s) sent again, ${stuck} marked stuck`);
  };
}
