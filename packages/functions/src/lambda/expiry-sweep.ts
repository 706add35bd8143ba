import { depsFromEnv } from "../env.ts";
import { createExpirySweep } from "../schedules/expiry-sweep.ts";

export const handler = createExpirySweep(depsFromEnv());
