import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type QueueName, queueUrlEnv, TABLE_ENV, topology } from "@jalur/infra/topology";
import { build } from "esbuild";

const BANNER = "import { createRequire } from 'module'; const require = createRequire(import.meta.url);";

/**
 * Lambda bundles as the CDK stack builds them (esbuild, ESM, minified, node22, everything
 * bundled): size of each, and module-init time (a fresh Node process importing the bundle
 * with the deployment's environment set; median of 5). Goals: API ≤ 1 MB, init ≤ 150 ms.
 */
export async function benchBundles(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), "jalur-bundles-"));
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
      const outfile = join(dir, `${name}.mjs`);
      await build({
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
      console.log(`${name.padEnd(15)} ${kb.toFixed(0).padStart(5)} KB  init median ${times[2]?.toFixed(0)} ms${goal}`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
