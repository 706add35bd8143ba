// Esbuild plugins for the Lambda bundles, in plain JavaScript so SST (`nodejs.plugins`), the CDK
// stack's local bundling and the bundles bench all load the same file. See infra/bundle.ts.
import { dirname, join } from "node:path";

/**
 * Zod's `z` namespace carries all of its ~50 error-message locales (about 250 KB minified), kept
 * because `extendZodWithOpenApi(z)` uses the namespace as a value. Jalur answers in Bahasa
 * Indonesia and English, so the bundle keeps those two and nothing else.
 * @param {readonly string[]} keep
 * @returns {import("esbuild").Plugin}
 */
export function zodLocales(keep = ["en", "id"]) {
  return {
    name: "jalur-zod-locales",
    setup(build) {
      build.onResolve({ filter: /\/locales\/index\.js$/ }, (args) => {
        if (!/[\\/]node_modules[\\/]zod[\\/]/.test(args.importer)) return undefined;
        return { path: join(dirname(args.importer), args.path), namespace: "jalur-zod-locales" };
      });
      build.onLoad({ filter: /.*/, namespace: "jalur-zod-locales" }, (args) => ({
        contents: keep.map((l) => `export { default as ${l.replace("-", "")} } from "./${l}.js";`).join("\n"),
        resolveDir: dirname(args.path),
        loader: "js",
      }));
    },
  };
}

/**
 * On Lambda the function's credentials are always in its environment (AWS_ACCESS_KEY_ID,
 * AWS_SECRET_ACCESS_KEY, AWS_SESSION_TOKEN), so the SDK's default provider chain (SSO, INI
 * files, web identity, instance metadata, about 130 KB with its nested STS/SSO clients) is
 * replaced by the environment provider in the bundles. Local runs do not use the bundles.
 * @returns {import("esbuild").Plugin}
 */
export function lambdaCredentials() {
  return {
    name: "jalur-lambda-credentials",
    setup(build) {
      build.onResolve({ filter: /^@aws-sdk\/credential-provider-node$/ }, (args) => ({
        path: "lambda-credentials",
        namespace: "jalur-lambda-credentials",
        pluginData: { resolveDir: args.resolveDir },
      }));
      build.onLoad({ filter: /.*/, namespace: "jalur-lambda-credentials" }, (args) => ({
        contents: 'export { fromEnv as defaultProvider } from "@aws-sdk/credential-provider-env";',
        resolveDir: args.pluginData.resolveDir,
        loader: "js",
      }));
    },
  };
}

/** The list SST's `nodejs.plugins` expects. */
export default [zodLocales(), lambdaCredentials()];
