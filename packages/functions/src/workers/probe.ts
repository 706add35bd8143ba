import { completeProbe, type Deps } from "@jalur/core";
import type { MessageHandlers } from "./sqs-worker.ts";

/** Every worker answers probes, so each queue's path can be proven end to end. */
export function probeHandler(deps: Deps): NonNullable<MessageHandlers["probe"]> {
  return async (message, record) => {
    await completeProbe(deps, message.probeId, Number(record.attributes.ApproximateReceiveCount ?? "1"));
  };
}
