import type { Deps } from "@jalur/core";
import { probeHandler } from "./probe.ts";
import { sqsWorker } from "./sqs-worker.ts";

export function createScheduleWorker(deps: Deps) {
  return sqsWorker("schedule", { probe: probeHandler(deps) });
}
