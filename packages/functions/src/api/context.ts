import { z } from "@hono/zod-openapi";
import { AppError, type Deps, type Principal, requireRole } from "@jalur/core";
import type { Role } from "@jalur/domain";
import type { Context, MiddlewareHandler } from "hono";
import type { Verifier } from "./auth.ts";

export type ApiEnv = { Variables: { principal: Principal } };

export interface ApiContext {
  readonly deps: Deps;
  readonly verify: Verifier;
}

/** Requires a valid bearer token (and one of `roles`, when given). */
export function authenticate(verify: Verifier, ...roles: Role[]): MiddlewareHandler<ApiEnv> {
  return async (c, next) => {
    const header = c.req.header("authorization");
    const token = header?.match(/^Bearer\s+(.+)$/i)?.[1];
    if (!token) throw new AppError("unauthenticated", "missing_token", "Send a bearer token in the Authorization header.");
    const principal = await verify(token);
    if (roles.length > 0) requireRole(principal, ...roles);
    c.set("principal", principal);
    await next();
  };
}

export const principalOf = (c: Context<ApiEnv>) => c.get("principal");

export const PageQuery = z.object({
  cursor: z.string().max(2000).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
});

export const Json = z.record(z.string(), z.unknown());
export const Page = z.object({ items: z.array(Json), cursor: z.string().optional() });

export const bearer = [{ bearer: [] as string[] }];

export const problem = (description: string) => ({
  description,
  content: {
    "application/problem+json": {
      schema: z.object({ type: z.string(), title: z.string(), status: z.number(), detail: z.string(), code: z.string() }),
    },
  },
});

export const ok = (description: string, schema: z.ZodTypeAny = Json) => ({
  description,
  content: { "application/json": { schema } },
});

export const errors = {
  400: problem("Invalid request"),
  401: problem("No or invalid token"),
  403: problem("Role not allowed"),
  404: problem("Not found (or not yours)"),
};
