import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { DynamoDBClient, ListTablesCommand } from "@aws-sdk/client-dynamodb";

export interface RunningService {
  readonly endpoint: string;
  stop(): Promise<void>;
  /** Resolves if the service dies on its own (not through stop()). */
  readonly died: Promise<string>;
}

/** Fails fast, with what to do, when no Java 17+ is on PATH. */
export function assertJava(): void {
  const out = spawnSync("java", ["-version"], { encoding: "utf8" });
  if (out.error || out.status !== 0) {
    throw new Error(
      "Java is required to run DynamoDB Local but `java` was not found. Install Java 17 or newer " +
        "(Debian/Ubuntu: apt-get install -y openjdk-17-jre-headless) and try again.",
    );
  }
  const version = /version "(\d+)/.exec(out.stderr)?.[1];
  if (version && Number(version) < 17) throw new Error(`DynamoDB Local needs Java 17 or newer; found Java ${version}.`);
}

export async function startDynamoDbLocal(options: { port: number; dataDir?: string }): Promise<RunningService> {
  assertJava();
  const supervisor = fileURLToPath(new URL("./dynamodb-supervisor.mjs", import.meta.url));
  const args = [supervisor, String(options.port), ...(options.dataDir ? [options.dataDir] : [])];
  const child: ChildProcess = spawn(process.execPath, args, { stdio: ["pipe", "ignore", "pipe"] });
  let stderr = "";
  child.stderr?.on("data", (chunk) => {
    stderr = (stderr + chunk).slice(-4000);
  });
  let stopping = false;
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const died = new Promise<string>((resolve) =>
    child.once("exit", (code, signal) => {
      if (!stopping) resolve(`DynamoDB Local stopped unexpectedly (${signal ?? code}). ${stderr.trim()}`);
    }),
  );
  const endpoint = `http://127.0.0.1:${options.port}`;
  const stop = async () => {
    stopping = true;
    if (child.exitCode === null && child.signalCode === null) {
      child.stdin?.end();
      child.kill("SIGTERM");
      await exited;
    }
  };

  const client = new DynamoDBClient({
    endpoint,
    region: "local",
    maxAttempts: 1,
    credentials: { accessKeyId: "local", secretAccessKey: "local" },
  });
  const deadline = Date.now() + 30_000;
  try {
    for (;;) {
      if (child.exitCode !== null) throw new Error(`DynamoDB Local did not start: ${stderr.trim() || `exit ${child.exitCode}`}`);
      try {
        await client.send(new ListTablesCommand({ Limit: 1 }));
        break;
      } catch {
        if (Date.now() > deadline) throw new Error(`DynamoDB Local did not answer on ${endpoint} within 30 s. ${stderr.trim()}`);
        await new Promise((r) => setTimeout(r, 100));
      }
    }
  } catch (error) {
    await stop();
    throw error;
  } finally {
    client.destroy();
  }
  return { endpoint, stop, died };
}
