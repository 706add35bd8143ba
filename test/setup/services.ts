import { startServices } from "@jalur/local";
import type { TestProject } from "vitest/node";

declare module "vitest" {
  export interface ProvidedContext {
    dynamodbEndpoint: string;
    sqsEndpoint: string;
  }
}

/** DynamoDB Local and the SQS emulator, once per test run, on free loopback ports. */
export default async function setup(project: TestProject) {
  const services = await startServices();
  project.provide("dynamodbEndpoint", services.dynamodb.endpoint);
  project.provide("sqsEndpoint", services.sqs.endpoint);
  return async () => {
    await services.stop();
  };
}
