import { execFileSync } from "node:child_process";
import { mkdirSync, rmSync, statSync } from "node:fs";
import { join } from "node:path";
import { type QueueName, queueUrlEnv, TABLE_ENV, topology } from "@jalur/infra/topology";
import { build, type Metafile } from "esbuild";
import { BUNDLING_EXTERNALS } from "../infra/cdk/bundling.ts";

const BANNER = "import { createRequire } from 'module'; const require = createRequire(import.meta.url);";

/**
 * Lambda bundles as the CDK stack builds them (esbuild, ESM, minified, node22; the AWS SDK v3
 * left to the Lambda runtime, which ships it): size of each, its largest packages, and
 * module-init time (a fresh Node process importing the bundle with the deployment's
 * environment set, the SDK resolved from node_modules as the runtime would; median of 5).
 * Goals: API ≤ 1 MB, init ≤ 150 ms.
 */
export async function benchBundles(): Promise<void> {
  // Inside the repository, so the externals resolve from node_modules like the runtime's copy.
  const dir = join(".jalur", "bundles");
  mkdirSync(dir, { recursive: true });
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    AWS_REGION: "ap-southeast-3",
    AWS_ACCESS_KEY_ID: "x",
    AWS_SECRET_ACCESS_KEY: "x",
    [TABLE_ENV]: "jalur-main",
    JALUR_SIGNING_KEY: "bench",
    JALUR_JWT_ISSUER: "https://issuer.example",
  };
  for (const q of Object.keys(topology.queues)) env[queueUrlEnv(q as QueueName)] = `https://sqs.example/${q}`;
  try {
    for (const [name, spec] of Object.entries(topology.functions)) {
      const outfile = join(process.cwd(), dir, `${name}.mjs`);
      const { metafile } = await build({
        metafile: true,
        external: [...BUNDLING_EXTERNALS],
        entryPoints: [join("packages/functions/src", `${spec.entry}.ts`)],
        bundle: true,
        platform: "node",
        format: "esm",
        target: "node22",
        minify: true,
        banner: { js: BANNER },
        outfile,
        logLevel: "error",
      });
      const kb = statSync(outfile).size / 1024;
      const times: number[] = [];
      for (let i = 0; i < 5; i++) {
        const out = execFileSync(
          process.execPath,
          [
            "--input-type=module",
            "-e",
            `const t = performance.now(); await import(${JSON.stringify(outfile)}); console.log(performance.now() - t);`,
          ],
          { env },
        );
        times.push(Number(out.toString().trim()));
      }
      times.sort((a, b) => a - b);
      const goal = name === topology.http.function ? " [goal ≤ 1,024 KB, init ≤ 150 ms]" : " [goal init ≤ 150 ms]";
      console.log(
        `${name.padEnd(15)} ${kb.toFixed(0).padStart(5)} KB  init median ${times[2]?.toFixed(0)} ms${goal}  largest: ${largest(metafile)}`,
      );
    }
  } finally {
    if (!process.env.BENCH_KEEP) rmSync(dir, { recursive: true, force: true });
  }
}

/** The three packages contributing most bytes to a bundle. */
function largest(metafile: Metafile): string {
  const bytes = new Map<string, number>();
  for (const output of Object.values(metafile.outputs))
    for (const [path, { bytesInOutput }] of Object.entries(output.inputs)) {
      const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path)?.[1] ?? path.split("/").slice(0, 2).join("/");
      bytes.set(pkg, (bytes.get(pkg) ?? 0) + bytesInOutput);
    }
  return [...bytes]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 3)
    .map(([p, b]) => `${p} ${(b / 1024).toFixed(0)} KB`)
    .join(", ");
}
