import { ephemeralIssuer, startRuntime } from "@jalur/local";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eventually, freshDeployment } from "../support/deployment.ts";
import { json } from "../support/http.ts";

describe("end-to-end slice over HTTP: API → queue → worker → table → API", () => {
  let runtime: Awaited<ReturnType<typeof startRuntime>>;
  let operator: Record<string, string>;

  beforeAll(async () => {
    const { deps } = await freshDeployment();
    const issuer = await ephemeralIssuer();
    operator = { authorization: `Bearer ${await issuer.sign({ sub: "ops", role: "operator" })}` };
    runtime = await startRuntime({
      deps,
      verify: issuer.verify,
      region: "ap-southeast-3",
      port: 0,
      waitTimeSeconds: 1,
      runSchedules: false,
    });
  });
  afterAll(async () => runtime?.stop());

  it("reports every dependency healthy", async () => {
    const res = await fetch(`${runtime.url}/health`);
    expect(res.status).toBe(200);
    const body = await json(res);
    expect(body.status).toBe("ok");
    expect(body.dependencies.map((d: { name: string }) => d.name).sort()).toEqual([
      "dynamodb",
      "sqs:match",
      "sqs:notify",
      "sqs:schedule",
    ]);
  });

  it.each(["match", "schedule", "notify"])("a probe sent through the %s queue is completed by its worker", async (queue) => {
    const created = await fetch(`${runtime.url}/v1/ops/probes`, {
      method: "POST",
      headers: { "content-type": "application/json", ...operator },
      body: JSON.stringify({ queue }),
    });
    expect(created.status).toBe(202);
    const probe = await json(created);
    expect(probe).toMatchObject({ queue, status: "queued" });
    expect(created.headers.get("location")).toBe(`/v1/ops/probes/${probe.probeId}`);

    const done = await eventually(async () => {
      const res = await fetch(`${runtime.url}/v1/ops/probes/${probe.probeId}`, { headers: operator });
      const body = await json(res);
      return body.status === "done" ? body : undefined;
    });
    expect(done.receiveCount).toBe(1);
    expect(Date.parse(done.completedAt)).toBeGreaterThanOrEqual(Date.parse(done.createdAt));
  });

  it("answers bad input with a problem document and changes nothing", async () => {
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
    const missing = await fetch(`${runtime.url}/v1/ops/probes/00000000-0000-4000-8000-000000000000`, { headers: operator });
    expect(missing.status).toBe(404);
    expect((await json(missing)).code).toBe("probe_not_found");
    const route = await fetch(`${runtime.url}/v1/nothing-here`);
    expect(route.status).toBe(404);
    expect((await json(route)).code).toBe("route_not_found");
  });

  it("refuses probes to anonymous callers: nothing is written or queued without an operator", async () => {
    const res = await fetch(`${runtime.url}/v1/ops/probes`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ queue: "match" }),
    });
    expect(res.status).toBe(401);
    expect((await json(res)).code).toBe("sign_in_required");
  });

  it("serves the OpenAPI document and offline docs", async () => {
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
