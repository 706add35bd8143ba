import { key, model, timestamps, version } from "../platform/table.ts";

export const recruiter = {
  model: model("recruiter"),
  attributes: {
    recruiterId: { type: "string", required: true },
    name: { type: "string", required: true },
    kind: { type: ["p3mi", "government"] as const, required: true },
    licence: { type: "any" },
    /** `pending` while a licence waits for staff; absent otherwise (a sparse queue). */
    licenceReview: { type: "string" },
    version,
    ...timestamps,
  },
  indexes: {
    byId: { pk: key("pk", ["recruiterId"]), sk: key("sk", []) },
    licenceQueue: { index: "gsi1", pk: key("gsi1pk", ["licenceReview"]), sk: key("gsi1sk", ["recruiterId"]) },
  },
} as const;

/** A person who acts for the organisation. */
export const member = {
  model: model("member"),
  attributes: {
    recruiterId: { type: "string", required: true },
    sub: { type: "string", required: true },
    name: { type: "string", required: true },
    email: { type: "string" },
    addedAt: { type: "string", required: true },
  },
  indexes: {
    byRecruiter: { pk: key("pk", ["recruiterId"]), sk: key("sk", ["sub"]) },
  },
} as const;
