import { randomUUID } from "node:crypto";
import { deploymentOn } from "@jalur/local";
import type { ProvisionOptions } from "@jalur/local/provision";
import { inject } from "vitest";

/**
 * A table and queues of their own for one test file (a unique prefix), on the run's shared
 * DynamoDB Local and SQS emulator. Nothing is faked.
 */
export async function freshDeployment(options: ProvisionOptions = {}) {
  const endpoints = { dynamodbEndpoint: inject("dynamodbEndpoint"), sqsEndpoint: inject("sqsEndpoint") };
  const prefix = `t${randomUUID().slice(0, 8)}`;
  return { ...(await deploymentOn(endpoints, prefix, options)), endpoints, prefix };
}

/** Polls until `check` returns a value or the time runs out. */
export async function eventually<T>(check: () => Promise<T | undefined>, timeoutMs = 10_000, everyMs = 50): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`Condition not met within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, everyMs));
  }
}
