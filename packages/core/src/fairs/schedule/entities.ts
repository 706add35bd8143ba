import { key, model, timestamps } from "../../platform/table.ts";

/** A run of the interview scheduler for a fair; its id is the schedule version it writes. */
export const scheduleJob = {
  model: model("scheduleJob"),
  attributes: {
    jobId: { type: "string", required: true },
    fairId: { type: "string", required: true },
    coverage: { type: ["first", "balanced", "off"] as const, required: true },
    state: { type: ["queued", "running", "done", "failed"] as const, required: true },
    attempts: { type: "number", required: true, default: 0 },
    progress: { type: "any" },
    stats: { type: "any" },
    error: { type: "string" },
    leaseUntil: { type: "number" },
    ...timestamps,
  },
  indexes: {
    byId: { pk: key("pk", ["jobId"]), sk: key("sk", []) },
    byFair: { index: "gsi1", pk: key("gsi1pk", ["fairId"]), sk: key("gsi1sk", ["createdAt", "jobId"]) },
  },
} as const;
