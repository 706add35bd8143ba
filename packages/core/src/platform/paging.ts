import { createHmac, timingSafeEqual } from "node:crypto";
import type { Deps } from "./deps.ts";
import { AppError } from "./errors.ts";

/** A page of a list: at most `limit` items and, when there are more, an opaque cursor to the next page. */
export interface PageRequest {
  readonly cursor?: string;
  /** 1–100 (the API bounds it). */
  readonly limit: number;
}

export interface Page<T> {
  readonly items: T[];
  readonly cursor?: string;
}

/**
 * Cursors leave us signed (`<ElectroDB cursor>~<HMAC>`), so only a cursor we issued reaches the
 * data layer: a crafted one (a `__proto__` key, another table's key) is a 400 before any read.
 */
const signature = (deps: Pick<Deps, "signingKey">, cursor: string) =>
  createHmac("sha256", deps.signingKey).update(`cursor:${cursor}`).digest("base64url").slice(0, 22);

const invalidCursor = () =>
  new AppError("validation", "invalid_cursor", "The cursor is not valid for this list; start again without it.");

function openCursor(deps: Pick<Deps, "signingKey">, signed: string): string {
  const at = signed.lastIndexOf("~");
  if (at <= 0) throw invalidCursor();
  const cursor = signed.slice(0, at);
  const given = Buffer.from(signed.slice(at + 1));
  const expected = Buffer.from(signature(deps, cursor));
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) throw invalidCursor();
  return cursor;
}

/** ElectroDB's `go({ cursor, limit })` options from a page request (its cursor checked). */
export const pageOptions = (deps: Pick<Deps, "signingKey">, page: PageRequest) => ({
  cursor: page.cursor ? openCursor(deps, page.cursor) : null,
  limit: page.limit,
});

export const pageOf = <T>(deps: Pick<Deps, "signingKey">, items: T[], cursor: string | null | undefined): Page<T> => ({
  items,
  ...(cursor ? { cursor: `${cursor}~${signature(deps, cursor)}` } : {}),
});

/**
 * A cursor we signed, used on another list (another country, another person's list): the data
 * layer refuses its start key. Both doors answer it as the invalid cursor it is.
 */
export function foreignCursor(error: unknown): AppError | undefined {
  const message = error instanceof Error ? error.message : "";
  return /parse cursor|starting key|exclusive ?start ?key/i.test(message) ? invalidCursor() : undefined;
}
