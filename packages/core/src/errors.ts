/**
 * The one error type of Jalur. The HTTP layer maps `kind` to a status in a single place;
 * `code` is stable for clients; `message` is safe to show (no personal data).
 */
export type ErrorKind =
  | "validation"
  | "unauthenticated"
  | "forbidden"
  | "not_found"
  | "conflict"
  | "unprocessable"
  | "unavailable";

export class AppError extends Error {
  constructor(
    readonly kind: ErrorKind,
    readonly code: string,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = "AppError";
  }
}

export const notFound = (what: string, id: string) =>
  new AppError("not_found", `${what}_not_found`, `No ${what.replace(/_/g, " ")} with id ${id}`);
