import { key, model, timestamps, version } from "../platform/table.ts";

export const fair = {
  model: model("fair"),
  attributes: {
    fairId: { type: "string", required: true },
    /** Who created it: the fair's owner, who may add co-organisers. */
    organiserId: { type: "string", required: true },
    /** Other organisers who run the fair with the owner. */
    coOrganisers: { type: "set", items: "string" },
    name: { type: "string", required: true },
    venue: { type: "string", required: true },
    /** FairCalendar: zone, days, opening hours, breaks, slot length (validated with zod). */
    calendar: { type: "any", required: true },
    minGapMinutes: { type: "number", required: true },
    coverage: { type: ["first", "balanced", "off"] as const, required: true },
    /** ISO instants with an offset. */
    registrationOpens: { type: "string", required: true },
    registrationCloses: { type: "string", required: true },
    state: { type: ["draft", "registration-open", "registration-closed"] as const, required: true },
    /** The schedule version everyone sees; switched atomically on publish. */
    publishedVersion: { type: "string" },
    publishedAt: { type: "string" },
    /** `FAIRS` on every fair: the fair listing, by first day. */
    listing: { type: "string", required: true, default: "FAIRS" },
    firstDay: { type: "string", required: true },
    version,
    ...timestamps,
  },
  indexes: {
    byId: { pk: key("pk", ["fairId"]), sk: key("sk", []) },
    listing: { index: "gsi1", pk: key("gsi1pk", ["listing"]), sk: key("gsi1sk", ["firstDay", "fairId"]) },
  },
} as const;

/** A recruiter's booth at a fair: tables, the vacancies it interviews for, when its interviewers are away. */
export const booth = {
  model: model("booth"),
  attributes: {
    fairId: { type: "string", required: true },
    recruiterId: { type: "string", required: true },
    name: { type: "string", required: true },
    tables: { type: "number", required: true },
    vacancyIds: { type: "list", items: { type: "string" }, required: true },
    /** [{ from, to }] ISO instants with an offset. */
    unavailable: { type: "any", required: true },
    ...timestamps,
  },
  indexes: {
    byFair: { pk: key("pk", ["fairId"]), sk: key("sk", ["recruiterId"]) },
  },
} as const;
