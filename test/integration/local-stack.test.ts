import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { GetItemCommand, PutItemCommand } from "@aws-sdk/client-dynamodb";
import { createAwsClients } from "@jalur/core";
import { resourceNames } from "@jalur/infra/topology";
import { devIssuer, freePort, provision, startDynamoDbLocal } from "@jalur/local";
import { afterAll, describe, expect, inject, it } from "vitest";
import { freshDeployment } from "../support/deployment.ts";

const CLI = join(import.meta.dirname, "../../packages/local/src/cli.ts");

function javaOnPort(port: number): string[] {
  try {
    return execFileSync("pgrep", ["-f", `DynamoDBLocal.jar .*-port ${port}$`], { encoding: "utf8" })
      .trim()
      .split("\n")
      .filter(Boolean);
  } catch {
    return [];
  }
}

function startCli(args: string[]): {
  child: ChildProcess;
  output: () => string;
  ready: Promise<string>;
  exited: Promise<number | null>;
} {
  const child = spawn(process.execPath, ["--import", "tsx", CLI, ...args], { stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  const ready = new Promise<string>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk;
      const line = /Jalur is ready.*/.exec(output)?.[0];
      if (line) resolve(line);
    };
    child.stdout?.on("data", onData);
    child.stderr?.on("data", onData);
    child.once("exit", () => reject(new Error(`CLI exited before ready: ${output}`)));
  });
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  ready.catch(() => {});
  return { child, output: () => output, ready, exited };
}

describe("the embedded local stack", () => {
  const dirs: string[] = [];
  afterAll(() => {
    for (const d of dirs) rmSync(d, { recursive: true, force: true });
  });

  it("provisions idempotently: running it again keeps the data", async () => {
    const { deps, endpoints, prefix } = await freshDeployment();
    await deps.ddb.send(new PutItemCommand({ TableName: deps.table, Item: { pk: { S: "KEEP" }, sk: { S: "ME" } } }));
    const again = await provision(createAwsClients({ region: "ap-southeast-3", ...endpoints }), prefix);
    expect(again.table).toBe(resourceNames(prefix).table);
    expect(again.queueUrls).toEqual(deps.queueUrls);
    const item = await deps.ddb.send(new GetItemCommand({ TableName: deps.table, Key: { pk: { S: "KEEP" }, sk: { S: "ME" } } }));
    expect(item.Item?.pk?.S).toBe("KEEP");
  });

  it("keeps the table across restarts with a data dir", async () => {
    const dataDir = mkdtempSync(join(tmpdir(), "jalur-data-"));
    dirs.push(dataDir);
    const port = await freePort();
    const first = await startDynamoDbLocal({ port, dataDir });
    const clients = createAwsClients({
      region: "ap-southeast-3",
      dynamodbEndpoint: first.endpoint,
      sqsEndpoint: inject("sqsEndpoint"),
    });
    const { table } = await provision(clients, "persist");
    await clients.ddb.send(new PutItemCommand({ TableName: table, Item: { pk: { S: "GRADUATE#1" }, sk: { S: "PROFILE" } } }));
    await first.stop();
    expect(javaOnPort(port)).toEqual([]);

    const second = await startDynamoDbLocal({ port, dataDir });
    const again = createAwsClients({ region: "ap-southeast-3", dynamodbEndpoint: second.endpoint });
    const item = await again.ddb.send(
      new GetItemCommand({ TableName: table, Key: { pk: { S: "GRADUATE#1" }, sk: { S: "PROFILE" } } }),
    );
    await second.stop();
    expect(item.Item?.sk?.S).toBe("PROFILE");
  });

  it("npm start: ready line, /health 200, SIGTERM stops it and leaves no java", async () => {
    const [port, dynamodbPort] = [await freePort(), await freePort()];
    const cli = startCli(["--port", String(port), "--dynamodb-port", String(dynamodbPort)]);
    const line = await cli.ready;
    expect(line).toContain(`http://127.0.0.1:${port}`);
    // Raw fetch: this checks the `npm start` process over plain HTTP, not the API's types.
    const health = await fetch(`http://127.0.0.1:${port}/health`);
    expect(health.status).toBe(200);
    expect(javaOnPort(dynamodbPort)).toHaveLength(1);
    cli.child.kill("SIGTERM");
    expect(await cli.exited).toBe(0);
    expect(javaOnPort(dynamodbPort)).toEqual([]);
  });

  it("loses nothing accepted when it is killed: after a restart with the data dir, every probe it took is done", async () => {
    const dataDir = mkdtempSync(join(tmpdir(), "jalur-restart-"));
    dirs.push(dataDir);
    const [port, dynamodbPort] = [await freePort(), await freePort()];
    const args = ["--port", String(port), "--dynamodb-port", String(dynamodbPort), "--data-dir", dataDir, "--no-demo"];
    const operator = `Bearer ${await (await devIssuer()).sign({ sub: "ops", role: "operator" })}`;
    const api = `http://127.0.0.1:${port}`;
    const first = startCli(args);
    await first.ready;
    const queues = ["match", "schedule", "notify"];
    const accepted = await Promise.all(
      Array.from({ length: 60 }, async (_, i) => {
        // Raw fetch: a smoke test of the CLI stack across a kill and restart, kept free of the client.
        const res = await fetch(`${api}/v1/ops/probes`, {
          method: "POST",
          headers: { authorization: operator, "content-type": "application/json" },
          body: JSON.stringify({ queue: queues[i % 3] }),
        });
        expect(res.status).toBe(202);
        return ((await res.json()) as { probeId: string }).probeId;
      }),
    );
    // Killed without a chance to tidy up: the emulator's queues (in memory) are gone with it.
    first.child.kill("SIGKILL");
    await first.exited;
    for (let i = 0; i < 100 && javaOnPort(dynamodbPort).length > 0; i++) await new Promise((r) => setTimeout(r, 100));

    const second = startCli(args);
    await second.ready;
    try {
      const done = async () => {
        const states = await Promise.all(
          accepted.map(async (id) => {
            // Raw fetch: as above, the CLI stack is read over plain HTTP.
            const res = await fetch(`${api}/v1/ops/probes/${id}`, { headers: { authorization: operator } });
            return ((await res.json()) as { status: string }).status;
          }),
        );
        return states.filter((s) => s === "done").length;
      };
      let finished = 0;
      for (let i = 0; i < 200 && finished < accepted.length; i++) {
        finished = await done();
        if (finished < accepted.length) await new Promise((r) => setTimeout(r, 100));
      }
      expect(finished).toBe(accepted.length);
    } finally {
      second.child.kill("SIGTERM");
      await second.exited;
    }
  }, 60_000);

  it("shuts down with an error when DynamoDB Local dies under it", async () => {
    const [port, dynamodbPort] = [await freePort(), await freePort()];
    const cli = startCli(["--port", String(port), "--dynamodb-port", String(dynamodbPort)]);
    await cli.ready;
    for (const pid of javaOnPort(dynamodbPort)) process.kill(Number(pid), "SIGKILL");
    expect(await cli.exited).toBe(1);
    expect(cli.output()).toMatch(/DynamoDB Local died/);
  });

  it("fails fast with a clear message when the API port is taken", async () => {
    const blocker = createServer();
    const port = await new Promise<number>((resolve) =>
      blocker.listen(0, "127.0.0.1", () => resolve((blocker.address() as { port: number }).port)),
    );
    const cli = startCli(["--port", String(port)]);
    expect(await cli.exited).toBe(1);
    blocker.close();
    expect(cli.output()).toContain(`Port ${port} (Jalur API) is already in use`);
  });
});
