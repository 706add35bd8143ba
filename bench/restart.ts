import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { CLAIM_SECONDS } from "@jalur/core/platform/idempotency";
import { devIssuer, freePort } from "@jalur/local";

const CLI = join(import.meta.dirname, "../packages/local/src/cli.ts");
const PROBES = Number(process.env.BENCH_PROBES ?? 300);
const KEYED = Number(process.env.BENCH_KEYED ?? 40);

function startCli(args: string[]): { child: ChildProcess; ready: Promise<void>; exited: Promise<void> } {
  const child = spawn(process.execPath, ["--import", "tsx", CLI, ...args], { stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  const ready = new Promise<void>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk;
      if (/Jalur is ready/.test(output)) resolve();
    };
    child.stdout?.on("data", onData);
    child.stderr?.on("data", onData);
    child.once("exit", () => reject(new Error(`the stack exited before it was ready:\n${output}`)));
  });
  ready.catch(() => {});
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  return { child, ready, exited };
}

const javaOn = (port: number) => {
  try {
    return execFileSync("pgrep", ["-f", `DynamoDBLocal.jar .*-port ${port}$`], { encoding: "utf8" }).trim().length > 0;
  } catch {
    return false;
  }
};

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * What a restart of `npm start --data-dir` loses: PROBES probes are accepted (202) over the
 * three queues and KEYED creating requests with an Idempotency-Key are in flight when the stack
 * is stopped (SIGINT) or killed (SIGKILL). After the restart: how many accepted probes were
 * done, how long it took, and how many keys still refuse a retry once the claim period passed.
 */
export async function benchRestart(): Promise<void> {
  const issuer = await devIssuer();
  const operator = `Bearer ${await issuer.sign({ sub: "bench-ops", role: "operator" })}`;
  const staff = `Bearer ${await issuer.sign({ sub: "bench-staff", role: "staff" })}`;
  console.log(
    `restart figures (${PROBES} probes accepted, ${KEYED} keyed requests in flight at the stop; goal: all done, 0 stuck keys)`,
  );
  for (const signal of ["SIGINT", "SIGKILL"] as const) {
    const dataDir = mkdtempSync(join(tmpdir(), "jalur-bench-restart-"));
    try {
      const [port, dynamodbPort] = [await freePort(), await freePort()];
      const args = ["--port", String(port), "--dynamodb-port", String(dynamodbPort), "--data-dir", dataDir, "--no-demo"];
      const api = `http://127.0.0.1:${port}`;
      const first = startCli(args);
      await first.ready;

      const queues = ["match", "schedule", "notify"];
      const accepted: string[] = [];
      let next = 0;
      await Promise.all(
        Array.from({ length: 20 }, async () => {
          while (next < PROBES) {
            const i = next++;
            const res = await fetch(`${api}/v1/ops/probes`, {
              method: "POST",
              headers: { authorization: operator, "content-type": "application/json" },
              body: JSON.stringify({ queue: queues[i % 3] }),
            });
            if (res.status === 202) accepted.push(((await res.json()) as { probeId: string }).probeId);
          }
        }),
      );
      // Creating requests with keys, some still running when the stack goes down.
      const keyed = Array.from({ length: KEYED }, (_, i) => ({
        key: `bench-${signal}-${i}`,
        body: JSON.stringify({ name: `PT Bench ${signal} ${i}`, kind: "p3mi" }),
      }));
      const post = (k: (typeof keyed)[number]) =>
        fetch(`${api}/v1/recruiters`, {
          method: "POST",
          headers: { authorization: staff, "content-type": "application/json", "idempotency-key": k.key },
          body: k.body,
        });
      const inFlight = keyed.map((k) =>
        post(k).then(
          (r) => r.status,
          () => 0,
        ),
      );
      await sleep(30);
      first.child.kill(signal);
      await first.exited;
      const answered = (await Promise.all(inFlight)).filter((s) => s === 201).length;
      for (let i = 0; i < 100 && javaOn(dynamodbPort); i++) await sleep(100);

      const restartedAt = performance.now();
      const second = startCli(args);
      await second.ready;
      try {
        let done = 0;
        let seconds = Number.NaN;
        for (let i = 0; i < 600; i++) {
          const states = await Promise.all(
            accepted.map(async (id) => {
              const res = await fetch(`${api}/v1/ops/probes/${id}`, { headers: { authorization: operator } });
              return ((await res.json()) as { status?: string }).status;
            }),
          );
          done = states.filter((s) => s === "done").length;
          if (done === accepted.length) {
            seconds = (performance.now() - restartedAt) / 1000;
            break;
          }
          await sleep(200);
        }
        // Retry every keyed request; a key still claimed by a request that died is free once its
        // claim period is over, so wait that long before the final count.
        const retry = async () => Promise.all(keyed.map(async (k) => (await post(k)).status));
        const early = await retry();
        await sleep((CLAIM_SECONDS + 1) * 1000);
        const late = await retry();
        const stuck = late.filter((s) => s !== 201).length;
        console.log(
          `  ${signal.padEnd(7)} accepted ${accepted.length} probes; done after restart ${done}/${accepted.length}` +
            `${Number.isNaN(seconds) ? " (not all within 120 s)" : ` in ${seconds.toFixed(1)} s from the restart`}; ` +
            `keyed requests answered before the stop ${answered}/${KEYED}, refused right after the restart ${early.filter((s) => s === 409).length}, ` +
            `stuck after ${CLAIM_SECONDS + 1} s: ${stuck}`,
        );
      } finally {
        second.child.kill("SIGTERM");
        await second.exited;
      }
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  }
}
