import { AppError, type ErrorKind } from "@jalur/core";
import type { Context } from "hono";
import { HTTPException } from "hono/http-exception";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import { z } from "zod";
import { logger } from "../log.ts";

/** RFC 9457 problem details: the one error shape of every 4xx and 5xx response. */
export const Problem = z.object({
  type: z.string(),
  title: z.string(),
  status: z.number().int(),
  detail: z.string(),
  code: z.string(),
  issues: z.array(z.object({ path: z.string(), message: z.string(), code: z.string() })).optional(),
  /** For refusals under the worker-protection rules: every violation, with codes and both languages. */
  violations: z.array(z.unknown()).optional(),
});
export type Problem = z.infer<typeof Problem>;

const STATUS: Record<ErrorKind, ContentfulStatusCode> = {
  validation: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  unprocessable: 422,
  unavailable: 503,
};

const TITLE: Record<number, string> = {
  400: "Bad request",
  401: "Authentication required",
  403: "Forbidden",
  404: "Not found",
  405: "Method not allowed",
  409: "Conflict",
  413: "Payload too large",
  415: "Unsupported media type",
  422: "Unprocessable request",
  500: "Internal error",
  503: "Service unavailable",
};

export function problemResponse(
  c: Context,
  status: ContentfulStatusCode,
  code: string,
  detail: string,
  issues?: Problem["issues"],
  violations?: unknown[],
) {
  const body: Problem = {
    type: `https://jalur.id/problems/${code}`,
    title: TITLE[status] ?? "Error",
    status,
    detail,
    code,
    ...(issues ? { issues } : {}),
    ...(violations ? { violations } : {}),
  };
  return c.json(body, status, { "content-type": "application/problem+json" });
}

/** Validation failures from zod, in the problem shape. */
export function validationError(error: z.ZodError): AppError {
  const issues = error.issues.map((i) => ({ path: i.path.join("."), message: i.message, code: i.code }));
  return new AppError("validation", "invalid_request", "The request is not valid; see issues.", issues);
}

export function onError(error: Error, c: Context) {
  if (error instanceof AppError) {
    const issues = error.kind === "validation" ? (error.details as Problem["issues"]) : undefined;
    const violations = error.kind === "unprocessable" && Array.isArray(error.details) ? error.details : undefined;
    return problemResponse(c, STATUS[error.kind], error.code, error.message, issues, violations);
  }
  if (error instanceof HTTPException) {
    const status = error.status as ContentfulStatusCode;
    return problemResponse(c, status, `http_${status}`, error.message || (TITLE[status] ?? "Error"));
  }
  // A cursor is opaque but client-held: one that does not parse or does not belong to the query is bad input.
  if (/parse cursor|starting key/i.test(error.message)) {
    return problemResponse(c, 400, "invalid_cursor", "The cursor is not valid for this list; start again without it.");
  }
  logger.error("unhandled error", { error, path: c.req.path, method: c.req.method });
  return problemResponse(c, 500, "internal_error", "Something went wrong on our side; it has been logged.");
}
