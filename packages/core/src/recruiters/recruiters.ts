import { IsoDateSchema, identifier, line } from "@jalur/domain";
import { z } from "zod";
import type { Deps } from "../platform/deps.ts";
import { AppError, committed, notFound, versionConflict } from "../platform/errors.ts";
import { type PageRequest, pageOf, pageOptions } from "../platform/paging.ts";
import { type Actor, useCase } from "../platform/principal.ts";
import { isConditionFailure } from "../platform/table.ts";
import { db, type RecruiterItem } from "../service.ts";
import type { LicenceView, MemberView, RecruiterView } from "./contract.ts";
import { licenceLookup, nameLookup } from "./lookup.ts";

export const LicenceInput = z
  .object({ number: line(80).pipe(z.string().min(3)), validFrom: IsoDateSchema, validUntil: IsoDateSchema })
  .refine((l) => l.validUntil > l.validFrom, { message: "validUntil must be after validFrom", path: ["validUntil"] })
  .meta({
    id: "LicenceInput",
    description: "A SIP3MI licence as the organisation states it: unverified until staff check it",
    example: { number: "SIP3MI/2025/0412", validFrom: "2025-03-01", validUntil: "2030-02-28" },
  });
export type LicenceInput = z.infer<typeof LicenceInput>;

export const RecruiterInput = z
  .object({
    name: line(200).pipe(z.string().min(2)),
    kind: z.enum(["p3mi", "government"]),
    licence: LicenceInput.optional(),
  })
  .meta({
    id: "RecruiterInput",
    description: "An organisation to onboard: a licensed placement company (P3MI) or a government body",
    example: {
      name: "PT Jalur Samudra Tenaga Kerja",
      kind: "p3mi",
      licence: { number: "SIP3MI/2025/0412", validFrom: "2025-03-01", validUntil: "2030-02-28" },
    },
  });
export type RecruiterInput = z.infer<typeof RecruiterInput>;

export const MemberInput = z
  .object({
    sub: identifier(200),
    name: line(120),
    email: z.string().email().max(200).optional(),
  })
  .meta({
    id: "MemberInput",
    description: "A person who acts for the organisation, by their subject in the identity provider",
    example: { sub: "auth0|6650b7d4e4b0f1a2b3c4d5f7", name: "Dewi Lestari", email: "dewi.lestari@jalursamudra.co.id" },
  });
export type MemberInput = z.infer<typeof MemberInput>;

/** Access pattern: a recruiter organisation by id (inside core). */
export async function getRecruiter(deps: Deps, recruiterId: string): Promise<RecruiterItem> {
  const { data } = await db(deps).recruiter.get({ recruiterId }).go();
  if (!data) throw notFound("recruiter", recruiterId);
  return data;
}

/** The organisation as the API shows it (its own recruiters and staff): every attribute of the item. */
export function recruiterView(r: RecruiterItem): RecruiterView {
  return {
    recruiterId: r.recruiterId,
    name: r.name,
    kind: r.kind,
    licence: r.licence as LicenceView | undefined, // written from LicenceInput, then by staff review
    licenceReview: r.licenceReview as "pending" | undefined, // only ever set to "pending"
    version: r.version,
    createdAt: r.createdAt,
    updatedAt: r.updatedAt,
  };
}

/** A recruiter acts for its own organisation; staff for any (onboarding, licences). */
const actsFor = (actor: Actor, recruiterId: string) =>
  actor.role === "staff" || (actor.role === "recruiter" && actor.recruiterId === recruiterId);

/** An organisation and its licence: its own recruiters and staff. */
export const readRecruiter = useCase(["recruiter", "staff"], async (deps, actor, recruiterId: string) => {
  if (!actsFor(actor, recruiterId)) throw notFound("recruiter", recruiterId);
  return recruiterView(await getRecruiter(deps, recruiterId));
});

/**
 * Staff onboard an organisation; a licence it states waits for staff verification. Its name and
 * licence number are written to the lookup the official check reads, in the same transaction.
 */
export const createRecruiter = useCase(
  ["staff"],
  async (deps, _actor, input: RecruiterInput, recruiterId: string = deps.newId()): Promise<RecruiterView> => {
    const now = deps.now().toISOString();
    const lookups = [
      nameLookup(recruiterId, input.name),
      ...(input.licence ? [licenceLookup(recruiterId, input.licence.number)] : []),
    ].filter((l) => l !== undefined);
    const result = await db(deps)
      .service.transaction.write(({ recruiter, recruiterLookup }) => [
        recruiter
          .create({
            recruiterId,
            name: input.name,
            kind: input.kind,
            ...(input.licence ? { licence: { ...input.licence, verified: false }, licenceReview: "pending" } : {}),
            createdAt: now,
            updatedAt: now,
          })
          .commit(),
        ...lookups.map((l) => recruiterLookup.put(l).commit()),
      ])
      .go();
    // The only condition is the organisation's absence: a cancel means it exists.
    if (result.canceled) throw new AppError("conflict", "recruiter_exists", `Recruiter ${recruiterId} exists.`);
    return recruiterView(await getRecruiter(deps, recruiterId));
  },
);

/**
 * A recruiter records a new or renewed licence for its own organisation: unverified until staff
 * check it. The official check's lookup follows the number (the old one removed) in the same transaction.
 */
export const submitLicence = useCase(["recruiter"], async (deps, actor, recruiterId: string, licence: LicenceInput) => {
  if (!actsFor(actor, recruiterId)) throw notFound("recruiter", recruiterId);
  const recruiter = await getRecruiter(deps, recruiterId);
  const previous = (recruiter.licence as LicenceView | undefined)?.number;
  const stale = previous === undefined ? undefined : licenceLookup(recruiterId, previous);
  const fresh = licenceLookup(recruiterId, licence.number);
  const result = await db(deps)
    .service.transaction.write(({ recruiter: r, recruiterLookup }) => [
      r
        .patch({ recruiterId })
        .set({
          licence: { ...licence, verified: false },
          licenceReview: "pending",
          version: recruiter.version + 1,
          updatedAt: deps.now().toISOString(),
        })
        .where((a, op) => op.eq(a.version, recruiter.version))
        .commit(),
      ...(stale && stale.term !== fresh?.term ? [recruiterLookup.delete(stale).commit()] : []),
      ...(fresh ? [recruiterLookup.put(fresh).commit()] : []),
    ])
    .go();
  committed(result, "The recruiter");
  return recruiterView(await getRecruiter(deps, recruiterId));
});

/** Staff verify (or reject) the licence on file. */
export const reviewLicence = useCase(["staff"], async (deps, actor, recruiterId: string, verified: boolean) => {
  const recruiter = await getRecruiter(deps, recruiterId);
  if (!recruiter.licence) throw new AppError("unprocessable", "no_licence", "This recruiter has no licence on file.");
  const now = deps.now().toISOString();
  const { data } = await db(deps)
    .recruiter.patch({ recruiterId })
    .set({
      licence: { ...recruiter.licence, verified, reviewedBy: actor.sub, reviewedAt: now },
      version: recruiter.version + 1,
      updatedAt: now,
    })
    .remove(["licenceReview"])
    .where((a, op) => op.eq(a.version, recruiter.version))
    .go({ response: "all_new" })
    .catch((error) => {
      throw isConditionFailure(error) ? versionConflict("The recruiter") : error;
    });
  return recruiterView(data as RecruiterItem);
});

/** Access pattern: licences waiting for staff. */
export const licenceQueue = useCase(["staff"], async (deps, _actor, page: PageRequest) => {
  const { data, cursor } = await db(deps).recruiter.query.licenceQueue({ licenceReview: "pending" }).go(pageOptions(deps, page));
  return pageOf(deps, data.map(recruiterView), cursor);
});

/** Adds (or updates) a person acting for the organisation: its own recruiters and staff. */
export const addMember = useCase(["recruiter", "staff"], async (deps, actor, recruiterId: string, input: MemberInput) => {
  if (!actsFor(actor, recruiterId)) throw notFound("recruiter", recruiterId);
  await getRecruiter(deps, recruiterId);
  const item: MemberView = { recruiterId, ...input, addedAt: deps.now().toISOString() };
  await db(deps).member.put(item).go();
  return item;
});

/** Access pattern: an organisation's members. */
export const listMembers = useCase(["recruiter", "staff"], async (deps, actor, recruiterId: string, page: PageRequest) => {
  if (!actsFor(actor, recruiterId)) throw notFound("recruiter", recruiterId);
  const { data, cursor } = await db(deps).member.query.byRecruiter({ recruiterId }).go(pageOptions(deps, page));
  return pageOf(deps, data, cursor);
});
