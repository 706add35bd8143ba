// `npm run generate:client`: writes the typed client's types and a copy of the OpenAPI document
// from the app's routes. `test/contract/client.test.ts` fails when they are stale.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { generateTypes, type OpenApiDocument } from "@jalur/client/generate";
import { openApiDocument } from "@jalur/functions";

const dir = join(import.meta.dirname, "../packages/client");
const doc = await openApiDocument();
writeFileSync(join(dir, "openapi.json"), `${JSON.stringify(doc, null, 2)}\n`);
writeFileSync(join(dir, "src/api.ts"), generateTypes(doc as unknown as OpenApiDocument));
console.log(
  `Wrote packages/client/openapi.json and packages/client/src/api.ts (${Object.keys(doc.paths as object).length} paths)`,
);
