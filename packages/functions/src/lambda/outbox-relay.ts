import { depsFromEnv } from "../env.ts";
import { deploymentEnv } from "../resource.ts";
import { createOutboxRelay } from "../streams/outbox-relay.ts";

export const handler = createOutboxRelay(depsFromEnv(deploymentEnv()));
