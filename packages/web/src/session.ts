import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import type { Principal } from "@jalur/core";
import type { Context } from "hono";
import { deleteCookie, getCookie, setCookie } from "hono/cookie";

/**
 * The signed-in person: a cookie holding who they are (as the issuer said), until when, and the
 * CSRF token their forms carry. Signed with the deployment's key (HMAC-SHA256), HttpOnly,
 * SameSite=Lax, Secure except on a loopback address over plain HTTP (local development).
 */
export interface Session {
  readonly principal: Principal;
  readonly name?: string;
  readonly csrf: string;
  /** Epoch seconds. */
  readonly exp: number;
}

export const SESSION_COOKIE = "jalur_sesi";
export const SESSION_SECONDS = 12 * 3600;

const mac = (key: string, purpose: string, body: string) =>
  createHmac("sha256", key).update(`${purpose}:${body}`).digest("base64url");

/** A value only this deployment could have written: `body.mac`, for one purpose. */
export function seal(key: string, purpose: string, value: unknown): string {
  const body = Buffer.from(JSON.stringify(value)).toString("base64url");
  return `${body}.${mac(key, purpose, body)}`;
}

/** The value `seal` wrote for this purpose, or undefined for anything else. */
export function unseal<T>(key: string, purpose: string, sealed: string | undefined): T | undefined {
  if (!sealed || sealed.length > 4096) return undefined;
  const [body, given, ...rest] = sealed.split(".");
  if (!body || !given || rest.length > 0) return undefined;
  const expected = Buffer.from(mac(key, purpose, body));
  const actual = Buffer.from(given);
  if (expected.length !== actual.length || !timingSafeEqual(expected, actual)) return undefined;
  try {
    return JSON.parse(Buffer.from(body, "base64url").toString("utf8")) as T;
  } catch {
    return undefined;
  }
}

/** Cookies are Secure unless the site is served over plain HTTP on a loopback address. */
export function secureCookies(c: Context): boolean {
  const url = new URL(c.req.url);
  const loopback = url.hostname === "127.0.0.1" || url.hostname === "localhost" || url.hostname === "[::1]";
  return !(loopback && url.protocol === "http:");
}

export function readSession(c: Context, key: string, now: Date): Session | undefined {
  const session = unseal<Session>(key, "session", getCookie(c, SESSION_COOKIE));
  return session && session.exp > now.getTime() / 1000 ? session : undefined;
}

export function startSession(c: Context, key: string, now: Date, principal: Principal, name?: string): Session {
  const session: Session = {
    principal,
    ...(name ? { name } : {}),
    csrf: randomBytes(18).toString("base64url"),
    exp: Math.floor(now.getTime() / 1000) + SESSION_SECONDS,
  };
  setCookie(c, SESSION_COOKIE, seal(key, "session", session), {
    httpOnly: true,
    secure: secureCookies(c),
    sameSite: "Lax",
    path: "/",
    maxAge: SESSION_SECONDS,
  });
  return session;
}

export function endSession(c: Context): void {
  deleteCookie(c, SESSION_COOKIE, { path: "/", secure: secureCookies(c) });
}

/** Whether a submitted CSRF token is the session's (constant time). */
export function csrfMatches(session: Session | undefined, submitted: unknown): boolean {
  if (!session || typeof submitted !== "string") return false;
  const a = Buffer.from(session.csrf);
  const b = Buffer.from(submitted);
  return a.length === b.length && timingSafeEqual(a, b);
}
