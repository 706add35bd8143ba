import { createHash } from "node:crypto";
import { mkdirSync } from "node:fs";
import { resolve } from "node:path";
import { createAwsClients, type Deps } from "@jalur/core";
import { depsFromEnv } from "@jalur/functions";
import { type QueueName, queueUrlEnv, SIGNING_KEY_ENV, TABLE_ENV } from "@jalur/infra/topology";
import { type RunningService, startDynamoDbLocal } from "./dynamodb-local.ts";
import { assertPortFree, freePort } from "./ports.ts";
import { type Provisioned, type ProvisionOptions, provision } from "./provision.ts";
import { startSqsEmulator } from "./sqs-local.ts";

export const LOCAL_REGION = "ap-southeast-3";

/** Dummy credentials and quiet SDK defaults for clients that only ever talk to loopback. */
export function useLocalAwsEnvironment(): void {
  process.env.AWS_REGION ??= LOCAL_REGION;
  process.env.AWS_ACCESS_KEY_ID ??= "local";
  process.env.AWS_SECRET_ACCESS_KEY ??= "local";
  process.env.AWS_EC2_METADATA_DISABLED = "true";
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = "true";
}

export interface LocalServices {
  readonly dynamodb: RunningService;
  readonly sqs: RunningService;
  stop(): Promise<void>;
}

/** DynamoDB Local and the SQS emulator on loopback. Ports default to free ones. */
export async function startServices(
  options: { dataDir?: string; dynamodbPort?: number; sqsPort?: number } = {},
): Promise<LocalServices> {
  useLocalAwsEnvironment();
  const dynamodbPort = options.dynamodbPort ?? (await freePort());
  const sqsPort = options.sqsPort ?? (await freePort());
  await assertPortFree(dynamodbPort, "DynamoDB Local");
  await assertPortFree(sqsPort, "SQS emulator");
  let dataDir: string | undefined;
  if (options.dataDir) {
    dataDir = resolve(options.dataDir);
    mkdirSync(dataDir, { recursive: true });
  }
  const sqs = await startSqsEmulator({ port: sqsPort });
  let dynamodb: RunningService;
  try {
    dynamodb = await startDynamoDbLocal({ port: dynamodbPort, dataDir });
  } catch (error) {
    await sqs.stop();
    throw error;
  }
  return {
    dynamodb,
    sqs,
    async stop() {
      await Promise.allSettled([sqs.stop(), dynamodb.stop()]);
    },
  };
}

/** The environment a deployed function would see, pointing at the local services. */
export function functionEnvironment(
  services: { dynamodbEndpoint: string; sqsEndpoint: string },
  provisioned: Provisioned,
): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    AWS_REGION: process.env.AWS_REGION ?? LOCAL_REGION,
    JALUR_DYNAMODB_ENDPOINT: services.dynamodbEndpoint,
    JALUR_SQS_ENDPOINT: services.sqsEndpoint,
    [TABLE_ENV]: provisioned.table,
    // Local only: a key derived from the deployment, stable across restarts with --data-dir.
    [SIGNING_KEY_ENV]:
      process.env[SIGNING_KEY_ENV] ?? createHash("sha256").update(`jalur-local-signing:${provisioned.table}`).digest("base64url"),
  };
  for (const [queue, url] of Object.entries(provisioned.queueUrls)) env[queueUrlEnv(queue as QueueName)] = url;
  return env;
}

/** Provision a deployment named `prefix` on running services and build its dependencies. */
export async function deploymentOn(
  endpoints: { dynamodbEndpoint: string; sqsEndpoint: string },
  prefix: string,
  options: ProvisionOptions = {},
): Promise<{ deps: Deps; provisioned: Provisioned; env: NodeJS.ProcessEnv }> {
  useLocalAwsEnvironment();
  const clients = createAwsClients({ region: process.env.AWS_REGION ?? LOCAL_REGION, ...endpoints });
  const provisioned = await provision(clients, prefix, options).finally(() => {
    clients.ddb.destroy();
    clients.sqs.destroy();
  });
  const env = functionEnvironment(endpoints, provisioned);
  return { deps: depsFromEnv(env), provisioned, env };
}
