import { depsFromEnv } from "../env.ts";
import { createNotifyWorker } from "../workers/notify.ts";

export const handler = createNotifyWorker(depsFromEnv());
