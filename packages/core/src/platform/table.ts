import { ElectroError } from "electrodb";

/**
 * Shared pieces of the single table's ElectroDB schemas. Each feature declares its entities
 * beside its use cases with these; `service.ts` binds them all to a deployment's table.
 * Indexes are named by purpose over the generic `pk/sk/gsiNpk/gsiNsk` fields of
 * `infra/topology.ts`. Nested documents are `any` in the schema and validated with zod in the
 * use cases.
 */
export const SERVICE = "jalur";

export const key = <const F extends string, const C extends readonly string[]>(field: F, composite: C) => ({
  field,
  composite,
  casing: "none" as const,
});

export const model = <const E extends string>(entity: E) => ({ entity, version: "1", service: SERVICE }) as const;

/** Optimistic locking: a write names the version it read. */
export const version = { type: "number", required: true, default: 1 } as const;

export const timestamps = {
  createdAt: { type: "string", required: true, readOnly: true },
  updatedAt: { type: "string", required: true },
} as const;

/** True when DynamoDB refused a write on its condition (a version or existence check). */
export function isConditionFailure(error: unknown): boolean {
  for (let e: unknown = error; e; e = (e as { cause?: unknown }).cause) {
    const name = (e as { name?: string }).name;
    if (name === "ConditionalCheckFailedException" || name === "TransactionCanceledException") return true;
    if (e instanceof ElectroError && /conditional request failed/i.test(e.message)) return true;
  }
  return false;
}
