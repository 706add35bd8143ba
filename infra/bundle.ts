import { mkdirSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { build, type Metafile } from "esbuild";
import { BUNDLE_OPTIONS } from "./bundle-options.ts";
import plugins from "./esbuild-plugins.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");

/**
 * Bundles one function entry (a path under packages/functions/src without its extension, as
 * the topology names it, or a .ts file) into `outdir/index.mjs`.
 */
export async function bundleFunction(entry: string, outdir: string): Promise<Metafile> {
  mkdirSync(outdir, { recursive: true });
  const { metafile } = await build({
    ...BUNDLE_OPTIONS,
    mainFields: [...BUNDLE_OPTIONS.mainFields],
    plugins: [...plugins],
    entryPoints: [entry.endsWith(".ts") ? resolve(entry) : resolve(root, "packages/functions/src", `${entry}.ts`)],
    outfile: join(outdir, "index.mjs"),
    absWorkingDir: root,
    metafile: true,
  });
  return metafile;
}

// `tsx infra/bundle.ts <entry> <outdir>`: what the CDK stack's local bundling runs.
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const [entry, outdir] = process.argv.slice(2);
  if (!entry || !outdir) {
    console.error("usage: tsx infra/bundle.ts <entry, e.g. lambda/api> <outdir>");
    process.exit(2);
  }
  await bundleFunction(entry, resolve(outdir));
}
