import { applyImportBatch, type Deps, expireOffer, offerFreedPlace, runScheduleJob } from "@jalur/core";
import { topology } from "@jalur/infra/topology";
import { logger } from "../log.ts";
import { probeHandler } from "./probe.ts";
import { sqsWorker } from "./sqs-worker.ts";

/** Fair schedule jobs, registration imports (a batch per message), and the backfill of freed places (offers and their deadlines). */
export function createScheduleWorker(deps: Deps) {
  // The lease outlives one invocation: a delivery after a crash may take over only after it.
  const leaseSeconds = topology.functions.scheduleWorker.timeoutSeconds + 30;
  return sqsWorker(deps, "schedule", {
    probe: probeHandler(deps),
    "schedule-fair": async (message) => {
      const outcome = await runScheduleJob(deps, message.jobId, leaseSeconds);
      logger.info("schedule job handled", { jobId: message.jobId, outcome });
    },
    "import-batch": async (message) => {
      const outcome = await applyImportBatch(deps, message, leaseSeconds);
      logger.info("import batch handled", { fairId: message.fairId, importId: message.importId, part: message.part, outcome });
    },
    "slot-freed": async (message) => {
      const offeredTo = await offerFreedPlace(deps, message);
      logger.info("freed place handled", { fairId: message.fairId, slot: message.slot, offered: offeredTo !== undefined });
    },
    "offer-expiry": async (message) => {
      const outcome = await expireOffer(deps, message);
      logger.info("offer deadline handled", { fairId: message.fairId, outcome });
    },
  });
}
