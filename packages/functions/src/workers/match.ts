import { type Deps, evaluateVacancyCandidates, recomputeGraduateMatches, recomputeVacancyMatches } from "@jalur/core";
import { logger } from "../log.ts";
import { probeHandler } from "./probe.ts";
import { sqsWorker } from "./sqs-worker.ts";

/**
 * Recomputes matches. Both handlers recompute from the current state of the table, so a
 * redelivered or out-of-order message converges on the same result (idempotent by design).
 */
export function createMatchWorker(deps: Deps) {
  return sqsWorker(deps, "match", {
    probe: probeHandler(deps),
    "vacancy-changed": async (message) => {
      const result = await recomputeVacancyMatches(deps, message.vacancyId, message.id);
      logger.info("vacancy candidates queued", { vacancyId: message.vacancyId, ...result });
    },
    "vacancy-candidates": async (message) => {
      const result = await evaluateVacancyCandidates(deps, message);
      logger.info("vacancy candidates evaluated", { vacancyId: message.vacancyId, ...result });
    },
    "graduate-changed": async (message) => {
      const result = await recomputeGraduateMatches(deps, message.graduateId);
      logger.info("graduate matches recomputed", { graduateId: message.graduateId, ...result });
    },
  });
}
