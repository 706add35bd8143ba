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

/** A browser's GET as the web function receives it (API Gateway v2 moves cookies out of the headers). */
const pageEvent = (path: string, query = "", cookies: string[] = []) => ({
  version: "2.0",
  routeKey: "$default",
  rawPath: path,
  rawQueryString: query,
  cookies,
  headers: { host: "jalur.test", "x-forwarded-proto": "https", accept: "text/html" },
  requestContext: {
    http: { method: "GET", path, protocol: "HTTP/1.1", sourceIp: "127.0.0.1", userAgent: "t" },
    stage: "$default",
  },
  isBase64Encoded: false,
});

type Answer = { statusCode: number; body: string; headers?: Record<string, string>; cookies?: string[] };

describe("the deployed bundle (infra/bundle.ts: SDK bundled, zod locales cut, environment credentials)", () => {
  const dir = mkdtempSync(join(tmpdir(), "jalur-bundle-test-"));
  let env: NodeJS.ProcessEnv;
  let inputs: string[];
  let webInputs: string[];
  let operator: string;
  let jwksServer: Server;
  let issuer: Awaited<ReturnType<typeof ephemeralIssuer>>;
  /** Codes the issuer's token endpoint accepts, with the nonce its ID token carries. */
  const codes = new Map<string, string>();

  beforeAll(async () => {
    const deployment = await freshDeployment();
    // The bundle verifies tokens against an issuer's key set over HTTP, as it would Cognito's.
    issuer = await ephemeralIssuer();
    operator = await issuer.sign({ sub: "ops", role: "operator" });
    // Its key set, and a token endpoint for the web app's sign-in (code → ID token with the nonce).
    jwksServer = createServer((req, res) => {
      if (req.url !== "/token") {
        res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(issuer.jwks));
        return;
      }
      let body = "";
      req.on("data", (chunk) => {
        body += chunk;
      });
      req.on("end", async () => {
        const form = new URLSearchParams(body);
        const nonce = codes.get(form.get("code") ?? "");
        if (!nonce || form.get("client_id") !== issuer.audience || !form.get("code_verifier")) {
          res.writeHead(400, { "content-type": "application/json" }).end('{"error":"invalid_grant"}');
          return;
        }
        const idToken = await issuer.sign({ sub: "g-bundle", role: "graduate", name: "Rina", nonce });
        res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ id_token: idToken }));
      });
    });
    await new Promise<void>((resolve) => jwksServer.listen(0, "127.0.0.1", resolve));
    const [api, web] = await Promise.all([
      bundleFunction("lambda/api", join(dir, "api")),
      bundleFunction("lambda/web", join(dir, "web")),
    ]);
    inputs = Object.keys(api.inputs);
    webInputs = Object.keys(web.inputs);
    const issuerUrl = `http://127.0.0.1:${(jwksServer.address() as AddressInfo).port}`;
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
      JALUR_JWT_JWKS_URL: `${issuerUrl}/jwks.json`,
      JALUR_OIDC_AUTHORIZE_URL: "https://issuer.jalur.test/oauth2/authorize",
      JALUR_OIDC_TOKEN_URL: `${issuerUrl}/token`,
    };
  }, 120_000);

  afterAll(() => {
    jwksServer?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  /** Imports the bundle in a fresh Node process outside the repository and calls its handler. */
  async function invoke(events: unknown[], fn: "api" | "web" = "api"): Promise<Answer[]> {
    const script = `const { handler } = await import(${JSON.stringify(join(dir, fn, "index.mjs"))});
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

  it("keeps the web app out of the API's bundle, and the API's routes out of the web app's", () => {
    expect(inputs.filter((p) => p.startsWith("packages/web/") || p.includes("node_modules/htmx.org/"))).toEqual([]);
    expect(webInputs).toContain("packages/web/src/app.tsx");
    expect(
      webInputs.filter((p) => p.startsWith("packages/functions/src/api/routes/") || p.includes("@hono/zod-openapi")),
    ).toEqual([]);
  });

  it("serves pages and assets from the web bundle and signs in through the issuer's endpoints", async () => {
    const [home, signIn] = await invoke([pageEvent("/"), pageEvent("/masuk", "kembali=%2Fsaya")], "web");
    expect(home?.statusCode).toBe(200);
    expect(home?.body).toContain('<html lang="id"');
    const css = /href="(\/assets\/jalur\.[^"]+\.css)"/.exec(home?.body ?? "")?.[1];
    expect(css).toBeDefined();
    const [asset] = await invoke([pageEvent(css as string)], "web");
    expect(asset?.statusCode).toBe(200);
    expect(asset?.headers?.["cache-control"]).toContain("immutable");

    // To the issuer's authorization endpoint with the client id (the API's audience) and PKCE.
    expect(signIn?.statusCode).toBe(302);
    const authorize = new URL(signIn?.headers?.location as string);
    expect(`${authorize.origin}${authorize.pathname}`).toBe("https://issuer.jalur.test/oauth2/authorize");
    expect(authorize.searchParams.get("client_id")).toBe(issuer.audience);
    expect(authorize.searchParams.get("redirect_uri")).toBe("https://jalur.test/auth/callback");
    expect(authorize.searchParams.get("code_challenge_method")).toBe("S256");
    codes.set("code-1", authorize.searchParams.get("nonce") as string);

    // The callback: the code exchanged at the token endpoint, the ID token verified against the JWKS.
    const pending = (signIn?.cookies ?? []).map((c) => c.split(";")[0] as string);
    const query = new URLSearchParams({ code: "code-1", state: authorize.searchParams.get("state") as string }).toString();
    const [callback] = await invoke([pageEvent("/auth/callback", query, pending)], "web");
    expect(callback?.statusCode).toBe(303);
    expect(callback?.headers?.location).toBe("/saya");
    expect((callback?.cookies ?? []).some((c) => /HttpOnly/i.test(c) && /Secure/i.test(c))).toBe(true);
  });
});
