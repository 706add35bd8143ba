import { key, model } from "../platform/table.ts";

/** A pipeline probe: queued by an operator, completed by the worker of the queue it went through. */
export const probe = {
  model: model("probe"),
  attributes: {
    probeId: { type: "string", required: true },
    queue: { type: "string", required: true },
    status: { type: ["queued", "done"] as const, required: true },
    createdAt: { type: "string", required: true },
    completedAt: { type: "string" },
    /** How many times SQS delivered the message before the worker finished it. */
    receiveCount: { type: "number" },
    expiresAt: { type: "number", required: true },
  },
  indexes: {
    byId: { pk: key("pk", ["probeId"]), sk: key("sk", []) },
  },
} as const;
