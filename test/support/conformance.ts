import type { OpenApiDocument } from "@jalur/client/generate";
import { Ajv2020, type ValidateFunction } from "ajv/dist/2020.js";
import addFormatsModule from "ajv-formats";
import doc from "../../packages/client/openapi.json" with { type: "json" };

/**
 * Checks an answer against the OpenAPI document: its status is one the operation documents and
 * its body matches the documented schema for its media type. Every answer the integration tests
 * receive through `startApi` callers passes through here, so the document cannot drift from
 * what the API does.
 */
const document = doc as unknown as OpenApiDocument & { components: { schemas: Record<string, unknown> } };
// ajv-formats is CommonJS; its default export arrives wrapped under some loaders.
const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ?? addFormatsModule) as (a: Ajv2020) => void;
const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats(ajv);
ajv.addSchema({ $id: "https://jalur.id/openapi", components: document.components });

const templates = Object.keys(document.paths).map((path) => ({
  path,
  pattern: new RegExp(`^${path.replace(/[.*+?^$()|[\]\\]/g, "\\$&").replace(/\{[^}]+\}/g, "[^/]+")}$`),
}));
const validators = new Map<string, ValidateFunction>();

/** The documented operation a request reaches (by method and path template). */
export function operationOf(method: string, url: string) {
  const path = new URL(url, "http://x").pathname;
  const match = templates.find((t) => t.pattern.test(path) && document.paths[t.path]?.[method.toLowerCase()]);
  return match ? { template: match.path, operation: document.paths[match.path]?.[method.toLowerCase()] } : undefined;
}

function validatorFor(schema: Record<string, unknown>): ValidateFunction {
  const id = JSON.stringify(schema);
  let validate = validators.get(id);
  if (!validate) {
    const rebased = JSON.parse(id.replaceAll('"#/components/', '"https://jalur.id/openapi#/components/'));
    validate = ajv.compile(rebased);
    validators.set(id, validate);
  }
  return validate;
}

/** The reasons a value does not match a schema of the document (empty when it does). */
export function schemaErrors(schema: Record<string, unknown>, value: unknown): string[] {
  const validate = validatorFor(schema);
  if (validate(value)) return [];
  return (validate.errors ?? []).map((e) => `${e.instancePath || "/"} ${e.message}`);
}

/** Why an answer does not conform, or undefined when it does. */
export function nonConformance(
  method: string,
  url: string,
  status: number,
  contentType: string | null,
  body: unknown,
): string | undefined {
  const found = operationOf(method, url);
  // No route: a refusal before routing (404, or a body too large to read) is still a problem document, checked elsewhere.
  if (!found) return status >= 400 && status < 500 ? undefined : `${method} ${url}: no documented operation answers this`;
  const { template, operation } = found;
  const response = operation?.responses[String(status)] ?? operation?.responses.default;
  if (!response) return `${method} ${template}: status ${status} is not documented (${JSON.stringify(body).slice(0, 300)})`;
  if (!response.content || body === undefined) return undefined;
  const media = Object.keys(response.content).find((m) => contentType?.startsWith(m));
  if (!media) return `${method} ${template} ${status}: content type ${contentType} is not documented`;
  const schema = response.content[media]?.schema;
  if (!schema || !media.includes("json")) return undefined;
  const validate = validatorFor(schema as Record<string, unknown>);
  if (validate(body)) return undefined;
  const errors = (validate.errors ?? [])
    .slice(0, 5)
    .map((e) => `${e.instancePath || "/"} ${e.message}${e.params ? ` ${JSON.stringify(e.params)}` : ""}`);
  return `${method} ${template} ${status}: the body does not match its schema: ${errors.join("; ")}`;
}
