import { z } from "@hono/zod-openapi";
import { type Actor, ANONYMOUS, AppError, admit, type Deps, type PageRequest, type UseCase, useCaseInfo } from "@jalur/core";
import type { Context, MiddlewareHandler } from "hono";
import type { Verifier } from "./auth.ts";
import { Problem } from "./problem.ts";

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

/**
 * What a route declares about its caller, from its use case: the role gate as middleware, and
 * `security` in the document exactly when the use case needs a signed-in caller (so the
 * document's auth cannot drift from the rule).
 */
// biome-ignore lint/suspicious/noExplicitAny: any use case, whatever its arguments
export function guard(useCase: UseCase<any[], unknown>) {
  const open = useCaseInfo(useCase).roles === "anyone";
  return { middleware: admits(useCase), ...(open ? {} : { security: bearer }) };
}

export const PageQuery = z.object({
  cursor: z.string().max(2000).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
});
export const pageOf = (q: { cursor?: string; limit: number }): PageRequest => ({
  limit: q.limit,
  ...(q.cursor ? { cursor: q.cursor } : {}),
});

/** An object whose shape is not documented. Kept only for bodies we pass through as they are. */
export const Json = z.record(z.string(), z.unknown());

/**
 * A page of `item`s, registered as the component `id`: the items, and a cursor to pass back for
 * the next page (absent on the last page). Cursors are signed; one we did not issue is a 400.
 */
export const page = <T extends z.ZodTypeAny>(id: string, item: T) =>
  z
    .object({
      items: z.array(item),
      cursor: z.string().optional().describe("Pass back as ?cursor= for the next page; absent on the last page"),
    })
    .meta({ id });

export const bearer = [{ bearer: [] as string[] }];

/** The one error shape (RFC 9457), as a named component. */
export const ProblemDocument = Problem.meta({ id: "Problem" });

export const problem = (description: string) => ({
  description,
  content: { "application/problem+json": { schema: ProblemDocument } },
});

/** A 2xx answer with its (named) schema. */
export function ok<S extends z.ZodTypeAny = typeof Json>(description: string, schema?: S) {
  // Typed by the schema, so a handler whose answer does not fit the document does not compile.
  return { description, content: { "application/json": { schema: (schema ?? Json) as S } } };
}

/** What any route can answer besides its success: every route reads the token, if one is sent. */
export const errors = {
  400: problem("The request is not valid: `issues` lists each field with its path, code and message"),
  401: problem("No bearer token where one is needed, or a token that is not valid"),
  403: problem("The caller's role may not do this"),
  404: problem("Not found, or not the caller's to see"),
  500: problem("An unexpected failure on our side; logged with the request id"),
  503: problem("A dependency did not answer; nothing was changed, try again"),
};

/** For routes that read a body: too large, or not the declared media type. */
export const bodyErrors = {
  413: problem("The body is larger than 256 KiB"),
  415: problem("The body's Content-Type is not the one this route reads"),
};

/** For routes that change state: a conflict with the current state, or a refusal under a rule. */
export const refusals = {
  409: problem(
    "Conflict: the current state does not allow it, someone changed it first (stale version), or the same Idempotency-Key is still being served",
  ),
  422: problem("Refused under a rule of the field, or an Idempotency-Key reused with another body (see code)"),
};

export const json = <T extends z.ZodTypeAny>(schema: T) => ({
  body: { required: true, content: { "application/json": { schema } } },
});
