import { createHash } from "node:crypto";
import type { Deps } from "@jalur/core";
import { CLAIM_SECONDS, claimIdempotencyKey, recordIdempotentResponse } from "@jalur/core/platform/idempotency";
import { ephemeralIssuer, localApp } from "@jalur/local";
import { beforeAll, describe, expect, it } from "vitest";
import { freshDeployment } from "../support/deployment.ts";

/**
 * An Idempotency-Key whose first request died (a crash, a Lambda timeout) must not stick: once
 * the request's time limit has passed, a retry takes the key over; a finished request is
 * replayed; the same key with another body is refused.
 */
describe("Idempotency-Key claims", () => {
  let request: (body: unknown, key: string) => Promise<Response>;
  let advance: (seconds: number) => void;
  let fingerprint: (body: unknown) => string;
  let claimAsTheDeadRequest: (body: unknown, key: string) => Promise<unknown>;
  let clocked: Deps;

  beforeAll(async () => {
    const { deps } = await freshDeployment();
    let offsetMs = 0;
    clocked = { ...deps, now: () => new Date(Date.now() + offsetMs) };
    advance = (seconds) => {
      offsetMs += seconds * 1000;
    };
    const issuer = await ephemeralIssuer();
    const token = await issuer.sign({ sub: "staff-1", role: "staff" });
    const app = localApp(clocked, issuer.verify);
    request = async (body, key) =>
      app.request("/v1/recruiters", {
        method: "POST",
        headers: { authorization: `Bearer ${token}`, "content-type": "application/json", "idempotency-key": key },
        body: JSON.stringify(body),
      });
    fingerprint = (body) =>
      createHash("sha256")
        .update(`POST /v1/recruiters\n${JSON.stringify(body)}`)
        .digest("base64url");
    claimAsTheDeadRequest = (body, key) => claimIdempotencyKey(clocked, "staff-1", key, fingerprint(body));
  });

  it("lets a retry take over a key whose request died, once the time limit has passed", async () => {
    const body = { name: "PT Sekali Saja", kind: "p3mi" };
    // The first request claimed the key and then its process was killed.
    expect(await claimAsTheDeadRequest(body, "k-died")).toHaveProperty("claimId");
    const tooSoon = await request(body, "k-died");
    expect(tooSoon.status).toBe(409);
    expect(((await tooSoon.json()) as { code: string }).code).toBe("request_in_progress");

    advance(CLAIM_SECONDS + 1);
    const retried = await request(body, "k-died");
    expect(retried.status).toBe(201);
    const created = await retried.json();

    const replayed = await request(body, "k-died");
    expect(replayed.status).toBe(201);
    expect(replayed.headers.get("idempotent-replayed")).toBe("true");
    expect(await replayed.json()).toEqual(created);

    const other = await request({ ...body, name: "PT Lain" }, "k-died");
    expect(other.status).toBe(422);
    expect(((await other.json()) as { code: string }).code).toBe("idempotency_key_reused");
  });

  it("keeps a key only for the attempt that holds it: a late recording by the dead attempt changes nothing", async () => {
    const body = { name: "PT Dua Kali", kind: "p3mi" };
    const dead = (await claimAsTheDeadRequest(body, "k-late")) as { claimId: string };
    advance(CLAIM_SECONDS + 1);
    const retried = await request(body, "k-late");
    expect(retried.status).toBe(201);
    const created = await retried.json();
    // The first attempt was only slow, not dead: it finishes and tries to record its response.
    await recordIdempotentResponse(clocked, "staff-1", "k-late", dead.claimId, 201, JSON.stringify({ stale: true }));
    const replayed = await request(body, "k-late");
    expect(await replayed.json()).toEqual(created);
  });
});
