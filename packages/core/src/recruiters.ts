import { IsoDateSchema } from "@jalur/domain";
import { z } from "zod";
import { db, isConditionFailure, type RecruiterItem } from "./db.ts";
import type { Deps } from "./deps.ts";
import { AppError, notFound } from "./errors.ts";
import { versionConflict } from "./transactions.ts";

export const LicenceInput = z
  .object({ number: z.string().trim().min(3).max(80), validFrom: IsoDateSchema, validUntil: IsoDateSchema })
  .refine((l) => l.validUntil > l.validFrom, { message: "validUntil must be after validFrom", path: ["validUntil"] });

export const RecruiterInput = z.object({
  name: z.string().trim().min(2).max(200),
  kind: z.enum(["p3mi", "government"]),
  licence: LicenceInput.optional(),
});
export type RecruiterInput = z.infer<typeof RecruiterInput>;

export const MemberInput = z.object({
  sub: z.string().min(1).max(200),
  name: z.string().trim().min(1).max(120),
  email: z.string().email().optional(),
});

/** Access pattern: a recruiter organisation by id. */
export async function getRecruiter(deps: Deps, recruiterId: string): Promise<RecruiterItem> {
  const { data } = await db(deps).recruiter.get({ recruiterId }).go();
  if (!data) throw notFound("recruiter", recruiterId);
  return data;
}

/** Staff onboard an organisation; a licence it states waits for staff verification. */
export async function createRecruiter(
  deps: Deps,
  input: RecruiterInput,
  recruiterId: string = deps.newId(),
): Promise<RecruiterItem> {
  const now = deps.now().toISOString();
  const { data } = await db(deps)
    .recruiter.create({
      recruiterId,
      name: input.name,
      kind: input.kind,
      ...(input.licence ? { licence: { ...input.licence, verified: false }, licenceReview: "pending" } : {}),
      createdAt: now,
      updatedAt: now,
    })
    .go();
  return data as RecruiterItem;
}

/** A recruiter records a new or renewed licence: unverified until staff check it. */
export async function submitLicence(
  deps: Deps,
  recruiterId: string,
  licence: z.infer<typeof LicenceInput>,
): Promise<RecruiterItem> {
  const recruiter = await getRecruiter(deps, recruiterId);
  const { data } = await db(deps)
    .recruiter.patch({ recruiterId })
    .set({
      licence: { ...licence, verified: false },
      licenceReview: "pending",
      version: recruiter.version + 1,
      updatedAt: deps.now().toISOString(),
    })
    .where((a, op) => op.eq(a.version, recruiter.version))
    .go({ response: "all_new" })
    .catch((error) => {
      throw isConditionFailure(error) ? versionConflict("The recruiter") : error;
    });
  return data as RecruiterItem;
}

/** Staff verify (or reject) the licence on file. */
export async function reviewLicence(
  deps: Deps,
  reviewer: string,
  recruiterId: string,
  verified: boolean,
): Promise<RecruiterItem> {
  const recruiter = await getRecruiter(deps, recruiterId);
  if (!recruiter.licence) throw new AppError("unprocessable", "no_licence", "This recruiter has no licence on file.");
  const { data } = await db(deps)
    .recruiter.patch({ recruiterId })
    .set({
      licence: { ...recruiter.licence, verified, reviewedBy: reviewer, reviewedAt: deps.now().toISOString() },
      version: recruiter.version + 1,
      updatedAt: deps.now().toISOString(),
    })
    .remove(["licenceReview"])
    .where((a, op) => op.eq(a.version, recruiter.version))
    .go({ response: "all_new" })
    .catch((error) => {
      throw isConditionFailure(error) ? versionConflict("The recruiter") : error;
    });
  return data as RecruiterItem;
}

/** Access pattern: licences waiting for staff. */
export async function licenceQueue(deps: Deps, cursor: string | undefined, limit: number) {
  const { data, cursor: next } = await db(deps)
    .recruiter.query.licenceQueue({ licenceReview: "pending" })
    .go({ cursor: cursor ?? null, limit });
  return { items: data, cursor: next ?? undefined };
}

export async function addMember(deps: Deps, recruiterId: string, input: z.infer<typeof MemberInput>) {
  await getRecruiter(deps, recruiterId);
  const { data } = await db(deps)
    .member.put({ recruiterId, ...input, addedAt: deps.now().toISOString() })
    .go({ response: "all_new" });
  return data;
}

/** Access pattern: an organisation's members. */
export async function listMembers(deps: Deps, recruiterId: string, cursor: string | undefined, limit: number) {
  const { data, cursor: next } = await db(deps)
    .member.query.byRecruiter({ recruiterId })
    .go({ cursor: cursor ?? null, limit });
  return { items: data, cursor: next ?? undefined };
}
