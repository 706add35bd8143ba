import { key, model, timestamps, version } from "../../platform/table.ts";

/** A graduate's registration for a fair: their picks, in their own order. */
export const fairRegistration = {
  model: model("fairRegistration"),
  attributes: {
    fairId: { type: "string", required: true },
    graduateId: { type: "string", required: true },
    picks: { type: "any", required: true },
    source: { type: ["self", "import"] as const, required: true },
    /**
     * The graduate's own act: true when they registered themselves, or confirmed (in the app or
     * by checking in) what an organiser imported. Until then nothing is disclosed to recruiters.
     */
    confirmed: { type: "boolean", required: true, default: true },
    /** Register for picks the graduate is not (yet) eligible for. */
    applyAnyway: { type: "boolean" },
    version,
    ...timestamps,
  },
  indexes: {
    byFair: { pk: key("pk", ["fairId"]), sk: key("sk", ["graduateId"]) },
    byGraduate: { index: "gsi2", pk: key("gsi2pk", ["graduateId"]), sk: key("gsi2sk", ["fairId"]) },
  },
} as const;

/** A graduate's wish to interview at a booth, with their order and the recruiter's shortlist mark. */
export const fairRequest = {
  model: model("fairRequest"),
  attributes: {
    fairId: { type: "string", required: true },
    graduateId: { type: "string", required: true },
    recruiterId: { type: "string", required: true },
    vacancyIds: { type: "list", items: { type: "string" }, required: true },
    preference: { type: "number", required: true },
    matchScore: { type: "number", required: true },
    shortlisted: { type: "boolean", required: true, default: false },
    /** As on the registration: unconfirmed imports are not shown to the booth. */
    confirmed: { type: "boolean", required: true, default: true },
    registeredAt: { type: "string", required: true },
  },
  indexes: {
    byFair: { pk: key("pk", ["fairId"]), sk: key("sk", ["graduateId", "recruiterId"]) },
    byBooth: { index: "gsi1", pk: key("gsi1pk", ["fairId", "recruiterId"]), sk: key("gsi1sk", ["graduateId"]) },
  },
} as const;
