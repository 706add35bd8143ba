import { key, model } from "../platform/table.ts";

/**
 * Finding a recruiter without a Scan (the official check): one item per licence number an
 * organisation states (`licence`, keyed by the whole normalised number: an exact match) and one
 * per organisation name (`name`, in a partition per its first two letters, sorted by the
 * normalised name: a prefix match). Written with the recruiter, in the same transaction.
 */
export const recruiterLookup = {
  model: model("recruiterLookup"),
  attributes: {
    lookup: { type: ["licence", "name"] as const, required: true },
    bucket: { type: "string", required: true },
    term: { type: "string", required: true },
    recruiterId: { type: "string", required: true },
  },
  indexes: {
    byTerm: { pk: key("pk", ["lookup", "bucket"]), sk: key("sk", ["term", "recruiterId"]) },
  },
} as const;
