import { type Deps, deliver, fanOutScheduleNotices } from "@jalur/core";
import { channelsFromEnv } from "../channels.ts";
import { logger } from "../log.ts";
import { probeHandler } from "./probe.ts";
import { sqsWorker } from "./sqs-worker.ts";

/** One notice per (event, recipient, channel); a redelivered message is recognised by its id. */
export function createNotifyWorker(deps: Deps, senders = channelsFromEnv()) {
  return sqsWorker(deps, "notify", {
    probe: probeHandler(deps),
    notify: async (message) => {
      const outcome = await deliver(deps, message, senders);
      logger.info("notice handled", { template: message.template, channel: message.channel, outcome });
    },
    "schedule-published": async (message) => {
      const queued = await fanOutScheduleNotices(deps, message);
      logger.info("schedule notices queued", { fairId: message.fairId, queued });
    },
  });
}
