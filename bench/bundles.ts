import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type QueueName, queueUrlEnv, TABLE_ENV, topology } from "@jalur/infra/topology";
import type { Metafile } from "esbuild";
import { bundleFunction } from "../infra/bundle.ts";

/**
 * Lambda bundles exactly as they deploy (infra/bundle.ts: esbuild, ESM, minified, node22, the
 * AWS SDK v3 bundled and tree-shaken): size of each, its largest packages, and module-init time
 * (a fresh Node process importing the bundle from a directory outside the repository, so nothing
 * can resolve from node_modules, with the deployment's environment set; median of 7). A last
 * line measures the floor: a bundle holding only the libraries every function initialises
 * (the DynamoDB and SQS clients, the document client, one ElectroDB entity, zod).
 * Goals: API ≤ 1 MB, init ≤ 150 ms.
 */
export async function benchBundles(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), "jalur-bundles-"));
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    AWS_REGION: "ap-southeast-3",
    AWS_ACCESS_KEY_ID: "x",
    AWS_SECRET_ACCESS_KEY: "x",
    [TABLE_ENV]: "jalur-main",
    JALUR_SIGNING_KEY: "bench",
    JALUR_JWT_ISSUER: "https://issuer.example",
    // The web function's sign-in endpoints (required at init, like the issuer).
    [topology.secrets.OidcAuthorizeUrl.env]: "https://issuer.example/oauth2/authorize",
    [topology.secrets.OidcTokenUrl.env]: "https://issuer.example/oauth2/token",
  };
  for (const q of Object.keys(topology.queues)) env[queueUrlEnv(q as QueueName)] = `https://sqs.example/${q}`;
  const entries: [string, string][] = Object.entries(topology.functions).map(([name, spec]) => [name, spec.entry]);
  entries.push(["(floor)", join(process.cwd(), "bench/bundle-floor.ts")]);
  try {
    for (const [name, entry] of entries) {
      const outdir = join(dir, name);
      const metafile = await bundleFunction(entry, outdir);
      const kb = readdirSync(outdir).reduce((sum, f) => sum + statSync(join(outdir, f)).size, 0) / 1024;
      const main = join(outdir, "index.mjs");
      const times: number[] = [];
      for (let i = 0; i < 7; i++) {
        const out = execFileSync(
          process.execPath,
          [
            "--input-type=module",
            "-e",
            `const t = performance.now(); await import(${JSON.stringify(main)}); console.log(performance.now() - t);`,
          ],
          { env, cwd: dir },
        );
        times.push(Number(out.toString().trim()));
      }
      times.sort((a, b) => a - b);
      const goal =
        name === topology.http.function
          ? " [goal ≤ 1,024 KB, init ≤ 150 ms]"
          : name === "(floor)"
            ? " [libraries alone]"
            : " [goal init ≤ 150 ms]";
      console.log(
        `${name.padEnd(15)} ${kb.toFixed(0).padStart(5)} KB  init median ${times[3]?.toFixed(0)} ms (${times[0]?.toFixed(0)}–${times[6]?.toFixed(0)})${goal}  largest: ${largest(metafile)}`,
      );
    }
  } finally {
    if (!process.env.BENCH_KEEP) rmSync(dir, { recursive: true, force: true });
    else console.log(`bundles kept in ${dir}`);
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
