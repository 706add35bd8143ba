/**
 * Writes the client's types from the API's OpenAPI 3.1 document, in the shape openapi-fetch
 * reads (`paths` and `components`, as openapi-typescript writes them). Our own small generator:
 * openapi-typescript needs TypeScript's JavaScript API, which TypeScript 7 no longer ships.
 */

type Schema = Record<string, unknown>;
interface Parameter {
  name: string;
  in: "query" | "path" | "header" | "cookie";
  required?: boolean;
  schema?: Schema;
  description?: string;
}
interface Operation {
  operationId?: string;
  summary?: string;
  parameters?: Parameter[];
  requestBody?: { required?: boolean; content: Record<string, { schema?: Schema }> };
  responses: Record<
    string,
    { description?: string; headers?: Record<string, { schema?: Schema }>; content?: Record<string, { schema?: Schema }> }
  >;
}
export interface OpenApiDocument {
  paths: Record<string, Record<string, Operation>>;
  components?: { schemas?: Record<string, Schema> };
}

const METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"] as const;
const IDENT = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

const key = (name: string) => (IDENT.test(name) ? name : JSON.stringify(name));
const pad = (depth: number) => "  ".repeat(depth);
const comment = (text: unknown, depth: number) =>
  typeof text === "string" && text.trim()
    ? `${pad(depth)}/** ${text.replace(/\*\//g, "* /").replace(/\s+/g, " ").trim()} */\n`
    : "";

/** One JSON Schema (2020-12, as OpenAPI 3.1 uses it) as a TypeScript type. */
export function typeOf(schema: Schema | boolean | undefined, depth = 0): string {
  if (schema === undefined || schema === true) return "unknown";
  if (schema === false) return "never";
  if (typeof schema.$ref === "string") {
    const name = schema.$ref.replace("#/components/schemas/", "");
    return `components["schemas"][${JSON.stringify(name)}]`;
  }
  if ("const" in schema) return JSON.stringify(schema.const);
  if (Array.isArray(schema.enum)) return schema.enum.map((v) => JSON.stringify(v)).join(" | ") || "never";
  for (const [word, joint] of [
    ["anyOf", " | "],
    ["oneOf", " | "],
    ["allOf", " & "],
  ] as const) {
    const parts = schema[word];
    if (Array.isArray(parts)) return `(${parts.map((p) => typeOf(p as Schema, depth)).join(joint)})`;
  }
  const types = Array.isArray(schema.type) ? (schema.type as string[]) : schema.type ? [schema.type as string] : [];
  if (types.length > 1) return types.map((t) => typeOf({ ...schema, type: t }, depth)).join(" | ");
  switch (types[0]) {
    case "string":
      return "string";
    case "number":
    case "integer":
      return "number";
    case "boolean":
      return "boolean";
    case "null":
      return "null";
    case "array": {
      if (Array.isArray(schema.prefixItems)) return `[${schema.prefixItems.map((i) => typeOf(i as Schema, depth)).join(", ")}]`;
      const item = typeOf(schema.items as Schema | undefined, depth);
      return /^[\w$."[\]]+$/.test(item) ? `${item}[]` : `(${item})[]`;
    }
    case "object":
      return objectType(schema, depth);
    default:
      return schema.properties ? objectType(schema, depth) : "unknown";
  }
}

function objectType(schema: Schema, depth: number): string {
  const properties = (schema.properties ?? {}) as Record<string, Schema>;
  const required = new Set((schema.required ?? []) as string[]);
  const lines = Object.entries(properties).map(
    ([name, property]) =>
      `${comment(property.description, depth + 1)}${pad(depth + 1)}${key(name)}${required.has(name) ? "" : "?"}: ${typeOf(property, depth + 1)};`,
  );
  const extra = schema.additionalProperties;
  if (extra !== undefined && extra !== false)
    lines.push(`${pad(depth + 1)}[key: string]: ${extra === true ? "unknown" : typeOf(extra as Schema, depth + 1)};`);
  else if (extra === undefined && lines.length === 0) lines.push(`${pad(depth + 1)}[key: string]: unknown;`);
  return lines.length ? `{\n${lines.join("\n")}\n${pad(depth)}}` : "Record<string, never>";
}

function parametersType(parameters: Parameter[], depth: number): string {
  const lines = (["query", "header", "path", "cookie"] as const).map((where) => {
    const here = parameters.filter((p) => p.in === where);
    if (here.length === 0) return `${pad(depth + 1)}${where}?: never;`;
    const optional = here.every((p) => !p.required) ? "?" : "";
    const fields = here.map(
      (p) =>
        `${comment(p.description, depth + 2)}${pad(depth + 2)}${key(p.name)}${p.required ? "" : "?"}: ${typeOf(p.schema, depth + 2)};`,
    );
    return `${pad(depth + 1)}${where}${optional}: {\n${fields.join("\n")}\n${pad(depth + 1)}};`;
  });
  return `{\n${lines.join("\n")}\n${pad(depth)}}`;
}

function contentType(content: Record<string, { schema?: Schema }> | undefined, depth: number): string {
  if (!content) return "never";
  const lines = Object.entries(content).map(
    ([media, { schema }]) => `${pad(depth + 1)}${JSON.stringify(media)}: ${typeOf(schema, depth + 1)};`,
  );
  return `{\n${lines.join("\n")}\n${pad(depth)}}`;
}

function operationType(operation: Operation, depth: number): string {
  const lines = [`${pad(depth + 1)}parameters: ${parametersType(operation.parameters ?? [], depth + 1)};`];
  if (operation.requestBody)
    lines.push(
      `${pad(depth + 1)}requestBody${operation.requestBody.required ? "" : "?"}: {\n${pad(depth + 2)}content: ${contentType(operation.requestBody.content, depth + 2)};\n${pad(depth + 1)}};`,
    );
  else lines.push(`${pad(depth + 1)}requestBody?: never;`);
  const responses = Object.entries(operation.responses).map(([status, response]) => {
    const headers = Object.entries(response.headers ?? {}).map(
      ([name, header]) => `${pad(depth + 4)}${key(name)}?: ${typeOf(header.schema, depth + 4)};`,
    );
    headers.push(`${pad(depth + 4)}[name: string]: unknown;`);
    return [
      comment(response.description, depth + 2),
      // Numeric keys, as openapi-typescript writes them: openapi-fetch matches statuses as numbers.
      `${pad(depth + 2)}${/^\d+$/.test(status) ? status : key(status)}: {\n`,
      `${pad(depth + 3)}headers: {\n${headers.join("\n")}\n${pad(depth + 3)}};\n`,
      `${pad(depth + 3)}content: ${contentType(response.content, depth + 3)};\n`,
      `${pad(depth + 2)}};`,
    ].join("");
  });
  lines.push(`${pad(depth + 1)}responses: {\n${responses.join("\n")}\n${pad(depth + 1)}};`);
  return `{\n${lines.join("\n")}\n${pad(depth)}}`;
}

/** The whole module: `paths` and `components`, sorted so the output is stable. */
export function generateTypes(doc: OpenApiDocument): string {
  const out: string[] = [
    "// Generated from the API's OpenAPI document by packages/client/src/generate.ts: do not edit.",
    "// Regenerate with `npm run generate:client`; `npm test` fails while this file is stale.",
    "",
    "export interface paths {",
  ];
  for (const path of Object.keys(doc.paths).sort()) {
    const item = doc.paths[path] as Record<string, Operation>;
    out.push(`  ${JSON.stringify(path)}: {`);
    out.push(
      "    parameters: {\n      query?: never;\n      header?: never;\n      path?: never;\n      cookie?: never;\n    };",
    );
    for (const method of METHODS) {
      const operation = item[method];
      if (!operation) out.push(`    ${method}?: never;`);
      else out.push(`${comment(operation.summary, 2)}    ${method}: ${operationType(operation, 2)};`);
    }
    out.push("  };");
  }
  out.push("}", "", "export interface components {", "  schemas: {");
  const schemas = doc.components?.schemas ?? {};
  for (const name of Object.keys(schemas).sort()) {
    const schema = schemas[name] as Schema;
    out.push(`${comment(schema.description, 2)}    ${key(name)}: ${typeOf(schema, 2)};`);
  }
  out.push("  };", "}", "");
  return out.join("\n");
}
