import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Principal } from "@jalur/core";
import { createIdTokenVerifier, createVerifier, type Verifier } from "@jalur/functions";
import { createLocalJWKSet, exportJWK, generateKeyPair, importJWK, type JWK, SignJWT } from "jose";

export const DEV_ISSUER = "http://127.0.0.1/jalur-dev-issuer";
export const DEV_AUDIENCE = "jalur-api";

export interface DevIssuer {
  readonly issuer: string;
  readonly audience: string;
  readonly jwks: { keys: JWK[] };
  readonly verify: Verifier;
  /** Verifies an ID token this issuer signed (the web app's sign-in). */
  readonly verifyIdToken: (token: string) => Promise<{ principal: Principal; nonce?: string; name?: string }>;
  sign(
    claims: { sub: string; role: string; org?: string; ppkd?: string; name?: string; nonce?: string },
    ttlSeconds?: number,
  ): Promise<string>;
}

async function fromKeys(privateJwk: JWK, publicJwk: JWK): Promise<DevIssuer> {
  const key = await importJWK(privateJwk, "ES256");
  const jwks = { keys: [{ ...publicJwk, kid: "dev", alg: "ES256", use: "sig" }] };
  return {
    issuer: DEV_ISSUER,
    audience: DEV_AUDIENCE,
    jwks,
    verify: createVerifier({ issuer: DEV_ISSUER, audience: DEV_AUDIENCE, keys: createLocalJWKSet(jwks) }),
    verifyIdToken: createIdTokenVerifier({ issuer: DEV_ISSUER, audience: DEV_AUDIENCE, keys: createLocalJWKSet(jwks) }),
    sign: ({ sub, ...claims }, ttlSeconds = 12 * 3600) =>
      new SignJWT(claims)
        .setProtectedHeader({ alg: "ES256", kid: "dev" })
        .setSubject(sub)
        .setIssuer(DEV_ISSUER)
        .setAudience(DEV_AUDIENCE)
        .setIssuedAt()
        .setExpirationTime(`${ttlSeconds}s`)
        .sign(key),
  };
}

/** A throwaway issuer (tests): a new key pair in memory. */
export async function ephemeralIssuer(): Promise<DevIssuer> {
  const { privateKey, publicKey } = await generateKeyPair("ES256", { extractable: true });
  return fromKeys(await exportJWK(privateKey), await exportJWK(publicKey));
}

/**
 * The local development issuer: its key pair lives in `dir` (created on first use), so
 * `npm start` and `npm run token` agree. Never used outside the local runtime.
 */
export async function devIssuer(dir = ".jalur"): Promise<DevIssuer> {
  const file = join(dir, "dev-issuer.json");
  if (!existsSync(file)) {
    const { privateKey, publicKey } = await generateKeyPair("ES256", { extractable: true });
    mkdirSync(dir, { recursive: true });
    writeFileSync(file, JSON.stringify({ privateJwk: await exportJWK(privateKey), publicJwk: await exportJWK(publicKey) }), {
      mode: 0o600,
    });
  }
  const { privateJwk, publicJwk } = JSON.parse(readFileSync(file, "utf8")) as { privateJwk: JWK; publicJwk: JWK };
  return fromKeys(privateJwk, publicJwk);
}
