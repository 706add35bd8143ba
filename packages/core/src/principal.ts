import type { Role } from "@jalur/domain";
import { AppError } from "./errors.ts";

/** Who is calling, from a verified token. */
export interface Principal {
  readonly sub: string;
  readonly role: Role;
  /** Recruiters act for exactly one organisation. */
  readonly recruiterId?: string;
}

export function requireRole(principal: Principal, ...roles: Role[]): void {
  if (!roles.includes(principal.role)) {
    throw new AppError("forbidden", "role_not_allowed", `This action needs the role ${roles.join(" or ")}.`);
  }
}

/**
 * Checks ownership without telling outsiders what exists: another tenant's object answers
 * 404, as if it were not there.
 */
export function ownOr404(owned: boolean, what: string, id: string): void {
  if (!owned) throw new AppError("not_found", `${what}_not_found`, `No ${what.replace(/_/g, " ")} with id ${id}`);
}
