import { dateInZone, identifier } from "@jalur/domain";
import { AppError } from "../platform/errors.ts";
import { publicUseCase } from "../platform/principal.ts";
import type { LicenceView } from "../recruiters/contract.ts";
import { db, type RecruiterItem } from "../service.ts";
import type { LicenceStanding, PublicRecruiterView } from "./contract.ts";

/** Recruiters one public read may ask for at once (a page of vacancies names at most this many). */
export const MAX_PUBLIC_RECRUITERS = 25;

/**
 * Where a recruiter stands today, in the words of the official check: a P3MI places workers only
 * with a licence staff verified and that is valid today; a government body needs none.
 */
export function standingOf(r: Pick<RecruiterItem, "kind" | "licence" | "licenceReview">, today: string): LicenceStanding {
  if (r.kind === "government") return "government";
  const licence = r.licence as LicenceView | undefined; // written from LicenceInput, then by staff review
  if (!licence) return "no_licence";
  if (!licence.verified) return r.licenceReview === "pending" || !licence.reviewedAt ? "pending" : "rejected";
  if (today < licence.validFrom) return "not_yet_valid";
  if (today > licence.validUntil) return "expired";
  return "licensed";
}

/** Only what is public of an organisation: name, kind, the licence's number, dates and verification. */
export function publicRecruiterView(r: RecruiterItem, today: string): PublicRecruiterView {
  const licence = r.licence as LicenceView | undefined;
  return {
    recruiterId: r.recruiterId,
    name: r.name,
    kind: r.kind,
    ...(licence
      ? {
          licence: {
            number: licence.number,
            validFrom: licence.validFrom,
            validUntil: licence.validUntil,
            verified: licence.verified,
          },
        }
      : {}),
    standing: standingOf(r, today),
  };
}

const validId = (id: string) => identifier(100).safeParse(id).success;

/** Access pattern: recruiters by id, in bulk (BatchGet); ids that are not ours are simply not found. */
export async function recruitersById(deps: Parameters<typeof db>[0], ids: readonly string[]): Promise<RecruiterItem[]> {
  const wanted = [...new Set(ids)].filter(validId);
  if (wanted.length === 0) return [];
  const { data } = await db(deps)
    .recruiter.get(wanted.map((recruiterId) => ({ recruiterId })))
    .go({ preserveBatchOrder: false });
  return data;
}

/**
 * Public: what anyone may know of these recruiters (a vacancy's page, the listing's licence
 * badges), in the order asked; unknown ids are left out.
 */
export const publicRecruiters = publicUseCase(
  async (deps, _actor, recruiterIds: readonly string[]): Promise<PublicRecruiterView[]> => {
    if (new Set(recruiterIds).size > MAX_PUBLIC_RECRUITERS)
      throw new AppError("validation", "invalid_request", `Ask for at most ${MAX_PUBLIC_RECRUITERS} recruiters at once.`);
    const found = new Map((await recruitersById(deps, recruiterIds)).map((r) => [r.recruiterId, r]));
    const today = dateInZone(deps.now());
    return [...new Set(recruiterIds)].flatMap((id) => {
      const r = found.get(id);
      return r ? [publicRecruiterView(r, today)] : [];
    });
  },
);
