export { sendEverythingTwice } from "./chaos.ts";
export { DEV_AUDIENCE, DEV_ISSUER, type DevIssuer, devIssuer, ephemeralIssuer } from "./dev-issuer.ts";
export { assertJava, type RunningService, startDynamoDbLocal } from "./dynamodb-local.ts";
export { QueuePoller, toSqsRecord } from "./poller.ts";
export { freePort } from "./ports.ts";
export { type Provisioned, provision } from "./provision.ts";
export { localApp, type Runtime, startRuntime } from "./runtime.ts";
export { deploymentOn, functionEnvironment, LOCAL_REGION, startServices, useLocalAwsEnvironment } from "./services.ts";
export { startSqsEmulator } from "./sqs-local.ts";
