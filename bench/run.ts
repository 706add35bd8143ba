import { useLocalAwsEnvironment } from "@jalur/local";
import { benchBundles } from "./bundles.ts";
import { benchImports } from "./imports.ts";
import { benchMatching } from "./matching.ts";
import { benchNotices } from "./notices.ts";
import { benchRestart } from "./restart.ts";
import { benchScheduler } from "./scheduler.ts";
import { benchWeb } from "./web.ts";

const benches: Record<string, () => Promise<void>> = {
  matching: benchMatching,
  scheduler: benchScheduler,
  notices: benchNotices,
  bundles: benchBundles,
  restart: benchRestart,
  imports: benchImports,
  web: benchWeb,
};

const names = process.argv.slice(2);
const unknown = names.filter((n) => !benches[n]);
if (names.length === 0 || unknown.length > 0) {
  console.error(
    `Usage: npm run bench -- ${Object.keys(benches).join("|")} [...]${unknown.length ? `\nUnknown: ${unknown.join(", ")}` : ""}`,
  );
  process.exit(2);
}
useLocalAwsEnvironment();
process.env.POWERTOOLS_LOG_LEVEL ??= "ERROR";
for (const name of names) {
  console.log(`== bench ${name} ==`);
  await benches[name]!();
}
