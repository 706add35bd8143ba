// Type-checks the SST app offline: `sst install` fetches the platform's types (from the npm
// registry) once, then tsc checks sst.config.ts and infra/ against them.
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";

const env = { ...process.env, SST_SKIP_DEPENDENCY_CHECK: "1", SST_NO_BUN: "1", SST_TELEMETRY_DISABLED: "1" };
const installed =
  existsSync(".sst/platform/config.d.ts") && existsSync(".sst/platform/version")
    ? readFileSync(".sst/platform/version", "utf8").trim()
    : undefined;
const wanted = JSON.parse(readFileSync("node_modules/sst/package.json", "utf8")).version;
if (installed !== wanted) {
  console.log(`sst install (platform ${installed ?? "missing"}, sst ${wanted})...`);
  execFileSync("npx", ["sst", "install", "--stage", "local"], { stdio: "inherit", env });
}
execFileSync("npx", ["tsc", "-p", "tsconfig.sst.json"], { stdio: "inherit", env });
console.log("SST app type-checks.");
