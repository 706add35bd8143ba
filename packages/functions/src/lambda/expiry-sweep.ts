import { depsFromEnv } from "../env.ts";
import { deploymentEnv } from "../resource.ts";
import { createExpirySweep } from "../schedules/expiry-sweep.ts";

const env = deploymentEnv();

export const handler = createExpirySweep(depsFromEnv(env));
