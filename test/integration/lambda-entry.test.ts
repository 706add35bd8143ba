import type { APIGatewayProxyEventV2, Context } from "aws-lambda";
import { beforeAll, describe, expect, it } from "vitest";
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

  beforeAll(async () => {
    const { env } = await freshDeployment();
    Object.assign(process.env, env);
    ({ handler } = (await import("@jalur/functions/lambda/api")) as unknown as { handler: typeof handler });
  });

  it("creates a probe and reads it back through the deployed entry point", async () => {
    const created = await handler(httpApiEvent("POST", "/v1/ops/probes", { queue: "match" }), context);
    expect(created.statusCode).toBe(202);
    const probe = JSON.parse(created.body);
    expect(probe.status).toBe("queued");

    const read = await handler(httpApiEvent("GET", `/v1/ops/probes/${probe.probeId}`), context);
    expect(read.statusCode).toBe(200);
    expect(JSON.parse(read.body).probeId).toBe(probe.probeId);
  });

  it("maps invalid JSON bodies to a 400 problem", async () => {
    const event = { ...httpApiEvent("POST", "/v1/ops/probes"), body: "{not json" };
    const res = await handler(event, context);
    expect(res.statusCode).toBe(400);
    expect(JSON.parse(res.body)).toMatchObject({ status: 400 });
  });
});
