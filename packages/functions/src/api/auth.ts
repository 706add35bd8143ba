import { ACTOR_ROLES, type ActorRole, AppError, type Principal } from "@jalur/core";
import { type JWTPayload, type JWTVerifyGetKey, jwtVerify } from "jose";
import { remoteJwks } from "./jwks.ts";

export interface AuthConfig {
  readonly issuer: string;
  readonly audience: string;
  /** The issuer's signing keys: a remote JWKS in the cloud, a local set for the dev issuer. */
  readonly keys: JWTVerifyGetKey;
}

export type Verifier = (token: string) => Promise<Principal>;

/**
 * Role and organisation come from the token: `role` (or Cognito's `custom:role`, or the first
 * Jalur role among `cognito:groups`); for recruiters `org` (or `custom:org`); for staff of one
 * training centre `ppkd` (or `custom:ppkd`).
 */
export function principalFromClaims(payload: JWTPayload): Principal {
  const groups = Array.isArray(payload["cognito:groups"]) ? (payload["cognito:groups"] as string[]) : [];
  const claimed = [payload.role, payload["custom:role"], ...groups].find((r): r is ActorRole =>
    ACTOR_ROLES.includes(r as ActorRole),
  );
  if (!payload.sub || !claimed) throw new AppError("forbidden", "no_role", "The token carries no Jalur role.");
  const claim = (name: string) => {
    const value = payload[name] ?? payload[`custom:${name}`];
    return typeof value === "string" && value.length > 0 && value.length <= 200 ? value : undefined;
  };
  const org = claim("org");
  if (claimed === "recruiter" && !org)
    throw new AppError("forbidden", "no_organisation", "A recruiter token must name its organisation (org).");
  const ppkd = claimed === "staff" ? claim("ppkd") : undefined;
  return { sub: payload.sub, role: claimed, ...(claimed === "recruiter" ? { recruiterId: org } : {}), ...(ppkd ? { ppkd } : {}) };
}

export function createVerifier(config: AuthConfig): Verifier {
  return async (token) => {
    try {
      const { payload } = await jwtVerify(token, config.keys, {
        issuer: config.issuer,
        audience: config.audience,
        clockTolerance: 30,
      });
      return principalFromClaims(payload);
    } catch (error) {
      if (error instanceof AppError) throw error;
      throw new AppError(
        "unauthenticated",
        "invalid_token",
        "The bearer token is not valid (signature, issuer, audience or expiry).",
      );
    }
  };
}

/**
 * Verifies an OpenID Connect ID token for the web app's sign-in: the same issuer, audience and
 * role rules as the API's bearer tokens, and what the sign-in also checks (its nonce) and shows
 * (the person's name).
 */
export function createIdTokenVerifier(config: AuthConfig) {
  return async (token: string): Promise<{ principal: Principal; nonce?: string; name?: string }> => {
    const { payload } = await jwtVerify(token, config.keys, {
      issuer: config.issuer,
      audience: config.audience,
      clockTolerance: 30,
    });
    const text = (v: unknown) => (typeof v === "string" && v.length > 0 && v.length <= 200 ? v : undefined);
    const nonce = text(payload.nonce);
    const name = text(payload.name) ?? text(payload.given_name);
    return { principal: principalFromClaims(payload), ...(nonce ? { nonce } : {}), ...(name ? { name } : {}) };
  };
}

export function authConfigFromEnv(env: NodeJS.ProcessEnv): AuthConfig {
  const issuer = env.JALUR_JWT_ISSUER;
  const audience = env.JALUR_JWT_AUDIENCE ?? "jalur-api";
  if (!issuer) throw new Error("Missing environment variable JALUR_JWT_ISSUER");
  const jwks = env.JALUR_JWT_JWKS_URL ?? `${issuer.replace(/\/$/, "")}/.well-known/jwks.json`;
  return { issuer, audience, keys: remoteJwks(new URL(jwks)) };
}
