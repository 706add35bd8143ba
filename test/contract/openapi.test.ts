import type { Deps } from "@jalur/core";
import { createApp } from "@jalur/functions";
import { beforeAll, describe, expect, it } from "vitest";
import { schemaErrors } from "../support/conformance.ts";

/**
 * The document describes every answer: each success has a named schema, each route lists every
 * status it can return with the right description, and no operation answers "anything".
 */
type Operation = {
  security?: unknown[];
  requestBody?: { content: Record<string, unknown> };
  responses: Record<string, { description: string; content?: Record<string, { schema?: Record<string, unknown> }> }>;
};
type Document = {
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, Record<string, unknown>> };
};

const METHODS = ["get", "post", "put", "patch", "delete"];

let doc: Document;
let operations: { method: string; path: string; op: Operation }[];

beforeAll(async () => {
  const app = createApp({} as Deps, {
    verify: async () => {
      throw new Error("no tokens here");
    },
  });
  doc = (await (await app.request("/openapi.json")).json()) as Document;
  operations = Object.entries(doc.paths).flatMap(([path, item]) =>
    Object.entries(item)
      .filter(([method]) => METHODS.includes(method))
      .map(([method, op]) => ({ method, path, op })),
  );
});

/** True when a JSON schema lets any object through (`{}`, or an object of unknown values). */
function isOpen(schema: Record<string, unknown> | undefined): boolean {
  if (!schema) return true;
  if (Object.keys(schema).length === 0) return true;
  const additional = schema.additionalProperties;
  return (
    schema.type === "object" &&
    !schema.properties &&
    (additional === undefined || additional === true || isOpen(additional as Record<string, unknown>))
  );
}

function resolve(schema: Record<string, unknown> | undefined): Record<string, unknown> | undefined {
  const ref = schema?.$ref as string | undefined;
  return ref ? doc.components.schemas[ref.replace("#/components/schemas/", "")] : schema;
}

describe("the OpenAPI document", () => {
  it("lists the operations", () => {
    expect(operations.length).toBeGreaterThan(60);
  });

  it("gives every JSON success a named schema (a registered component), never 'anything'", () => {
    const unnamed: string[] = [];
    const open: string[] = [];
    for (const { method, path, op } of operations) {
      for (const [status, response] of Object.entries(op.responses)) {
        if (!status.startsWith("2")) continue;
        const schema = response.content?.["application/json"]?.schema;
        if (!response.content?.["application/json"]) continue;
        if (!schema?.$ref) unnamed.push(`${method} ${path} ${status}`);
        const resolved = resolve(schema);
        if (isOpen(resolved)) open.push(`${method} ${path} ${status}`);
        const items = (resolved?.properties as Record<string, Record<string, unknown>> | undefined)?.items;
        if (items?.type === "array" && isOpen(resolve(items.items as Record<string, unknown>)))
          open.push(`${method} ${path} ${status} items`);
      }
    }
    expect(unnamed).toEqual([]);
    expect(open).toEqual([]);
  });

  it("documents the errors every route can answer, as problem documents", () => {
    const missing: string[] = [];
    for (const { method, path, op } of operations) {
      if (path === "/health") continue;
      const expected = ["400", "404", "500"];
      if (path.startsWith("/v1/")) expected.push("401", "403");
      if (op.requestBody) expected.push("413", "415");
      for (const status of expected) {
        const response = op.responses[status];
        if (!response?.content?.["application/problem+json"]) missing.push(`${method} ${path} ${status}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it("describes 409 and 422 as what they are, not as 'Not found'", () => {
    for (const { op } of operations) {
      for (const status of ["409", "422"]) {
        const description = op.responses[status]?.description;
        if (description) expect(description).not.toMatch(/not found/i);
      }
    }
  });

  it("gives every request body an example or a named schema", () => {
    const bare: string[] = [];
    for (const { method, path, op } of operations) {
      const json = op.requestBody?.content["application/json"] as
        | { schema?: Record<string, unknown>; example?: unknown }
        | undefined;
      if (json && !json.schema?.$ref && json.example === undefined) bare.push(`${method} ${path}`);
    }
    expect(bare).toEqual([]);
  });

  it("gives examples that its own schemas accept, and patterns every JSON Schema validator reads alike", () => {
    const wrong: string[] = [];
    for (const [name, schema] of Object.entries(doc.components.schemas)) {
      if (schema.example !== undefined) {
        const errors = schemaErrors({ $ref: `#/components/schemas/${name}` }, schema.example);
        if (errors.length) wrong.push(`${name}: ${errors.join("; ")}`);
      }
    }
    expect(wrong).toEqual([]);
    const patterns = [...JSON.stringify(doc).matchAll(/"pattern":"((?:[^"\\]|\\.)*)"/g)].map(
      (m) => JSON.parse(`"${m[1]}"`) as string,
    );
    expect(patterns.length).toBeGreaterThan(5);
    // A flag written into the pattern, or a Unicode property escape (which needs the u flag), reads differently elsewhere.
    expect(patterns.filter((p) => /\/[a-z]+$/.test(p) || /\\p\{/.test(p))).toEqual([]);
  });
});
