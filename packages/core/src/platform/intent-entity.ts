import { key, model } from "./table.ts";

/**
 * A message intent (the transactional outbox): written in the same DynamoDB transaction as the
 * state change that implies it; the relay (the table's stream) puts it on its queue; its
 * consumer deletes it when it has finished. Until then the sweeper sends it again, so nothing
 * accepted is lost, even when a queue loses messages (the local emulator on a restart).
 */
export const intent = {
  model: model("intent"),
  attributes: {
    /** The message's own id: its business key (the same event queued twice is one intent). */
    intentId: { type: "string", required: true },
    queue: { type: "string", required: true },
    /** The message, as JSON. */
    body: { type: "string", required: true },
    /** For a delayed message: when the queue should deliver it (the relay delays by what is left). */
    sendAt: { type: "string" },
    /** `pending` until its consumer finished (then the item is deleted); `stuck` after too many sends. */
    state: { type: ["pending", "stuck"] as const, required: true },
    /** Sends by the sweeper (the relay's first send is not counted). */
    attempts: { type: "number", required: true, default: 0 },
    /** `DUE#<shard>` while pending: the sweeper's index (sparse; spread over a few partitions). */
    due: { type: "string" },
    /** When the sweeper sends it again if it is still here. */
    dueAt: { type: "string" },
    createdAt: { type: "string", required: true },
    /** Even a stuck intent goes after two weeks (as long as a dead letter is kept). */
    expiresAt: { type: "number", required: true },
  },
  indexes: {
    byId: { pk: key("pk", ["intentId"]), sk: key("sk", []) },
    due: { index: "gsi1", pk: key("gsi1pk", ["due"]), sk: key("gsi1sk", ["dueAt", "intentId"]) },
  },
} as const;
