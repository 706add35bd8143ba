import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { ephemeralIssuer } from "@jalur/local";
import type { APIGatewayProxyEventV2, Context } from "aws-lambda";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freshDeployment } from "../support/deployment.ts";

function httpApiEvent(method: string, path: string, body?: unknown): APIGatewayProxyEventV2 {
  return {
    version: "2.0",
    routeKey: "$default",
    rawPath: path,
    rawQueryString: "",
    headers: { host: "api.jalur.test", "content-type": "application/json", "x-forwarded-proto": "https" },
    requestContext: {
      accountId: "000000000000",
      apiId: "jalur",
      domainName: "api.jalur.test",
      domainPrefix: "api",
      http: { method, path, protocol: "HTTP/1.1", sourceIp: "127.0.0.1", userAgent: "vitest" },
      requestId: "req-1",
      routeKey: "$default",
      stage: "$default",
      time: "24/Nov/2026:06:00:00 +0000",
      timeEpoch: 1795500000000,
    },
    body: body === undefined ? undefined : JSON.stringify(body),
    isBase64Encoded: false,
  };
}

const context = { functionName: "api", awsRequestId: "req-1", getRemainingTimeInMillis: () => 29_000 } as Context;

describe("the API's Lambda entry (hono/aws-lambda) with API Gateway HTTP API v2 events", () => {
  let handler: (
    event: APIGatewayProxyEventV2,
    context: Context,
  ) => Promise<{ statusCode: number; body: string; headers?: Record<string, string> }>;

  let token: string;
  let operatorToken: string;
  let jwksServer: Server;

  beforeAll(async () => {
    const { env } = await freshDeployment();
    // The issuer's JWKS served over HTTP, as Cognito or any OIDC provider would.
    const issuer = await ephemeralIssuer();
    jwksServer = createServer((_, res) =>
      res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(issuer.jwks)),
    );
    await new Promise<void>((resolve) => jwksServer.listen(0, "127.0.0.1", resolve));
    const { port } = jwksServer.address() as AddressInfo;
    token = await issuer.sign({ sub: "g-lambda", role: "graduate" });
    operatorToken = await issuer.sign({ sub: "ops", role: "operator" });
    Object.assign(process.env, env, {
      JALUR_JWT_ISSUER: issuer.issuer,
      JALUR_JWT_AUDIENCE: issuer.audience,
      JALUR_JWT_JWKS_URL: `http://127.0.0.1:${port}/jwks.json`,
    });
    ({ handler } = (await import("@jalur/functions/lambda/api")) as unknown as { handler: typeof handler });
  });

  const asOperator = (event: APIGatewayProxyEventV2) => ({
    ...event,
    headers: { ...event.headers, authorization: `Bearer ${operatorToken}` },
  });

  it("creates a probe and reads it back through the deployed entry point", async () => {
    const created = await handler(asOperator(httpApiEvent("POST", "/v1/ops/probes", { queue: "match" })), context);
    expect(created.statusCode).toBe(202);
    const probe = JSON.parse(created.body);
    expect(probe.status).toBe("queued");

    const read = await handler(asOperator(httpApiEvent("GET", `/v1/ops/probes/${probe.probeId}`)), context);
    expect(read.statusCode).toBe(200);
    expect(JSON.parse(read.body).probeId).toBe(probe.probeId);
  });

  afterAll(() => jwksServer?.close());

  it("verifies bearer tokens against the issuer's JWKS", async () => {
    const anonymous = await handler(httpApiEvent("GET", "/v1/graduates/me"), context);
    expect(anonymous.statusCode).toBe(401);
    const event = httpApiEvent("POST", "/v1/graduates/me", {
      name: "Rina Halim",
      birthDate: "2000-01-31",
      ppkd: "Jakarta Utara",
    });
    event.headers.authorization = `Bearer ${token}`;
    const created = await handler(event, context);
    expect(created.statusCode).toBe(201);
    expect(JSON.parse(created.body)).toMatchObject({ graduateId: "g-lambda", consent: "none" });
    const forged = { ...event, headers: { ...event.headers, authorization: `Bearer ${token.slice(0, -4)}AAAA` } };
    expect((await handler(forged, context)).statusCode).toBe(401);
  });

  it("maps invalid JSON bodies to a 400 problem", async () => {
    const event = { ...asOperator(httpApiEvent("POST", "/v1/ops/probes")), body: "{not json" };
    const res = await handler(event, context);
    expect(res.statusCode).toBe(400);
    expect(JSON.parse(res.body)).toMatchObject({ status: 400 });
  });
});
