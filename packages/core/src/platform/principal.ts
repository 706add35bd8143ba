import type { Role } from "@jalur/domain";
import type { Deps } from "./deps.ts";
import { AppError } from "./errors.ts";

/** The roles a signed-in caller can hold: the field's four, and operators of the platform. */
export type ActorRole = Role | "operator";
export const ACTOR_ROLES: readonly ActorRole[] = ["graduate", "recruiter", "organiser", "staff", "operator"];

/** Who is calling, from a verified token. */
export interface Principal {
  readonly sub: string;
  readonly role: ActorRole;
  /** Recruiters act for exactly one organisation. */
  readonly recruiterId?: string;
  /** Staff of one training centre review that centre's queue; staff without one (BP3MI) review every queue. */
  readonly ppkd?: string;
}

/** A caller without a token: may use public use cases only. */
export interface Anonymous {
  readonly sub: "";
  readonly role: "anonymous";
}

export type Actor = Principal | Anonymous;
export const ANONYMOUS: Anonymous = Object.freeze({ sub: "", role: "anonymous" });

/** The principal as a use case of role R sees it (a recruiter always names its organisation). */
export type Acting<R extends ActorRole> = R extends "recruiter"
  ? Principal & { readonly role: "recruiter"; readonly recruiterId: string }
  : Principal & { readonly role: R };

const USE_CASE: unique symbol = Symbol.for("jalur.useCase");

export interface UseCaseInfo {
  /** The roles that may call it at all; "anyone" includes anonymous callers. */
  readonly roles: readonly ActorRole[] | "anyone";
}

/** A use case: takes the acting caller and decides itself who may act on what. */
export type UseCase<A extends unknown[], R> = ((deps: Deps, actor: Actor, ...args: A) => Promise<R>) & {
  readonly [USE_CASE]: UseCaseInfo;
};

export const isUseCase = (value: unknown): value is UseCase<unknown[], unknown> =>
  typeof value === "function" && USE_CASE in value;

export const useCaseInfo = (value: UseCase<unknown[], unknown>): UseCaseInfo => value[USE_CASE];

/**
 * The role gate of a use case: anonymous callers are told to sign in (401); other roles are
 * refused (403); a recruiter must name its organisation. Front doors may call it before they
 * parse a request (`admits`), so a caller who may never act learns that first.
 */
export function admit(actor: Actor, roles: UseCaseInfo["roles"]): void {
  if (roles === "anyone") return;
  if (actor.role === "anonymous")
    throw new AppError("unauthenticated", "sign_in_required", "Sign in (send a bearer token) to do this.");
  if (!roles.includes(actor.role))
    throw new AppError("forbidden", "role_not_allowed", `This action needs the role ${roles.join(" or ")}.`);
  if (actor.role === "recruiter" && !actor.recruiterId)
    throw new AppError("forbidden", "no_organisation", "A recruiter acts for an organisation; this token names none.");
}

/**
 * Declares a use case for the given roles. The role gate (`admit`) is here, once; tenancy (own
 * profile, own organisation, own fair) is decided inside `run`, which sees the caller narrowed
 * to those roles.
 */
export function useCase<const Rs extends readonly ActorRole[], A extends unknown[], R>(
  roles: Rs,
  run: (deps: Deps, actor: Acting<Rs[number]>, ...args: A) => Promise<R>,
): UseCase<A, R> {
  const guarded = async (deps: Deps, actor: Actor, ...args: A): Promise<R> => {
    admit(actor, roles);
    return run(deps, actor as Acting<Rs[number]>, ...args);
  };
  return Object.assign(guarded, { [USE_CASE]: { roles } as UseCaseInfo });
}

/** Declares a use case anyone may call, signed in or not (public listings, the official check). */
export function publicUseCase<A extends unknown[], R>(run: (deps: Deps, actor: Actor, ...args: A) => Promise<R>): UseCase<A, R> {
  const open = async (deps: Deps, actor: Actor, ...args: A): Promise<R> => run(deps, actor, ...args);
  return Object.assign(open, { [USE_CASE]: { roles: "anyone" } as UseCaseInfo });
}
