import { depsFromEnv } from "../env.ts";
import { deploymentEnv } from "../resource.ts";
import { createOutboxSweep } from "../schedules/outbox-sweep.ts";

export const handler = createOutboxSweep(depsFromEnv(deploymentEnv()));
