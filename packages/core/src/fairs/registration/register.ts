import { evaluate, identifier } from "@jalur/domain";
import { z } from "zod";
import { applicationId, applyAsGraduate } from "../../applications/applications.ts";
import { getGraduate } from "../../graduates/profile.ts";
import { graduateForMatching, vacancyForMatching } from "../../matching/adapters.ts";
import type { Deps } from "../../platform/deps.ts";
import { AppError, committed, notFound } from "../../platform/errors.ts";
import type { Notify } from "../../platform/messages.ts";
import { type PageRequest, pageOf, pageOptions } from "../../platform/paging.ts";
import { useCase } from "../../platform/principal.ts";
import { intentOf } from "../../platform/queue.ts";
import { db, type FairItem, type FairRegistrationItem, type GraduateItem } from "../../service.ts";
import { getVacancies } from "../../vacancies/vacancies.ts";
import { boothsOf, visibleFair } from "../access.ts";
import type { RegistrationSummaryView, RegistrationView } from "./contract.ts";

/** How many vacancies a graduate may pick at one fair. */
export const MAX_PICKS = 10;

export const RegistrationInput = z
  .object({
    /** Vacancies at this fair, the graduate's first choice first. */
    picks: z.array(identifier(100)).min(1).max(MAX_PICKS),
    /** Register for picks the graduate is not (yet) eligible for; recruiters see them flagged. */
    applyAnyway: z.boolean().default(false),
  })
  .meta({
    id: "RegistrationInput",
    description: "The vacancies at this fair the graduate wants to interview for, first choice first",
    example: { picks: ["3b1f0c2e-7d4a-4c55-9a61-2f7e8d9c0a11", "9e2d4f6a-1b3c-4d5e-8f70-a1b2c3d4e5f6"], applyAnyway: false },
  });
export type RegistrationInput = z.infer<typeof RegistrationInput>;

interface Request {
  recruiterId: string;
  vacancyIds: string[];
  preference: number;
  matchScore: number;
}

export function assertRegistrationOpen(fair: FairItem, now: Date) {
  const at = now.toISOString();
  if (fair.state !== "registration-open" || at < fair.registrationOpens || at >= fair.registrationCloses)
    throw new AppError("conflict", "registration_closed", "Registration for this fair is not open.");
}

/** The fair's booths and their vacancies, read once (an import uses them for every row). */
export async function fairOffer(deps: Deps, fairId: string) {
  const booths = await boothsOf(deps, fairId);
  const vacancies = await getVacancies(
    deps,
    booths.flatMap((b) => b.vacancyIds),
  );
  return {
    boothOf: new Map(booths.flatMap((b) => b.vacancyIds.map((v) => [v, b] as const))),
    vacancyOf: new Map(vacancies.map((v) => [v.vacancyId, v])),
  };
}
export type FairOffer = Awaited<ReturnType<typeof fairOffer>>;

/**
 * The interview requests a graduate's picks make: each pick is a vacancy at the fair; picks at
 * one booth become one request, ranked by the first of them. Refuses before anything is
 * written: no consent, a pick not at the fair, a pick the graduate is not eligible for (unless
 * `applyAnyway`).
 */
export async function requestsFor(
  deps: Deps,
  fair: FairItem,
  graduate: GraduateItem,
  picks: readonly string[],
  applyAnyway: boolean,
  offer?: FairOffer,
): Promise<Map<string, Request>> {
  if (graduate.consent !== "given")
    throw new AppError(
      "unprocessable",
      "consent_required",
      "Give consent to share your profile with recruiters before registering.",
    );
  const { boothOf, vacancyOf } = offer ?? (await fairOffer(deps, fair.fairId));
  const requests = new Map<string, Request>();
  const now = deps.now();
  for (const vacancyId of picks) {
    const booth = boothOf.get(vacancyId);
    const vacancy = vacancyOf.get(vacancyId);
    if (!booth || !vacancy) throw new AppError("validation", "not_at_fair", `Vacancy ${vacancyId} is not at this fair.`);
    const evaluation = evaluate(graduateForMatching(graduate), vacancyForMatching(vacancy), now);
    if (!evaluation.eligible && !applyAnyway)
      throw new AppError("unprocessable", "not_eligible", {
        id: `Belum memenuhi syarat untuk ${vacancy.title} (${vacancyId}); kirim applyAnyway untuk tetap mendaftar.`,
        en: `Not eligible for ${vacancy.title} (${vacancyId}); send applyAnyway to register regardless.`,
      });
    const request = requests.get(booth.recruiterId) ?? {
      recruiterId: booth.recruiterId,
      vacancyIds: [],
      preference: requests.size + 1,
      matchScore: 0,
    };
    request.vacancyIds.push(vacancyId);
    request.matchScore = Math.max(request.matchScore, evaluation.score);
    requests.set(booth.recruiterId, request);
  }
  return requests;
}

/**
 * Writes a registration and its requests in one transaction (version-checked), keeping the
 * recruiters' shortlist marks, counting a first registration once.
 */
export async function writeRegistration(
  deps: Deps,
  fairId: string,
  graduateId: string,
  picks: string[],
  requests: Map<string, Request>,
  how: { source: "self" | "import"; confirmed: boolean; applyAnyway: boolean },
  existing: FairRegistrationItem | undefined,
  notices: readonly Notify[] = [],
) {
  const d = db(deps);
  const { data: oldRequests } = await d.fairRequest.query.byFair({ fairId, graduateId }).go();
  const at = deps.now().toISOString();
  const shortlistedBefore = new Set(oldRequests.filter((r) => r.shortlisted).map((r) => r.recruiterId));
  const result = await d.service.transaction
    .write(({ fairRegistration, fairRequest, fairStat, intent }) => [
      ...notices.map((n) => intent.put(intentOf(deps, "notify", n)).commit()),
      existing
        ? fairRegistration
            .patch({ fairId, graduateId })
            .set({
              picks,
              source: how.source,
              confirmed: how.confirmed,
              applyAnyway: how.applyAnyway,
              version: existing.version + 1,
              updatedAt: at,
            })
            .where((a, op) => op.eq(a.version, existing.version))
            .commit()
        : fairRegistration
            .create({
              fairId,
              graduateId,
              picks,
              source: how.source,
              confirmed: how.confirmed,
              applyAnyway: how.applyAnyway,
              createdAt: at,
              updatedAt: at,
            })
            .commit(),
      ...(existing ? [] : [fairStat.update({ fairId, name: "registrations", bucket: "all" }).add({ count: 1 }).commit()]),
      ...oldRequests
        .filter((r) => !requests.has(r.recruiterId))
        .map((r) => fairRequest.delete({ fairId, graduateId, recruiterId: r.recruiterId }).commit()),
      ...[...requests.values()].map((r) =>
        fairRequest
          .put({
            fairId,
            graduateId,
            recruiterId: r.recruiterId,
            vacancyIds: r.vacancyIds,
            preference: r.preference,
            matchScore: r.matchScore,
            shortlisted: shortlistedBefore.has(r.recruiterId),
            confirmed: how.confirmed,
            registeredAt: existing?.createdAt ?? at,
          })
          .commit(),
      ),
    ])
    .go();
  committed(result, "The registration");
}

/** Applies the graduate to each pick (their own act); an existing application stands. Returns what could not be applied. */
async function applyToPicks(
  deps: Deps,
  graduate: GraduateItem,
  picks: readonly string[],
  applyAnyway: boolean,
  via: "fair" | "check-in",
  tolerate: readonly string[] = [],
) {
  const notApplied: { vacancyId: string; code: string }[] = [];
  for (const vacancy of await getVacancies(deps, picks)) {
    await applyAsGraduate(deps, graduate, vacancy, { applyAnyway, via }).catch((error) => {
      if (!(error instanceof AppError)) throw error;
      if (error.code === "already_applied") return;
      if (!tolerate.includes(error.code)) throw error;
      notApplied.push({ vacancyId: vacancy.vacancyId, code: error.code });
    });
  }
  return notApplied;
}

type Registration = z.infer<typeof RegistrationView>;

/** The registration as its graduate sees it: picks, and the request each booth got. */
function registrationView(
  registration: Pick<FairRegistrationItem, "fairId" | "graduateId" | "picks" | "source" | "confirmed" | "applyAnyway">,
  requests: Iterable<Request>,
): Registration {
  const { fairId, graduateId, source, confirmed } = registration;
  return {
    fairId,
    graduateId,
    picks: registration.picks as string[],
    source,
    confirmed,
    applyAnyway: registration.applyAnyway ?? false,
    requests: [...requests]
      .map(({ recruiterId, vacancyIds, preference, matchScore }) => ({
        recruiterId,
        vacancyIds,
        preference,
        matchScore,
        confirmed,
        applicationIds: confirmed ? vacancyIds.map((v) => applicationId(v, graduateId)) : [],
      }))
      .sort((a, b) => a.preference - b.preference),
  };
}

async function registrationItem(deps: Deps, fairId: string, graduateId: string) {
  const { data } = await db(deps).fairRegistration.get({ fairId, graduateId }).go();
  return data ?? undefined;
}

/**
 * The graduate registers themselves (or changes their picks) while registration is open.
 * Picking a vacancy applies to it (the recruiter sees the application), so the same rules
 * hold: consent, eligibility unless `applyAnyway`. Re-registering over an organiser's import
 * confirms it.
 */
export const registerForFair = useCase(["graduate"], async (deps, actor, fairId: string, input: RegistrationInput) => {
  const fair = await visibleFair(deps, actor, fairId);
  assertRegistrationOpen(fair, deps.now());
  const picks = [...new Set(input.picks)];
  const graduate = await getGraduate(deps, actor.sub);
  const requests = await requestsFor(deps, fair, graduate, picks, input.applyAnyway);
  await applyToPicks(deps, graduate, picks, input.applyAnyway, "fair");
  const existing = await registrationItem(deps, fairId, actor.sub);
  await writeRegistration(
    deps,
    fairId,
    actor.sub,
    picks,
    requests,
    { source: "self", confirmed: true, applyAnyway: input.applyAnyway },
    existing,
  );
  return registrationView(
    { fairId, graduateId: actor.sub, picks, source: "self", confirmed: true, applyAnyway: input.applyAnyway },
    requests.values(),
  );
});

/**
 * The graduate confirms a registration an organiser imported for them: from now on it is their
 * own (they apply to the picks, recruiters see them). Works after registration closed too, so
 * an imported graduate with an interview can still confirm; picks whose application deadline
 * passed are reported, not applied.
 */
export const confirmRegistration = useCase(["graduate"], async (deps, actor, fairId: string, applyAnyway: boolean) => {
  const fair = await visibleFair(deps, actor, fairId);
  const existing = await registrationItem(deps, fairId, actor.sub);
  if (!existing) throw notFound("registration", `${fairId}/${actor.sub}`);
  const picks = existing.picks as string[];
  if (existing.confirmed !== false) {
    const { data: stored } = await db(deps).fairRequest.query.byFair({ fairId, graduateId: actor.sub }).go();
    return { ...registrationView(existing, stored), notApplied: [] };
  }
  const graduate = await getGraduate(deps, actor.sub);
  const requests = await requestsFor(deps, fair, graduate, picks, applyAnyway);
  const notApplied = await applyToPicks(deps, graduate, picks, applyAnyway, "fair", ["deadline_passed"]);
  await confirmStored(deps, fairId, actor.sub, existing);
  return { ...registrationView({ ...existing, confirmed: true, applyAnyway }, requests.values()), notApplied };
});

async function confirmStored(deps: Deps, fairId: string, graduateId: string, existing: FairRegistrationItem) {
  const d = db(deps);
  const { data: requests } = await d.fairRequest.query.byFair({ fairId, graduateId }).go();
  const result = await d.service.transaction
    .write(({ fairRegistration, fairRequest }) => [
      fairRegistration
        .patch({ fairId, graduateId })
        .set({ confirmed: true, version: existing.version + 1, updatedAt: deps.now().toISOString() })
        .where((a, op) => op.eq(a.version, existing.version))
        .commit(),
      ...requests.map((r) =>
        fairRequest.patch({ fairId, graduateId, recruiterId: r.recruiterId }).set({ confirmed: true }).commit(),
      ),
    ])
    .go();
  committed(result, "The registration");
}

/**
 * Checking in at a booth is the graduate's own act: an imported registration becomes theirs
 * (confirmed), and they apply to the vacancies of the interview they came to (flagged where
 * not eligible: they were interviewed for them). Refusals such as a passed deadline leave the
 * check-in standing and disclose nothing more. Idempotent.
 */
export async function confirmAtCheckIn(
  deps: Deps,
  fairId: string,
  graduateId: string,
  interviewedFor: readonly string[],
): Promise<boolean> {
  const existing = await registrationItem(deps, fairId, graduateId);
  if (existing?.confirmed !== false) return false;
  const graduate = await getGraduate(deps, graduateId);
  if (graduate.consent !== "given") return false;
  await applyToPicks(deps, graduate, interviewedFor, true, "check-in", ["deadline_passed", "vacancy_not_found"]);
  await confirmStored(deps, fairId, graduateId, existing);
  return true;
}

/** Access pattern: the caller's registration and requests at one fair. */
export const myRegistration = useCase(["graduate"], async (deps, actor, fairId: string) => {
  const d = db(deps);
  const [registration, { data: requests }] = await Promise.all([
    registrationItem(deps, fairId, actor.sub),
    d.fairRequest.query.byFair({ fairId, graduateId: actor.sub }).go(),
  ]);
  if (!registration) throw notFound("registration", `${fairId}/${actor.sub}`);
  return registrationView(registration, requests);
});

/** Access pattern: the fairs the caller registered for. */
export const myFairs = useCase(["graduate"], async (deps, actor, page: PageRequest) => {
  const { data, cursor } = await db(deps)
    .fairRegistration.query.byGraduate({ graduateId: actor.sub })
    .go(pageOptions(deps, page));
  return pageOf(
    deps,
    data.map(
      ({ fairId, picks, source, confirmed, createdAt, updatedAt }): z.infer<typeof RegistrationSummaryView> => ({
        fairId,
        picks: picks as string[],
        source,
        confirmed,
        createdAt,
        updatedAt,
      }),
    ),
    cursor,
  );
});
