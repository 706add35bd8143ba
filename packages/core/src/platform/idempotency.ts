import { topology } from "@jalur/infra/topology";
import { db } from "../service.ts";
import type { Deps } from "./deps.ts";
import { AppError } from "./errors.ts";
import { isConditionFailure } from "./table.ts";

const KEEP_SECONDS = 24 * 3600;
/** A claim is held for as long as the API may run one request; then a retry may take it over. */
export const CLAIM_SECONDS = topology.functions.api.timeoutSeconds + 1;

export type Claim = { readonly claimId: string } | { readonly replay: { readonly status: number; readonly body: string } };

/**
 * Claims an Idempotency-Key for a caller. A first request proceeds; a repeat of the same
 * request replays the stored response; the same key on a different request is refused (422);
 * while the first still runs, a repeat is told so (409). A claim whose request died (a crash, a
 * timeout) is taken over once the request's time limit has passed: a key never sticks.
 */
export async function claimIdempotencyKey(
  deps: Deps,
  principal: string,
  idempotencyKey: string,
  fingerprint: string,
): Promise<Claim> {
  const d = db(deps).idempotency;
  const now = deps.now().getTime();
  const claimId = deps.newId();
  const lockedUntil = now + CLAIM_SECONDS * 1000;
  const expiresAt = Math.floor(now / 1000) + KEEP_SECONDS;
  try {
    await d.create({ principal, idempotencyKey, fingerprint, status: 0, body: "", claimId, lockedUntil, expiresAt }).go();
    return { claimId };
  } catch (error) {
    if (!isConditionFailure(error)) throw error;
  }
  const { data } = await d.get({ principal, idempotencyKey }).go({ consistent: true });
  if (!data) return claimIdempotencyKey(deps, principal, idempotencyKey, fingerprint); // released meanwhile
  if (data.fingerprint !== fingerprint) {
    throw new AppError("unprocessable", "idempotency_key_reused", "This Idempotency-Key was used for a different request.");
  }
  if (data.status !== 0) return { replay: { status: data.status, body: data.body } };
  const inProgress = new AppError(
    "conflict",
    "request_in_progress",
    "The first request with this Idempotency-Key is still running; try again shortly.",
  );
  if ((data.lockedUntil ?? 0) > now) throw inProgress;
  // The first attempt died holding the key: take it over (only one retry wins).
  try {
    await d
      .patch({ principal, idempotencyKey })
      .set({ claimId, lockedUntil, expiresAt })
      .where((a, op) => (data.claimId ? op.eq(a.claimId, data.claimId) : op.notExists(a.claimId)))
      .go();
    return { claimId };
  } catch (error) {
    if (isConditionFailure(error)) throw inProgress;
    throw error;
  }
}

/** Stores the response for replays; only the attempt that holds the claim does. */
export async function recordIdempotentResponse(
  deps: Deps,
  principal: string,
  idempotencyKey: string,
  claimId: string,
  status: number,
  body: string,
) {
  await db(deps)
    .idempotency.patch({ principal, idempotencyKey })
    .set({ status, body })
    .remove(["lockedUntil"])
    .where((a, op) => op.eq(a.claimId, claimId))
    .go()
    .catch((error) => {
      if (!isConditionFailure(error)) throw error; // another attempt took the key over: it records
    });
}

/** A failed first attempt frees the key, so the client can retry with it (only its own claim). */
export async function releaseIdempotencyKey(deps: Deps, principal: string, idempotencyKey: string, claimId: string) {
  await db(deps)
    .idempotency.delete({ principal, idempotencyKey })
    .where((a, op) => `${op.eq(a.claimId, claimId)} AND ${op.eq(a.status, 0)}`)
    .go()
    .catch((error) => {
      if (!isConditionFailure(error)) throw error;
    });
}
