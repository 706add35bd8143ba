import { AppError } from "./errors.ts";

/** ElectroDB reports a cancelled transaction instead of throwing; a cancel here is a lost race. */
export function committed(result: { canceled: boolean }, what: string): void {
  if (result.canceled)
    throw new AppError("conflict", "version_conflict", `${what} was changed by someone else; reload and try again.`);
}

export const versionConflict = (what: string) =>
  new AppError("conflict", "version_conflict", `${what} was changed by someone else; reload and try again.`);
