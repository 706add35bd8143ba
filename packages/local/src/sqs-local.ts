import { buildApp } from "fauxqs";
import type { RunningService } from "./dynamodb-local.ts";

/**
 * The SQS emulator (fauxqs) in this process, listening on loopback only (its own start
 * helper binds every interface). It keeps messages in memory.
 */
export async function startSqsEmulator(options: { port: number }): Promise<RunningService> {
  const app = buildApp({ logger: false });
  await app.listen({ port: options.port, host: "127.0.0.1" });
  return { endpoint: `http://127.0.0.1:${options.port}`, stop: () => app.close(), died: new Promise(() => {}) };
}
