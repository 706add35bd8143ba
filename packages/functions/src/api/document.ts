import type { Deps } from "@jalur/core";
import { createApp } from "./app.ts";

/**
 * The API's OpenAPI document, built without any service (routes touch their dependencies only
 * when called): for the typed client's generator and the contract checks.
 */
export async function openApiDocument(): Promise<Record<string, unknown>> {
  const app = createApp({} as Deps, {
    verify: async () => {
      throw new Error("The document is built without verifying tokens");
    },
  });
  return (await (await app.request("/openapi.json")).json()) as Record<string, unknown>;
}
