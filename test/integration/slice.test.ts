import { createJalurClient, type JalurClient } from "@jalur/client";
import { ephemeralIssuer, startRuntime } from "@jalur/local";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { conforming } from "../support/api.ts";
import { eventually, freshDeployment } from "../support/deployment.ts";
import { json } from "../support/http.ts";

describe("end-to-end slice over HTTP: API → queue → worker → table → API", () => {
  let runtime: Awaited<ReturnType<typeof startRuntime>>;
  let operator: Record<string, string>;
  let ops: JalurClient;
  let anonymous: JalurClient;

  beforeAll(async () => {
    const { deps } = await freshDeployment();
    const issuer = await ephemeralIssuer();
    const token = await issuer.sign({ sub: "ops", role: "operator" });
    operator = { authorization: `Bearer ${token}` };
    runtime = await startRuntime({
      deps,
      verify: issuer.verify,
      region: "ap-southeast-3",
      port: 0,
      waitTimeSeconds: 1,
      runSchedules: false,
    });
    ops = createJalurClient({ baseUrl: runtime.url, token, middleware: [conforming] });
    anonymous = createJalurClient({ baseUrl: runtime.url, middleware: [conforming] });
  });
  afterAll(async () => runtime?.stop());

  it("reports every dependency healthy", async () => {
    const { data, response } = await anonymous.GET("/health");
    expect(response.status).toBe(200);
    expect(data?.status).toBe("ok");
    expect(data?.dependencies.map((d) => d.name).sort()).toEqual(["dynamodb", "sqs:match", "sqs:notify", "sqs:schedule"]);
  });

  it.each(["match", "schedule", "notify"] as const)(
    "a probe sent through the %s queue is completed by its worker",
    async (queue) => {
      const created = await ops.POST("/v1/ops/probes", { body: { queue } });
      expect(created.response.status).toBe(202);
      const probe = created.data;
      expect(probe).toMatchObject({ queue, status: "queued" });
      const probeId = probe?.probeId as string;
      expect(created.response.headers.get("location")).toBe(`/v1/ops/probes/${probeId}`);

      const done = await eventually(async () => {
        const { data } = await ops.GET("/v1/ops/probes/{probeId}", { params: { path: { probeId } } });
        return data?.status === "done" ? data : undefined;
      });
      expect(done.receiveCount).toBe(1);
      expect(Date.parse(done.completedAt as string)).toBeGreaterThanOrEqual(Date.parse(done.createdAt));
    },
  );

  it("answers bad input with a problem document and changes nothing", async () => {
    // Raw fetch: an unknown queue is a body the typed client refuses to compile.
    const res = await fetch(`${runtime.url}/v1/ops/probes`, {
      method: "POST",
      headers: { "content-type": "application/json", ...operator },
      body: JSON.stringify({ queue: "nowhere" }),
    });
    expect(res.status).toBe(400);
    expect(res.headers.get("content-type")).toContain("application/problem+json");
    const problem = await json(res);
    expect(problem).toMatchObject({ status: 400, code: "invalid_request", title: "Bad request" });
    expect(problem.issues[0].path).toBe("queue");
  });

  it("answers an unknown probe with 404 and an unknown route with a 404 problem", async () => {
    const missing = await ops.GET("/v1/ops/probes/{probeId}", {
      params: { path: { probeId: "00000000-0000-4000-8000-000000000000" } },
    });
    expect(missing.response.status).toBe(404);
    expect(missing.error?.code).toBe("probe_not_found");
    // Raw fetch: an undocumented route has no typed path.
    const route = await fetch(`${runtime.url}/v1/nothing-here`);
    expect(route.status).toBe(404);
    expect((await json(route)).code).toBe("route_not_found");
  });

  it("refuses probes to anonymous callers: nothing is written or queued without an operator", async () => {
    const res = await anonymous.POST("/v1/ops/probes", { body: { queue: "match" } });
    expect(res.response.status).toBe(401);
    expect(res.error?.code).toBe("sign_in_required");
  });

  it("serves the OpenAPI document and offline docs", async () => {
    // Raw fetch: /openapi.json, /docs and its assets are not operations of the document.
    const spec = await json(await fetch(`${runtime.url}/openapi.json`));
    expect(Object.keys(spec.paths)).toEqual(expect.arrayContaining(["/health", "/v1/ops/probes", "/v1/ops/probes/{probeId}"]));
    const docs = await (await fetch(`${runtime.url}/docs`)).text();
    expect(docs).toContain("/docs/assets/swagger-ui-bundle.js");
    expect(docs).not.toMatch(/https?:\/\/(cdn|unpkg|cdnjs)/);
    const asset = await fetch(`${runtime.url}/docs/assets/swagger-ui-bundle.js`);
    expect(asset.status).toBe(200);
    expect((await asset.arrayBuffer()).byteLength).toBeGreaterThan(100_000);
  });
});
