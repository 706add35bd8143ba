import { key, model } from "../platform/table.ts";

/** One item per (graduate, skill) held with verified, valid evidence and consent: the matching index. */
export const holding = {
  model: model("holding"),
  attributes: {
    graduateId: { type: "string", required: true },
    skill: { type: "string", required: true },
    /** Zero-padded level rank or score, so a Query can start at the minimum a vacancy asks. */
    strength: { type: "string", required: true },
  },
  indexes: {
    byGraduate: { pk: key("pk", ["graduateId"]), sk: key("sk", ["skill"]) },
    bySkill: { index: "gsi1", pk: key("gsi1pk", ["skill"]), sk: key("gsi1sk", ["strength", "graduateId"]) },
  },
} as const;

/** A graduate's evaluation for a vacancy, readable best-first from both sides. */
export const match = {
  model: model("match"),
  attributes: {
    vacancyId: { type: "string", required: true },
    graduateId: { type: "string", required: true },
    /** The domain's rank key (`rankKey`): sorts best first. */
    vacancyRank: { type: "string", required: true },
    graduateRank: { type: "string", required: true },
    eligible: { type: "boolean", required: true },
    score: { type: "number", required: true },
    missingRequired: { type: "number", required: true },
    renewalsBeforeStart: { type: "number", required: true },
    lines: { type: "any", required: true },
    gates: { type: "any", required: true },
    vacancy: { type: "any", required: true },
    graduateName: { type: "string", required: true },
    ppkd: { type: "string", required: true },
    applicationState: { type: "string" },
    evaluatedOn: { type: "string", required: true },
    computedAt: { type: "string", required: true },
  },
  indexes: {
    byPair: { pk: key("pk", ["vacancyId"]), sk: key("sk", ["graduateId"]) },
    forVacancy: { index: "gsi1", pk: key("gsi1pk", ["vacancyId"]), sk: key("gsi1sk", ["vacancyRank"]) },
    forGraduate: { index: "gsi2", pk: key("gsi2pk", ["graduateId"]), sk: key("gsi2sk", ["graduateRank"]) },
  },
} as const;
