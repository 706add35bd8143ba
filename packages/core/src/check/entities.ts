import { key, model } from "../platform/table.ts";

/**
 * A fixed one-minute window of official checks for one client (an HMAC of its address, never
 * the address itself): one atomic counter per (client, minute), deleted by TTL soon after.
 */
export const checkWindow = {
  model: model("checkWindow"),
  attributes: {
    client: { type: "string", required: true },
    /** Minutes since the epoch. */
    window: { type: "number", required: true },
    count: { type: "number" },
    expiresAt: { type: "number" },
  },
  indexes: {
    byClient: { pk: key("pk", ["client", "window"]), sk: key("sk", []) },
  },
} as const;
