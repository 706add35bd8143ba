import { type ApplicationState, applicationMachine, dateInZone, evaluate } from "@jalur/domain";
import { type ApplicationItem, db, isConditionFailure } from "./db.ts";
import type { Deps } from "./deps.ts";
import { AppError, notFound } from "./errors.ts";
import { getGraduate } from "./graduates.ts";
import { getMatch, graduateForMatching, vacancyForMatching } from "./matching.ts";
import type { Principal } from "./principal.ts";
import { enqueue } from "./queue.ts";
import { versionConflict } from "./transactions.ts";
import { getVacancy } from "./vacancies.ts";

export const applicationId = (vacancyId: string, graduateId: string) => `${vacancyId}~${graduateId}`;

export function parseApplicationId(id: string): { vacancyId: string; graduateId: string } {
  const [vacancyId, graduateId, ...rest] = id.split("~");
  if (!vacancyId || !graduateId || rest.length > 0) throw notFound("application", id);
  return { vacancyId, graduateId };
}

export function applicationView(a: ApplicationItem) {
  return { applicationId: applicationId(a.vacancyId, a.graduateId), ...a };
}

/**
 * A graduate applies. Only when eligible, unless they say "apply anyway" (recruiters then see
 * the application flagged). Needs consent; one application per vacancy.
 */
export async function apply(deps: Deps, graduateId: string, vacancyId: string, applyAnyway: boolean): Promise<ApplicationItem> {
  const [graduate, vacancy] = await Promise.all([getGraduate(deps, graduateId), getVacancy(deps, vacancyId)]);
  if (vacancy.state !== "published") throw notFound("vacancy", vacancyId);
  if (graduate.consent !== "given") {
    throw new AppError(
      "unprocessable",
      "consent_required",
      "Give consent to share your profile with recruiters before applying.",
    );
  }
  const now = deps.now();
  if (dateInZone(now) > vacancy.applicationDeadline) {
    throw new AppError("unprocessable", "deadline_passed", `Applications closed on ${vacancy.applicationDeadline}.`);
  }
  const evaluation = evaluate(graduateForMatching(graduate), vacancyForMatching(vacancy), now);
  if (!evaluation.eligible && !applyAnyway) {
    const missing = evaluation.lines.filter(
      (l) => l.importance === "required" && (l.outcome === "not_met" || l.outcome === "unverified_only"),
    );
    throw new AppError(
      "unprocessable",
      "not_eligible",
      `Not eligible: ${[...missing.map((l) => l.explanation.en), ...evaluation.gates.filter((g) => !g.ok).map((g) => g.explanation.en)].join("; ")}. Send applyAnyway to apply regardless.`,
    );
  }
  const at = now.toISOString();
  const item = {
    vacancyId,
    graduateId,
    recruiterId: vacancy.recruiterId,
    state: "applied",
    applyAnyway: !evaluation.eligible,
    eligibleAtApply: evaluation.eligible,
    scoreAtApply: evaluation.score,
    vacancyTitle: vacancy.title,
    history: [{ to: "applied", by: graduateId, role: "graduate", at }],
    appliedAt: at,
    updatedAt: at,
  };
  try {
    const { data } = await db(deps).application.create(item).go();
    await markMatch(deps, vacancyId, graduateId, "applied");
    return data as ApplicationItem;
  } catch (error) {
    if (isConditionFailure(error)) throw new AppError("conflict", "already_applied", "You have already applied to this vacancy.");
    throw error;
  }
}

async function markMatch(deps: Deps, vacancyId: string, graduateId: string, state: string) {
  if (await getMatch(deps, vacancyId, graduateId)) {
    await db(deps)
      .match.patch({ vacancyId, graduateId })
      .set({ applicationState: state })
      .go()
      .catch((error) => {
        if (!isConditionFailure(error)) throw error;
      });
  }
}

/** Access pattern: one application (by vacancy and graduate). */
export async function getApplication(deps: Deps, vacancyId: string, graduateId: string): Promise<ApplicationItem> {
  const { data } = await db(deps).application.get({ vacancyId, graduateId }).go();
  if (!data) throw notFound("application", applicationId(vacancyId, graduateId));
  return data;
}

/** The application if this principal may see it: the graduate, the vacancy's recruiter, staff. */
export async function applicationFor(deps: Deps, principal: Principal, id: string): Promise<ApplicationItem> {
  const { vacancyId, graduateId } = parseApplicationId(id);
  const application = await getApplication(deps, vacancyId, graduateId);
  const allowed =
    (principal.role === "graduate" && principal.sub === graduateId) ||
    (principal.role === "recruiter" && principal.recruiterId === application.recruiterId) ||
    principal.role === "staff";
  if (!allowed) throw notFound("application", id);
  return application;
}

/** Moves an application through the pipeline; the state machine says who may. History is kept. */
export async function transitionApplication(
  deps: Deps,
  principal: Principal,
  id: string,
  to: ApplicationState,
  note?: string,
): Promise<ApplicationItem> {
  const application = await applicationFor(deps, principal, id);
  const attempt = applicationMachine.attempt(application.state as ApplicationState, to, principal.role);
  if (!attempt.ok)
    throw new AppError(attempt.code === "role_not_allowed" ? "forbidden" : "conflict", attempt.code, attempt.message.en);
  const at = deps.now().toISOString();
  const history = [
    ...(application.history as object[]),
    { from: application.state, to, by: principal.sub, role: principal.role, at, ...(note ? { note } : {}) },
  ];
  const { vacancyId, graduateId } = application;
  const { data } = await db(deps)
    .application.patch({ vacancyId, graduateId })
    .set({ state: to, history, version: application.version + 1, updatedAt: at })
    .where((a, op) => op.eq(a.version, application.version))
    .go({ response: "all_new" })
    .catch((error) => {
      throw isConditionFailure(error) ? versionConflict("The application") : error;
    });
  await markMatch(deps, vacancyId, graduateId, to);
  if (principal.role !== "graduate") {
    await enqueue(deps, "notify", {
      type: "notify",
      id: `application-status:${id}:${application.version + 1}:in-app`,
      recipientId: graduateId,
      channel: "in-app",
      template: "application-status",
      params: { title: application.vacancyTitle, state: to },
      link: `/v1/applications/${id}`,
    });
  }
  return data as ApplicationItem;
}

/** Access pattern: a graduate's applications, newest first. */
export async function applicationsOfGraduate(deps: Deps, graduateId: string, cursor: string | undefined, limit: number) {
  const { data, cursor: next } = await db(deps)
    .application.query.byGraduate({ graduateId })
    .go({ cursor: cursor ?? null, limit, order: "desc" });
  return { items: data, cursor: next ?? undefined };
}

/** Access pattern: a vacancy's applications. */
export async function applicationsOfVacancy(deps: Deps, vacancyId: string, cursor: string | undefined, limit: number) {
  const { data, cursor: next } = await db(deps)
    .application.query.byVacancy({ vacancyId })
    .go({ cursor: cursor ?? null, limit });
  return { items: data, cursor: next ?? undefined };
}
