import { key, model } from "./table.ts";

/** A creating POST's response, kept 24 h for its Idempotency-Key. */
export const idempotency = {
  model: model("idempotency"),
  attributes: {
    principal: { type: "string", required: true },
    idempotencyKey: { type: "string", required: true },
    fingerprint: { type: "string", required: true },
    /** 0 while the first request runs; then the response's status. */
    status: { type: "number", required: true },
    body: { type: "string", required: true },
    /** Which attempt holds the key while it runs, and until when (then another may take it). */
    claimId: { type: "string" },
    lockedUntil: { type: "number" },
    expiresAt: { type: "number", required: true },
  },
  indexes: {
    byKey: { pk: key("pk", ["principal", "idempotencyKey"]), sk: key("sk", []) },
  },
} as const;
