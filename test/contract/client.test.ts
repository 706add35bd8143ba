import { readFileSync } from "node:fs";
import { join } from "node:path";
import { generateTypes, type OpenApiDocument, typeOf } from "@jalur/client/generate";
import { openApiDocument } from "@jalur/functions";
import { describe, expect, it } from "vitest";

const client = join(import.meta.dirname, "../../packages/client");

describe("the typed client (packages/client)", () => {
  it("is generated from the document the API serves now (run `npm run generate:client` when this fails)", async () => {
    const doc = await openApiDocument();
    expect(JSON.parse(readFileSync(join(client, "openapi.json"), "utf8"))).toEqual(doc);
    expect(readFileSync(join(client, "src/api.ts"), "utf8")).toBe(generateTypes(doc as unknown as OpenApiDocument));
  });

  it("turns JSON Schema into the TypeScript a reader expects", () => {
    expect(typeOf({ type: "string", enum: ["a", "b"] })).toBe('"a" | "b"');
    expect(typeOf({ type: ["string", "null"] })).toBe("string | null");
    expect(typeOf({ type: "array", items: { $ref: "#/components/schemas/Vacancy" } })).toBe('components["schemas"]["Vacancy"][]');
    expect(typeOf({ anyOf: [{ type: "number" }, { type: "boolean" }] })).toBe("(number | boolean)");
    expect(typeOf({ type: "object", properties: { a: { type: "integer" }, "b-c": { type: "string" } }, required: ["a"] })).toBe(
      '{\n  a: number;\n  "b-c"?: string;\n}',
    );
    expect(typeOf({ type: "object", additionalProperties: { type: "number" } })).toBe("{\n  [key: string]: number;\n}");
    expect(typeOf({})).toBe("unknown");
  });
});
