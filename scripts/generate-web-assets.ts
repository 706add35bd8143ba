// `npm run generate:web-assets`: copies the browser scripts the web app serves (htmx, pinned in
// packages/web/package.json) into a module, so every deployment (the Lambda bundle included)
// carries them without reading node_modules at run time. A test fails when it is stale.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { vendorModule } from "../packages/web/src/assets/vendor-source.ts";

const file = join(import.meta.dirname, "../packages/web/src/assets/vendor.generated.ts");
writeFileSync(file, vendorModule());
console.log(`Wrote ${file}`);
