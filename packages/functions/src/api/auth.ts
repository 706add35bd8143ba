import { AppError, type Principal } from "@jalur/core";
import type { Role } from "@jalur/domain";
import { type JWTPayload, type JWTVerifyGetKey, jwtVerify } from "jose";
import { remoteJwks } from "./jwks.ts";

export interface AuthConfig {
  readonly issuer: string;
  readonly audience: string;
  /** The issuer's signing keys: a remote JWKS in the cloud, a local set for the dev issuer. */
  readonly keys: JWTVerifyGetKey;
}

export type Verifier = (token: string) => Promise<Principal>;

const ROLES: readonly Role[] = ["graduate", "recruiter", "organiser", "staff"];

/**
 * Role and organisation come from the token: `role` (or Cognito's `custom:role`, or the first
 * Jalur role among `cognito:groups`) and, for recruiters, `org` (or `custom:org`).
 */
export function principalFromClaims(payload: JWTPayload): Principal {
  const groups = Array.isArray(payload["cognito:groups"]) ? (payload["cognito:groups"] as string[]) : [];
  const claimed = [payload.role, payload["custom:role"], ...groups].find((r): r is Role => ROLES.includes(r as Role));
  if (!payload.sub || !claimed) throw new AppError("forbidden", "no_role", "The token carries no Jalur role.");
  const org = (payload.org ?? payload["custom:org"]) as string | undefined;
  if (claimed === "recruiter" && !org)
    throw new AppError("forbidden", "no_organisation", "A recruiter token must name its organisation (org).");
  return { sub: payload.sub, role: claimed, ...(claimed === "recruiter" ? { recruiterId: org } : {}) };
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

export function authConfigFromEnv(env: NodeJS.ProcessEnv): AuthConfig {
  const issuer = env.JALUR_JWT_ISSUER;
  const audience = env.JALUR_JWT_AUDIENCE ?? "jalur-api";
  if (!issuer) throw new Error("Missing environment variable JALUR_JWT_ISSUER");
  const jwks = env.JALUR_JWT_JWKS_URL ?? `${issuer.replace(/\/$/, "")}/.well-known/jwks.json`;
  return { issuer, audience, keys: remoteJwks(new URL(jwks)) };
}
