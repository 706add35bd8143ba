import { depsFromEnv } from "../env.ts";
import { createMatchWorker } from "../workers/match.ts";

export const handler = createMatchWorker(depsFromEnv());
