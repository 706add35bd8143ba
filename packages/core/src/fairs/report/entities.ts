import { key, model } from "../../platform/table.ts";

/** A fair's running totals (registrations, attendance, outcomes by vacancy, country, skill). */
export const fairStat = {
  model: model("fairStat"),
  attributes: {
    fairId: { type: "string", required: true },
    name: { type: "string", required: true },
    bucket: { type: "string", required: true },
    count: { type: "number", required: true, default: 0 },
  },
  indexes: {
    byFair: { pk: key("pk", ["fairId"]), sk: key("sk", ["name", "bucket"]) },
  },
} as const;
