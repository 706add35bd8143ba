import { mkdir, rm, writeFile } from "node:fs/promises";
import { dirname } from "node:path";
import type { QueueName } from "@jalur/infra/topology";
import type { Provisioned } from "./provision.ts";

/** Where a running `npm start` says what it runs (for `npm run redrive` and other tools). */
export const LOCAL_STATE_FILE = ".jalur/local.json";

export interface LocalState {
  readonly pid: number;
  readonly region: string;
  readonly apiUrl: string;
  readonly dynamodbEndpoint: string;
  readonly sqsEndpoint: string;
  readonly table: string;
  readonly queues: Record<QueueName, { url: string; deadLetterUrl: string }>;
}

export async function writeLocalState(
  state: Omit<LocalState, "queues" | "table" | "pid">,
  provisioned: Provisioned,
  file = LOCAL_STATE_FILE,
) {
  const queues = Object.fromEntries(
    Object.entries(provisioned.queueUrls).map(([q, url]) => [
      q,
      { url, deadLetterUrl: provisioned.deadLetterUrls[q as QueueName] },
    ]),
  ) as LocalState["queues"];
  await mkdir(dirname(file), { recursive: true });
  await writeFile(file, JSON.stringify({ pid: process.pid, ...state, table: provisioned.table, queues }, null, 2));
}

export const removeLocalState = (file = LOCAL_STATE_FILE) => rm(file, { force: true });
