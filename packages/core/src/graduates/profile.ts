import { ageOn, dateInZone, type PpkdCity } from "@jalur/domain";
import type { Deps } from "../platform/deps.ts";
import { AppError, committed, notFound, versionConflict } from "../platform/errors.ts";
import { useCase } from "../platform/principal.ts";
import { intentOf } from "../platform/queue.ts";
import { isConditionFailure } from "../platform/table.ts";
import { db, type GraduateItem } from "../service.ts";
import type { GraduateProfileView } from "./contract.ts";
import type { GraduateProfileInput, NoticeOptOut, StoredCredential } from "./schemas.ts";

export function credentialsOf(item: Pick<GraduateItem, "credentials">): StoredCredential[] {
  return (item.credentials ?? []) as StoredCredential[];
}

/** The graduate as the graduate sees it (everything of theirs). Nobody else gets this view. */
export function graduateView(item: GraduateItem): GraduateProfileView {
  return {
    graduateId: item.graduateId,
    name: item.name,
    birthDate: item.birthDate,
    ppkd: item.ppkd as PpkdCity, // written through GraduateProfileInput
    kecamatan: item.kecamatan,
    kelurahan: item.kelurahan,
    language: item.language,
    nik: item.nik,
    phone: item.phone,
    email: item.email,
    consent: item.consent,
    consentAt: item.consentAt,
    credentials: credentialsOf(item),
    notificationOptOut: [...(item.notificationOptOut ?? [])].sort() as NoticeOptOut[], // written from NOTICE_OPT_OUTS
    version: item.version,
    createdAt: item.createdAt,
    updatedAt: item.updatedAt,
  };
}
export type GraduateView = GraduateProfileView;

/** Access pattern: a graduate by id (inside core; callers go through a use case). */
export async function getGraduate(deps: Deps, graduateId: string): Promise<GraduateItem> {
  const { data } = await db(deps).graduate.get({ graduateId }).go();
  if (!data) throw notFound("graduate", graduateId);
  return data;
}

/** Access pattern: graduates by id, in bulk (BatchGetItem, 100 keys per request, 8 in flight). */
export async function getGraduates(deps: Deps, graduateIds: readonly string[]): Promise<GraduateItem[]> {
  if (graduateIds.length === 0) return [];
  const { data, unprocessed } = await db(deps)
    .graduate.get(graduateIds.map((graduateId) => ({ graduateId })))
    .go({ concurrency: 8, preserveBatchOrder: false });
  if (unprocessed.length === 0) return data;
  return [
    ...data,
    ...(await getGraduates(
      deps,
      unprocessed.map((u) => u.graduateId),
    )),
  ];
}

/** The caller's own profile, created at first sign-in with their token's subject as id. */
/** A birth date nobody applying could have: in the future, or an age under 14 or over 100. */
function checkBirthDate(deps: Deps, birthDate: string) {
  const age = ageOn(birthDate, dateInZone(deps.now()));
  if (age < 14 || age > 100)
    throw new AppError("validation", "implausible_birth_date", "The birth date gives an age under 14 or over 100.", [
      {
        path: "birthDate",
        message: "An age between 14 and 100 is expected",
        code: "implausible_date",
        params: {
          text: { id: "Tanggal lahir harus memberi usia antara 14 dan 100 tahun", en: "An age between 14 and 100 is expected" },
        },
      },
    ]);
}

export const registerGraduate = useCase(["graduate"], async (deps, actor, input: GraduateProfileInput) => {
  checkBirthDate(deps, input.birthDate);
  const now = deps.now().toISOString();
  try {
    const { data } = await db(deps)
      .graduate.create({ graduateId: actor.sub, ...input, consent: "none", credentials: [], createdAt: now, updatedAt: now })
      .go();
    return graduateView(data as GraduateItem);
  } catch (error) {
    if (isConditionFailure(error))
      throw new AppError("conflict", "graduate_exists", "A profile already exists for this account.");
    throw error;
  }
});

export const myProfile = useCase(["graduate"], async (deps, actor) => graduateView(await getGraduate(deps, actor.sub)));

/**
 * The graduate edits their profile (naming the version they read). A move to another PPKD moves
 * their credentials waiting for review into that centre's queue, in the same transaction.
 */
export const updateMyProfile = useCase(
  ["graduate"],
  async (deps, actor, input: GraduateProfileInput, expectedVersion: number) => {
    const graduateId = actor.sub;
    checkBirthDate(deps, input.birthDate);
    const current = await getGraduate(deps, graduateId);
    if (current.version !== expectedVersion) throw versionConflict("The profile");
    const now = deps.now().toISOString();
    const waiting = input.ppkd === current.ppkd ? [] : credentialsOf(current).filter((c) => c.verification === "pending");
    const result = await db(deps)
      .service.transaction.write(({ graduate, credentialReview, intent }) => [
        intent
          .put(
            intentOf(deps, "match", {
              type: "graduate-changed",
              id: `graduate:${graduateId}:v${expectedVersion + 1}`,
              graduateId,
            }),
          )
          .commit(),
        graduate
          .patch({ graduateId })
          .set({ ...input, updatedAt: now, version: expectedVersion + 1 })
          .where((a, op) => op.eq(a.version, expectedVersion))
          .commit(),
        ...waiting.map((c) =>
          credentialReview
            .put({ graduateId, credentialId: c.id, ppkd: input.ppkd, skill: c.skill, submittedAt: c.submittedAt })
            .commit(),
        ),
      ])
      .go();
    committed(result, "The profile");
    return graduateView(await getGraduate(deps, graduateId));
  },
);

/** Which optional message types the graduate does not want. */
export const setNotificationPreferences = useCase(["graduate"], async (deps, actor, optOut: readonly NoticeOptOut[]) => {
  const graduate = await getGraduate(deps, actor.sub);
  const patch = db(deps)
    .graduate.patch({ graduateId: actor.sub })
    .set({ updatedAt: deps.now().toISOString(), version: graduate.version + 1 });
  // An empty set cannot be stored: wanting everything again removes the attribute.
  const { data } = await (optOut.length > 0
    ? patch.set({ notificationOptOut: [...new Set(optOut)] })
    : patch.remove(["notificationOptOut"])
  )
    .where((a, op) => op.eq(a.version, graduate.version))
    .go({ response: "all_new" })
    .catch((error) => {
      throw isConditionFailure(error) ? versionConflict("The profile") : error;
    });
  return graduateView(data as GraduateItem);
});

/** Which of these graduates consent now (BatchGet of two attributes): processing for the others stops. */
export async function consentingAmong(deps: Deps, graduateIds: readonly string[]): Promise<Set<string>> {
  const ids = [...new Set(graduateIds)];
  const out = new Set<string>();
  for (let i = 0; i < ids.length; i += 1000) {
    const { data, unprocessed } = await db(deps)
      .graduate.get(ids.slice(i, i + 1000).map((graduateId) => ({ graduateId })))
      .go({ concurrency: 8, preserveBatchOrder: false, attributes: ["graduateId", "consent"] });
    for (const g of data) if (g.consent === "given") out.add(g.graduateId);
    for (const g of await consentingAmong(
      deps,
      unprocessed.map((u) => u.graduateId),
    ))
      out.add(g);
  }
  return out;
}
