import type { Deps } from "@jalur/core";
import { probeHandler } from "./probe.ts";
import { sqsWorker } from "./sqs-worker.ts";

export function createNotifyWorker(deps: Deps) {
  return sqsWorker("notify", { probe: probeHandler(deps) });
}
