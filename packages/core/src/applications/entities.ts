import { key, model, version } from "../platform/table.ts";

/** A graduate's own application to a vacancy, with its history (who moved it, when). */
export const application = {
  model: model("application"),
  attributes: {
    vacancyId: { type: "string", required: true },
    graduateId: { type: "string", required: true },
    recruiterId: { type: "string", required: true },
    state: { type: "string", required: true },
    /** Applied although not eligible: recruiters see it flagged. */
    applyAnyway: { type: "boolean", required: true },
    eligibleAtApply: { type: "boolean", required: true },
    scoreAtApply: { type: "number", required: true },
    vacancyTitle: { type: "string", required: true },
    history: { type: "any", required: true },
    appliedAt: { type: "string", required: true },
    version,
    updatedAt: { type: "string", required: true },
  },
  indexes: {
    byVacancy: { pk: key("pk", ["vacancyId"]), sk: key("sk", ["graduateId"]) },
    byGraduate: { index: "gsi1", pk: key("gsi1pk", ["graduateId"]), sk: key("gsi1sk", ["appliedAt", "vacancyId"]) },
  },
} as const;
