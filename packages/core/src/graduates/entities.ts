import { key, model, timestamps, version } from "../platform/table.ts";

/** A graduate's profile with their credentials (a list, with review state). */
export const graduate = {
  model: model("graduate"),
  attributes: {
    graduateId: { type: "string", required: true },
    name: { type: "string", required: true },
    birthDate: { type: "string", required: true },
    ppkd: { type: "string", required: true },
    kecamatan: { type: "string" },
    kelurahan: { type: "string" },
    language: { type: ["id", "en"] as const, required: true },
    /** NIK, phone and email: shown to recruiters only after the graduate applies (never the NIK); never logged. */
    nik: { type: "string" },
    phone: { type: "string" },
    email: { type: "string" },
    consent: { type: ["given", "withdrawn", "none"] as const, required: true },
    consentAt: { type: "string" },
    credentials: { type: "any", required: true },
    notificationOptOut: { type: "set", items: "string" },
    version,
    ...timestamps,
  },
  indexes: {
    byId: { pk: key("pk", ["graduateId"]), sk: key("sk", []) },
  },
} as const;

/** Credentials waiting for staff, per PPKD (a queue per centre, not one hot partition). */
export const credentialReview = {
  model: model("credentialReview"),
  attributes: {
    graduateId: { type: "string", required: true },
    credentialId: { type: "string", required: true },
    ppkd: { type: "string", required: true },
    skill: { type: "string", required: true },
    submittedAt: { type: "string", required: true },
  },
  indexes: {
    byCredential: { pk: key("pk", ["graduateId"]), sk: key("sk", ["credentialId"]) },
    queue: { index: "gsi1", pk: key("gsi1pk", ["ppkd"]), sk: key("gsi1sk", ["submittedAt", "credentialId"]) },
  },
} as const;

/** A verified credential's first day of no longer counting: the daily sweep recomputes its holder then. */
export const credentialExpiry = {
  model: model("credentialExpiry"),
  attributes: {
    date: { type: "string", required: true },
    graduateId: { type: "string", required: true },
    credentialId: { type: "string", required: true },
  },
  indexes: {
    byDate: { pk: key("pk", ["date"]), sk: key("sk", ["graduateId", "credentialId"]) },
  },
} as const;

/** UU PDP: who read a graduate's personal data, when, and what (the graduate can see it). */
export const audit = {
  model: model("audit"),
  attributes: {
    graduateId: { type: "string", required: true },
    at: { type: "string", required: true },
    reader: { type: "string", required: true },
    role: { type: "string", required: true },
    recruiterId: { type: "string" },
    what: { type: "string", required: true },
    expiresAt: { type: "number", required: true },
  },
  indexes: {
    byGraduate: { pk: key("pk", ["graduateId"]), sk: key("sk", ["at", "reader"]) },
  },
} as const;
