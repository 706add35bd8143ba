import { channelsFromEnv } from "../channels.ts";
import { depsFromEnv } from "../env.ts";
import { deploymentEnv } from "../resource.ts";
import { createNotifyWorker } from "../workers/notify.ts";

const env = deploymentEnv();

export const handler = createNotifyWorker(depsFromEnv(env), channelsFromEnv(env));
