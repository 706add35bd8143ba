import type { Deps } from "@jalur/core";
import { probeHandler } from "./probe.ts";
import { sqsWorker } from "./sqs-worker.ts";

export function createMatchWorker(deps: Deps) {
  return sqsWorker("match", { probe: probeHandler(deps) });
}
