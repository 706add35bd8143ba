import { execFile } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { ephemeralIssuer } from "@jalur/local";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bundleFunction } from "../../infra/bundle.ts";
import { freshDeployment } from "../support/deployment.ts";

const run = promisify(execFile);

/** An API Gateway HTTP API (v2) event, as the deployed API receives it. */
const event = (method: string, path: string, body?: unknown, token?: string) => ({
  version: "2.0",
  routeKey: "$default",
  rawPath: path,
  rawQueryString: "",
  headers: {
    host: "api.jalur.test",
    "content-type": "application/json",
    "accept-language": "id",
    ...(token ? { authorization: `Bearer ${token}` } : {}),
  },
  requestContext: { http: { method, path, protocol: "HTTP/1.1", sourceIp: "127.0.0.1", userAgent: "t" }, stage: "$default" },
  body: body === undefined ? undefined : typeof body === "string" ? body : JSON.stringify(body),
  isBase64Encoded: false,
});

describe("the deployed bundle (infra/bundle.ts: SDK bundled, zod locales cut, environment credentials)", () => {
  const dir = mkdtempSync(join(tmpdir(), "jalur-bundle-test-"));
  let env: NodeJS.ProcessEnv;
  let inputs: string[];
  let operator: string;
  let jwksServer: Server;

  beforeAll(async () => {
    const deployment = await freshDeployment();
    // The bundle verifies tokens against an issuer's key set over HTTP, as it would Cognito's.
    const issuer = await ephemeralIssuer();
    operator = await issuer.sign({ sub: "ops", role: "operator" });
    jwksServer = createServer((_, res) =>
      res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(issuer.jwks)),
    );
    await new Promise<void>((resolve) => jwksServer.listen(0, "127.0.0.1", resolve));
    inputs = Object.keys((await bundleFunction("lambda/api", join(dir, "api"))).inputs);
    env = {
      PATH: process.env.PATH,
      ...deployment.env,
      AWS_REGION: "ap-southeast-3",
      AWS_ACCESS_KEY_ID: "local",
      AWS_SECRET_ACCESS_KEY: "local",
      AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: "true",
      POWERTOOLS_LOG_LEVEL: "ERROR",
      JALUR_JWT_ISSUER: issuer.issuer,
      JALUR_JWT_AUDIENCE: issuer.audience,
      JALUR_JWT_JWKS_URL: `http://127.0.0.1:${(jwksServer.address() as AddressInfo).port}/jwks.json`,
    };
  }, 120_000);

  afterAll(() => {
    jwksServer?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  /** Imports the bundle in a fresh Node process outside the repository and calls its handler. */
  async function invoke(events: unknown[]): Promise<{ statusCode: number; body: string }[]> {
    const script = `const { handler } = await import(${JSON.stringify(join(dir, "api", "index.mjs"))});
const out = [];
for (const e of ${JSON.stringify(events)}) out.push(await handler(e, { awsRequestId: "r", getRemainingTimeInMillis: () => 29000 }));
console.log(JSON.stringify(out));`;
    const { stdout } = await run(process.execPath, ["--input-type=module", "-e", script], { env, cwd: dir });
    return JSON.parse(stdout.trim().split("\n").at(-1) as string);
  }

  it("holds the SDK's ES module build, only the id/en zod locales and only the environment credential provider", () => {
    expect(inputs.some((p) => p.includes("@aws-sdk/client-dynamodb/dist-es/"))).toBe(true);
    expect(inputs.some((p) => p.includes("/dist-cjs/"))).toBe(false);
    const locales = inputs.filter((p) => /zod\/v4\/locales\/[^/]+\.js$/.test(p)).map((p) => p.split("/").at(-1));
    expect(locales.filter((f) => f !== "index.js").sort()).toEqual(["en.js", "id.js"]);
    expect(inputs.some((p) => p.includes("@aws-sdk/credential-provider-env/"))).toBe(true);
    for (const chain of ["credential-provider-node", "credential-provider-sso", "credential-provider-ini", "nested-clients"])
      expect(inputs.filter((p) => p.includes(`@aws-sdk/${chain}/`))).toEqual([]);
  });

  it("signs real requests with the environment's credentials and writes and reads through the bundled SDK", async () => {
    const [created] = await invoke([event("POST", "/v1/ops/probes", { queue: "match" }, operator)]);
    expect(created?.statusCode).toBe(202);
    const probe = JSON.parse(created?.body as string);
    const [read] = await invoke([event("GET", `/v1/ops/probes/${probe.probeId}`, undefined, operator)]);
    expect(read?.statusCode).toBe(200);
    expect(JSON.parse(read?.body as string)).toMatchObject({ probeId: probe.probeId });
  });

  it("still explains bad input and missing tokens (zod with only id/en locales)", async () => {
    const [badJson, badQueue, anonymous] = await invoke([
      event("POST", "/v1/ops/probes", "{not json", operator),
      event("POST", "/v1/ops/probes", { queue: 42 }, operator),
      event("GET", "/v1/graduates/me"),
    ]);
    expect(badJson?.statusCode).toBe(400);
    expect(badQueue?.statusCode).toBe(400);
    expect(JSON.parse(badQueue?.body as string)).toMatchObject({ status: 400 });
    expect(anonymous?.statusCode).toBe(401);
  });
});
