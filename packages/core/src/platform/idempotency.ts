import { db } from "../service.ts";
import type { Deps } from "./deps.ts";
import { AppError } from "./errors.ts";
import { isConditionFailure } from "./table.ts";

const KEEP_SECONDS = 24 * 3600;

/**
 * Claims an Idempotency-Key for a caller. A first request proceeds; a repeat of the same
 * request replays the stored response; the same key on a different request, or while the
 * first is still running, is refused.
 */
export async function claimIdempotencyKey(
  deps: Deps,
  principal: string,
  idempotencyKey: string,
  fingerprint: string,
): Promise<{ replay?: { status: number; body: string } }> {
  const d = db(deps).idempotency;
  const expiresAt = Math.floor(deps.now().getTime() / 1000) + KEEP_SECONDS;
  try {
    await d.create({ principal, idempotencyKey, fingerprint, status: 0, body: "", expiresAt }).go();
    return {};
  } catch (error) {
    if (!isConditionFailure(error)) throw error;
  }
  const { data } = await d.get({ principal, idempotencyKey }).go({ consistent: true });
  if (!data) return {};
  if (data.fingerprint !== fingerprint) {
    throw new AppError("unprocessable", "idempotency_key_reused", "This Idempotency-Key was used for a different request.");
  }
  if (data.status === 0)
    throw new AppError("conflict", "request_in_progress", "The first request with this Idempotency-Key is still running.");
  return { replay: { status: data.status, body: data.body } };
}

export async function recordIdempotentResponse(
  deps: Deps,
  principal: string,
  idempotencyKey: string,
  status: number,
  body: string,
) {
  await db(deps).idempotency.patch({ principal, idempotencyKey }).set({ status, body }).go();
}

/** A failed first attempt frees the key, so the client can retry with it. */
export async function releaseIdempotencyKey(deps: Deps, principal: string, idempotencyKey: string) {
  await db(deps).idempotency.delete({ principal, idempotencyKey }).go();
}
