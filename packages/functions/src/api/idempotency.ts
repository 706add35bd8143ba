import { createHash } from "node:crypto";
import { AppError, claimIdempotencyKey, type Deps, recordIdempotentResponse, releaseIdempotencyKey } from "@jalur/core";
import type { MiddlewareHandler } from "hono";
import type { ApiEnv } from "./context.ts";

/**
 * `Idempotency-Key` on creating POSTs: a retried request (same key, same body) gets the first
 * response back instead of creating a second thing. Runs after authentication.
 */
export function idempotent(deps: Deps): MiddlewareHandler<ApiEnv> {
  return async (c, next) => {
    const key = c.req.header("idempotency-key");
    if (!key) return next();
    if (key.length > 200)
      throw new AppError("validation", "invalid_idempotency_key", "Idempotency-Key is at most 200 characters.");
    const actor = c.get("actor");
    if (actor.role === "anonymous") return next(); // the use case will ask them to sign in
    const principal = actor.sub;
    const body = await c.req.text();
    const fingerprint = createHash("sha256").update(`${c.req.method} ${c.req.path}\n${body}`).digest("base64url");
    const claim = await claimIdempotencyKey(deps, principal, key, fingerprint);
    if ("replay" in claim) {
      const { status, body } = claim.replay;
      return c.body(body, status as 200, { "content-type": "application/json", "idempotent-replayed": "true" });
    }
    try {
      await next();
    } catch (error) {
      await releaseIdempotencyKey(deps, principal, key, claim.claimId);
      throw error;
    }
    if (c.res.status >= 500 || c.error) {
      await releaseIdempotencyKey(deps, principal, key, claim.claimId);
      return;
    }
    await recordIdempotentResponse(deps, principal, key, claim.claimId, c.res.status, await c.res.clone().text());
  };
}
