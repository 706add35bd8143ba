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
  /** The message in both languages, when the error carries its own (else the catalogue has it). */
  readonly text?: { readonly id: string; readonly en: string };

  constructor(
    readonly kind: ErrorKind,
    readonly code: string,
    message: string | { readonly id: string; readonly en: string },
    readonly details?: unknown,
  ) {
    super(typeof message === "string" ? message : message.en);
    this.name = "AppError";
    if (typeof message !== "string") this.text = message;
  }
}

export const notFound = (what: string, id: string) =>
  new AppError("not_found", `${what}_not_found`, `No ${what.replace(/_/g, " ")} with id ${id}`);

export const versionConflict = (what: string) =>
  new AppError("conflict", "version_conflict", `${what} was changed by someone else; reload and try again.`);

/** ElectroDB reports a cancelled transaction instead of throwing; a cancel here is a lost race. */
export function committed(result: { canceled: boolean }, what: string): void {
  if (result.canceled) throw versionConflict(what);
}

/** For `.catch`: a missing item reads as `undefined`; any other failure (throttling, a network error) is thrown on. */
export function absentIfNotFound(error: unknown): undefined {
  if (error instanceof AppError && error.kind === "not_found") return undefined;
  throw error;
}
