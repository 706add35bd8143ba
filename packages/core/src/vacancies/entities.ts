import { key, model, timestamps, version } from "../platform/table.ts";

export const vacancy = {
  model: model("vacancy"),
  attributes: {
    vacancyId: { type: "string", required: true },
    recruiterId: { type: "string", required: true },
    state: { type: ["draft", "published", "closed", "filled"] as const, required: true },
    title: { type: "string", required: true },
    description: { type: "string" },
    country: { type: "string", required: true },
    sector: { type: "string", required: true },
    scheme: { type: "string", required: true },
    program: { type: "string" },
    openings: { type: "number", required: true },
    salary: { type: "any", required: true },
    costs: { type: "any", required: true },
    jobOrderRef: { type: "string" },
    applicationDeadline: { type: "string", required: true },
    expectedStart: { type: "string", required: true },
    ageMin: { type: "number" },
    ageMax: { type: "number" },
    requirements: { type: "any", required: true },
    warnings: { type: "any" },
    /** The last refused publish, `{ at, violations }`, until a publish succeeds: the official check shows it. */
    refusal: { type: "any" },
    publishedAt: { type: "string" },
    /** `OPEN#<country>` while published: the public listing (sparse). */
    listing: { type: "string" },
    version,
    ...timestamps,
  },
  indexes: {
    byId: { pk: key("pk", ["vacancyId"]), sk: key("sk", []) },
    byRecruiter: { index: "gsi1", pk: key("gsi1pk", ["recruiterId"]), sk: key("gsi1sk", ["vacancyId"]) },
    openByCountry: { index: "gsi2", pk: key("gsi2pk", ["listing"]), sk: key("gsi2sk", ["sector", "vacancyId"]) },
  },
} as const;

/** One item per (published vacancy, skill it asks for): open vacancies by skill. */
export const vacancySkill = {
  model: model("vacancySkill"),
  attributes: {
    vacancyId: { type: "string", required: true },
    skill: { type: "string", required: true },
    country: { type: "string", required: true },
    importance: { type: "string", required: true },
  },
  indexes: {
    byVacancy: { pk: key("pk", ["vacancyId"]), sk: key("sk", ["skill"]) },
    bySkill: { index: "gsi1", pk: key("gsi1pk", ["skill"]), sk: key("gsi1sk", ["country", "vacancyId"]) },
  },
} as const;

/** Running totals for the staff reports: demand and supply per skill, refusals per code and country. */
export const counter = {
  model: model("counter"),
  attributes: {
    kind: { type: ["demand", "supply", "refusal"] as const, required: true },
    skill: { type: "string", required: true },
    bucket: { type: "string", required: true },
    count: { type: "number", required: true, default: 0 },
    openings: { type: "number", required: true, default: 0 },
  },
  indexes: {
    byKind: { pk: key("pk", ["kind"]), sk: key("sk", ["skill", "bucket"]) },
  },
} as const;
