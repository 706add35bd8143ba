import { key, model } from "./table.ts";

/** A creating POST's response, kept 24 h for its Idempotency-Key. */
export const idempotency = {
  model: model("idempotency"),
  attributes: {
    principal: { type: "string", required: true },
    idempotencyKey: { type: "string", required: true },
    fingerprint: { type: "string", required: true },
    status: { type: "number", required: true },
    body: { type: "string", required: true },
    expiresAt: { type: "number", required: true },
  },
  indexes: {
    byKey: { pk: key("pk", ["principal", "idempotencyKey"]), sk: key("sk", []) },
  },
} as const;
