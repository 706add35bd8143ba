import { AppError, type ErrorKind, foreignCursor, localizedIssue, localizedMessage, type RawIssue } from "@jalur/core";
import type { Language } from "@jalur/domain";
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
  issues: z
    .array(
      z.object({
        path: z.string(),
        message: z.string(),
        code: z.string(),
        suggestions: z.array(z.string()).optional().describe("For an unknown code: the nearest known ones"),
      }),
    )
    .optional(),
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

const TITLE: Record<Language, Record<number, string>> = {
  en: {
    400: "Bad request",
    401: "Authentication required",
    403: "Forbidden",
    404: "Not found",
    405: "Method not allowed",
    409: "Conflict",
    413: "Payload too large",
    415: "Unsupported media type",
    422: "Unprocessable request",
    431: "Request headers too large",
    500: "Internal error",
    503: "Service unavailable",
  },
  id: {
    400: "Permintaan tidak sah",
    401: "Perlu masuk",
    403: "Tidak diizinkan",
    404: "Tidak ditemukan",
    405: "Metode tidak diizinkan",
    409: "Konflik",
    413: "Isi terlalu besar",
    415: "Jenis isi tidak didukung",
    422: "Permintaan ditolak",
    431: "Header terlalu besar",
    500: "Kesalahan internal",
    503: "Layanan tidak tersedia",
  },
};

/**
 * The caller's language: `?lang=id|en`, else the first of Indonesian or English in
 * Accept-Language (by q-value), else English (the API's default; the pages default to Bahasa
 * Indonesia).
 */
export function languageOf(c: Context): Language {
  const asked = c.req.query("lang");
  if (asked === "id" || asked === "en") return asked;
  const header = c.req.header("accept-language") ?? "";
  const ranked = header
    .split(",")
    .map((part, order) => {
      const [tag = "", ...params] = part.trim().toLowerCase().split(";");
      const q = Number(params.find((p) => p.trim().startsWith("q="))?.split("=")[1] ?? 1);
      return { lang: tag.split("-")[0], q: Number.isFinite(q) ? q : 0, order };
    })
    .filter((p): p is { lang: Language; q: number; order: number } => (p.lang === "id" || p.lang === "en") && p.q > 0)
    .sort((a, b) => b.q - a.q || a.order - b.order);
  return ranked[0]?.lang ?? "en";
}

/** A problem document as plain data (for answers written outside Hono, e.g. by the HTTP server itself). */
export function problemBody(status: number, code: string, detail: string, language: Language = "en"): Problem {
  return { type: `https://jalur.id/problems/${code}`, title: TITLE[language][status] ?? "Error", status, detail, code };
}

/** Answers with a problem document; `detail` is the English text, shown in the caller's language when the code has one. */
export function problemResponse(
  c: Context,
  status: ContentfulStatusCode,
  code: string,
  detail: string | AppError,
  issues?: RawIssue[],
  violations?: unknown[],
) {
  const language = languageOf(c);
  const text =
    typeof detail === "string" ? localizedMessage({ code, message: detail }, language) : localizedMessage(detail, language);
  const body: Problem = {
    ...problemBody(status, code, text, language),
    ...(issues ? { issues: issues.map((i) => localizedIssue(i, language)) } : {}),
    ...(violations ? { violations } : {}),
  };
  return c.json(body, status, { "content-type": "application/problem+json", "content-language": language });
}

export function onError(error: Error, c: Context) {
  if (error instanceof AppError) {
    const issues = error.kind === "validation" ? (error.details as RawIssue[] | undefined) : undefined;
    const violations = error.kind === "unprocessable" && Array.isArray(error.details) ? error.details : undefined;
    return problemResponse(c, STATUS[error.kind], error.code, error, issues, violations);
  }
  if (error instanceof HTTPException) {
    const status = error.status as ContentfulStatusCode;
    return problemResponse(c, status, `http_${status}`, error.message || (TITLE.en[status] ?? "Error"));
  }
  // A cursor we signed, used on another list: the data layer refuses its start key.
  const cursor = foreignCursor(error);
  if (cursor) return problemResponse(c, 400, cursor.code, cursor);
  logger.error("unhandled error", { error, path: c.req.path, method: c.req.method });
  return problemResponse(c, 500, "internal_error", "Something went wrong on our side; it has been logged.");
}
