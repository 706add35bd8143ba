import { depsFromEnv } from "../env.ts";
import { deploymentEnv } from "../resource.ts";
import { createMatchWorker } from "../workers/match.ts";

const env = deploymentEnv();

export const handler = createMatchWorker(depsFromEnv(env));
