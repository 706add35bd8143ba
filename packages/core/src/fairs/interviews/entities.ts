import { key, model } from "../../platform/table.ts";

/** How an attended interview went, as the booth's recruiter records it. */
export const OUTCOMES = ["offer", "reject", "next-round"] as const;

/**
 * An interview at one table and slot of one schedule version: two interviews at one table and
 * slot cannot both exist (a conditional create decides). `offered` holds the place for one
 * waitlisted graduate until `offerExpires`; `removed` is a slot the recruiter took away.
 */
export const interview = {
  model: model("interview"),
  attributes: {
    fairId: { type: "string", required: true },
    scheduleVersion: { type: "string", required: true },
    recruiterId: { type: "string", required: true },
    slot: { type: "number", required: true },
    table: { type: "number", required: true },
    graduateId: { type: "string", required: true },
    vacancyIds: { type: "list", items: { type: "string" }, required: true },
    startsAt: { type: "string", required: true },
    endsAt: { type: "string", required: true },
    /** UTC hour of the start ("2026-12-01T02"): the reminders and no-show clock's bucket. */
    startHour: { type: "string", required: true },
    state: { type: ["booked", "offered", "checked-in", "no-show", "removed"] as const, required: true },
    offerExpires: { type: "string" },
    /** Who already turned this place down (not offered again). */
    offerExcluded: { type: "list", items: { type: "string" } },
    checkedInAt: { type: "string" },
    outcome: { type: OUTCOMES },
    outcomeAt: { type: "string" },
  },
  indexes: {
    // One partition per booth and version: a national fair's writes spread over its booths.
    byTable: { pk: key("pk", ["fairId", "scheduleVersion", "recruiterId"]), sk: key("sk", ["slot", "table"]) },
    byCandidate: {
      index: "gsi1",
      pk: key("gsi1pk", ["fairId", "scheduleVersion", "graduateId"]),
      sk: key("gsi1sk", ["slot", "recruiterId"]),
    },
    byStart: {
      index: "gsi2",
      pk: key("gsi2pk", ["startHour"]),
      sk: key("gsi2sk", ["startsAt", "fairId", "recruiterId", "table"]),
    },
  },
} as const;

/** Guard: a candidate holds a slot of a version at most once (created with the interview; one partition per candidate). */
export const candidateSlot = {
  model: model("candidateSlot"),
  attributes: {
    fairId: { type: "string", required: true },
    scheduleVersion: { type: "string", required: true },
    graduateId: { type: "string", required: true },
    slot: { type: "number", required: true },
    recruiterId: { type: "string", required: true },
    table: { type: "number", required: true },
  },
  indexes: {
    byCandidate: { pk: key("pk", ["fairId", "scheduleVersion", "graduateId"]), sk: key("sk", ["slot"]) },
  },
} as const;

/** Guard: a candidate has at most one interview per booth in a version. */
export const candidateBooth = {
  model: model("candidateBooth"),
  attributes: {
    fairId: { type: "string", required: true },
    scheduleVersion: { type: "string", required: true },
    graduateId: { type: "string", required: true },
    recruiterId: { type: "string", required: true },
    slot: { type: "number", required: true },
    table: { type: "number", required: true },
  },
  indexes: {
    byCandidate: { pk: key("pk", ["fairId", "scheduleVersion", "graduateId"]), sk: key("sk", ["recruiterId"]) },
  },
} as const;

/**
 * A graduate who declined or let pass an offer of one place: never offered that place again,
 * whatever order the backfill messages arrive in (a repeated older one carries fewer exclusions).
 */
export const passedOffer = {
  model: model("passedOffer"),
  attributes: {
    fairId: { type: "string", required: true },
    scheduleVersion: { type: "string", required: true },
    recruiterId: { type: "string", required: true },
    slot: { type: "number", required: true },
    table: { type: "number", required: true },
    graduateId: { type: "string", required: true },
    at: { type: "string", required: true },
  },
  indexes: {
    byPlace: {
      pk: key("pk", ["fairId", "scheduleVersion", "recruiterId", "slot", "table"]),
      sk: key("sk", ["graduateId"]),
    },
  },
} as const;
