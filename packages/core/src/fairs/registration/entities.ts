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

/**
 * An organiser's registration import: accepted at once (202), applied in batches by the
 * schedule worker. Counters grow as batches finish; the job is done when every batch is.
 */
export const registrationImport = {
  model: model("registrationImport"),
  attributes: {
    fairId: { type: "string", required: true },
    importId: { type: "string", required: true },
    /** Who imported (an organiser's subject). */
    importedBy: { type: "string", required: true },
    rows: { type: "number", required: true },
    batches: { type: "number", required: true },
    batchesDone: { type: "number", required: true, default: 0 },
    processed: { type: "number", required: true, default: 0 },
    registered: { type: "number", required: true, default: 0 },
    refused: { type: "number", required: true, default: 0 },
    finishedAt: { type: "string" },
    ...timestamps,
  },
  indexes: {
    byFair: { pk: key("pk", ["fairId"]), sk: key("sk", ["importId"]) },
  },
} as const;

/**
 * One batch of an import: its rows as read from the file and, once applied, each row's outcome.
 * `part` is the zero-padded batch number, so a Query returns batches in file order.
 */
export const importBatch = {
  model: model("importBatch"),
  attributes: {
    fairId: { type: "string", required: true },
    importId: { type: "string", required: true },
    part: { type: "string", required: true },
    /** `[line, graduateId, picks (;-joined)]` as read; a row that could not be read has its problem in `results` from the start. */
    rows: { type: "any", required: true },
    state: { type: ["pending", "done"] as const, required: true, default: "pending" },
    /** Until when the delivery applying it holds it (epoch ms): a second delivery waits, one after a crash takes over. */
    leaseUntil: { type: "number" },
    /** Per row, in file order: `{ line, graduateId, picks, outcome, code?, message? }`. */
    results: { type: "any" },
  },
  indexes: {
    byImport: { pk: key("pk", ["fairId", "importId"]), sk: key("sk", ["part"]) },
  },
} as const;
