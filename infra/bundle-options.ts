import type { BuildOptions } from "esbuild";

/** Lets bundled CommonJS dependencies `require` Node's built-ins from an ES module. */
export const BUNDLE_BANNER = "import { createRequire } from 'module'; const require = createRequire(import.meta.url);";

/**
 * How every Lambda function is bundled, for the CDK stack (local bundling), SST (the same
 * options and plugin file) and `npm run bench -- bundles`: one minified ES module per function,
 * Node 22, the AWS SDK v3 bundled and tree-shaken from its ES module builds (`module` before
 * `main`) rather than loaded from the runtime's copy, which costs about 200 ms of module init
 * here against about 90 ms bundled; zod's locales cut to id/en; the SDK's credential chain
 * cut to the environment provider Lambda uses.
 */
export const BUNDLE_OPTIONS = {
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node24",
  minify: true,
  mainFields: ["module", "main"],
  banner: { js: BUNDLE_BANNER },
  legalComments: "none",
  logLevel: "error",
} as const satisfies BuildOptions;

/** Where the plugins live (plain JavaScript), relative to the repository root and sst.config.ts. */
export const BUNDLE_PLUGINS_FILE = "./infra/esbuild-plugins.mjs";
