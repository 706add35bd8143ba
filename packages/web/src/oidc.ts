import { createHash, randomBytes } from "node:crypto";
import type { Principal } from "@jalur/core";
import type { Context } from "hono";
import { deleteCookie, getCookie, setCookie } from "hono/cookie";
import { seal, secureCookies, unseal } from "./session.ts";

/** Where the issuer lives and who the web app is to it (OpenID Connect, authorization code + PKCE). */
export interface OidcClient {
  /** The issuer's authorization endpoint (Cognito's hosted UI; locally the development issuer's page). */
  readonly authorizeUrl: string;
  /** Its token endpoint, called server to server. */
  readonly tokenUrl: string;
  readonly clientId: string;
  /** Where the issuer ends a session (optional: Cognito's /logout). */
  readonly logoutUrl?: string;
  /** Verifies an ID token (signature, issuer, audience, expiry): the same rules as the API's bearer tokens. */
  readonly verifyIdToken: (token: string) => Promise<{ principal: Principal; nonce?: string; name?: string }>;
  /** Calls the token endpoint; `fetch` by default (tests and the local stack pass the app's own). */
  readonly fetch?: typeof fetch;
}

interface Pending {
  state: string;
  nonce: string;
  verifier: string;
  returnTo: string;
  exp: number;
}

const PENDING_COOKIE = "jalur_masuk";
const base64url = (b: Buffer) => b.toString("base64url");

/** A path on this site to return to after signing in (never another site). */
export function safeReturn(path: string | undefined): string {
  return path && /^\/(?![/\\])[^\s]*$/.test(path) && path.length < 500 ? path : "/saya";
}

const callbackUrl = (c: Context) => `${new URL(c.req.url).origin}/auth/callback`;

/** Sends the browser to the issuer, remembering (sealed) the state, nonce and PKCE verifier. */
export function beginSignIn(c: Context, client: OidcClient, key: string, now: Date, returnTo: string, lang: string) {
  const pending: Pending = {
    state: base64url(randomBytes(18)),
    nonce: base64url(randomBytes(18)),
    verifier: base64url(randomBytes(32)),
    returnTo: safeReturn(returnTo),
    exp: Math.floor(now.getTime() / 1000) + 600,
  };
  setCookie(c, PENDING_COOKIE, seal(key, "oidc", pending), {
    httpOnly: true,
    secure: secureCookies(c),
    sameSite: "Lax",
    path: "/auth",
    maxAge: 600,
  });
  const url = new URL(client.authorizeUrl, new URL(c.req.url).origin);
  url.search = new URLSearchParams({
    response_type: "code",
    client_id: client.clientId,
    redirect_uri: callbackUrl(c),
    scope: "openid profile",
    state: pending.state,
    nonce: pending.nonce,
    code_challenge: base64url(createHash("sha256").update(pending.verifier).digest()),
    code_challenge_method: "S256",
    ui_locales: lang,
  }).toString();
  return c.redirect(url.toString(), 302);
}

/**
 * The issuer's answer: checks the state against the sealed cookie, exchanges the code (with the
 * PKCE verifier) for an ID token, verifies it and its nonce. Returns who signed in and where to
 * go, or undefined when anything does not match.
 */
export async function finishSignIn(
  c: Context,
  client: OidcClient,
  key: string,
  now: Date,
): Promise<{ principal: Principal; name?: string; returnTo: string } | undefined> {
  const pending = unseal<Pending>(key, "oidc", getCookie(c, PENDING_COOKIE));
  deleteCookie(c, PENDING_COOKIE, { path: "/auth", secure: secureCookies(c) });
  const code = c.req.query("code");
  if (!pending || pending.exp < now.getTime() / 1000 || !code || c.req.query("state") !== pending.state) return undefined;
  const origin = new URL(c.req.url).origin;
  const res = await (client.fetch ?? fetch)(new URL(client.tokenUrl, origin).toString(), {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({
      grant_type: "authorization_code",
      code,
      redirect_uri: callbackUrl(c),
      client_id: client.clientId,
      code_verifier: pending.verifier,
    }).toString(),
  });
  if (!res.ok) return undefined;
  const { id_token: idToken } = (await res.json()) as { id_token?: string };
  if (!idToken) return undefined;
  try {
    const { principal, nonce, name } = await client.verifyIdToken(idToken);
    if (nonce !== pending.nonce) return undefined;
    return { principal, ...(name ? { name } : {}), returnTo: pending.returnTo };
  } catch {
    return undefined;
  }
}
