import { z } from "@hono/zod-openapi";
import { type Actor, ANONYMOUS, AppError, admit, type Deps, type PageRequest, type UseCase, useCaseInfo } from "@jalur/core";
import type { Context, MiddlewareHandler } from "hono";
import type { Verifier } from "./auth.ts";

/** The caller of a request: a verified principal, or anonymous when no token was sent. */
export type ApiEnv = { Variables: { actor: Actor } };

export interface ApiContext {
  readonly deps: Deps;
  readonly verify: Verifier;
}

/**
 * Reads the bearer token when one is sent (an invalid one is a 401) and sets the caller; sets
 * anonymous otherwise. Who may do what is decided by the use cases in core, not here.
 */
export function identify(verify: Verifier): MiddlewareHandler<ApiEnv> {
  return async (c, next) => {
    const header = c.req.header("authorization");
    if (header === undefined) {
      c.set("actor", ANONYMOUS);
      return next();
    }
    const token = header.match(/^Bearer\s+(\S+)$/i)?.[1];
    if (!token) throw new AppError("unauthenticated", "missing_token", "Send a bearer token in the Authorization header.");
    c.set("actor", await verify(token));
    await next();
  };
}

export const actorOf = (c: Context<ApiEnv>): Actor => c.get("actor") ?? ANONYMOUS;

/**
 * Applies a use case's own role gate before the request is parsed, so a caller who may never
 * act gets 401/403 rather than a validation error. The rule is the use case's (declared in core).
 */
// biome-ignore lint/suspicious/noExplicitAny: any use case, whatever its arguments
export function admits(useCase: UseCase<any[], unknown>): MiddlewareHandler<ApiEnv> {
  const { roles } = useCaseInfo(useCase);
  return async (c, next) => {
    admit(actorOf(c), roles);
    await next();
  };
}

export const PageQuery = z.object({
  cursor: z.string().max(2000).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
});
export const pageOf = (q: { cursor?: string; limit: number }): PageRequest => ({
  limit: q.limit,
  ...(q.cursor ? { cursor: q.cursor } : {}),
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

/** For routes that change state: a conflict with the current state, or a refusal under a rule. */
export const refusals = {
  409: problem("Conflict: the current state does not allow it, or someone changed it first (see code)"),
  422: problem("Refused under a rule of the field (see code)"),
};

export const json = <T extends z.ZodTypeAny>(schema: T) => ({
  body: { required: true, content: { "application/json": { schema } } },
});
