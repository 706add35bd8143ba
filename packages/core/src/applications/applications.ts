import { type ApplicationState, applicationMachine, dateInZone, evaluate } from "@jalur/domain";
import { contactFor, summariesFor } from "../graduates/disclosure.ts";
import { getGraduate } from "../graduates/profile.ts";
import { graduateForMatching, vacancyForMatching } from "../matching/adapters.ts";
import { getMatch } from "../matching/views.ts";
import type { Deps } from "../platform/deps.ts";
import { AppError, committed, notFound } from "../platform/errors.ts";
import { noticesTo } from "../platform/notices.ts";
import { type PageRequest, pageOf, pageOptions } from "../platform/paging.ts";
import { type Acting, type Principal, useCase } from "../platform/principal.ts";
import { intentOf } from "../platform/queue.ts";
import { isConditionFailure } from "../platform/table.ts";
import { type ApplicationItem, db, type GraduateItem, type VacancyItem } from "../service.ts";
import { getVacancy, ownVacancy } from "../vacancies/vacancies.ts";
import type { ApplicationView, VacancyApplicationView } from "./contract.ts";

export const applicationId = (vacancyId: string, graduateId: string) => `${vacancyId}~${graduateId}`;

/** Our vacancy ids never hold `~`; a graduate id (a token's subject) may: it is all after the first. */
function parseApplicationId(id: string): { vacancyId: string; graduateId: string } {
  const at = id.indexOf("~");
  const vacancyId = id.slice(0, Math.max(0, at));
  const graduateId = id.slice(at + 1);
  if (at <= 0 || !graduateId) throw notFound("application", id);
  return { vacancyId, graduateId };
}

/** The application as the API shows it: its id (for the next call) and every attribute. */
export function applicationView(a: ApplicationItem): ApplicationView {
  // State and history are written here from the pipeline's states (`applyAsGraduate`, `moveApplication`).
  return { applicationId: applicationId(a.vacancyId, a.graduateId), ...a, state: a.state as ApplicationState };
}
export type { ApplicationView };

/**
 * Creates the graduate's application: always the graduate's own act (applying, registering
 * for a fair themselves, or confirming an organiser's registration in the app or by checking
 * in). Needs consent; before the deadline; only when eligible unless `applyAnyway` (then
 * flagged for the recruiter). One application per vacancy.
 */
export async function applyAsGraduate(
  deps: Deps,
  graduate: GraduateItem,
  vacancy: VacancyItem,
  options: { applyAnyway: boolean; via?: "fair" | "check-in" },
): Promise<ApplicationItem> {
  const { graduateId } = graduate;
  const { vacancyId } = vacancy;
  if (vacancy.state !== "published") throw notFound("vacancy", vacancyId);
  if (graduate.consent !== "given")
    throw new AppError(
      "unprocessable",
      "consent_required",
      "Give consent to share your profile with recruiters before applying.",
    );
  const now = deps.now();
  if (dateInZone(now) > vacancy.applicationDeadline)
    throw new AppError("unprocessable", "deadline_passed", `Applications closed on ${vacancy.applicationDeadline}.`);
  const evaluation = evaluate(graduateForMatching(graduate), vacancyForMatching(vacancy), now);
  if (!evaluation.eligible && !options.applyAnyway) {
    const reasons = [
      ...evaluation.lines.filter(
        (l) => l.importance === "required" && (l.outcome === "not_met" || l.outcome === "unverified_only"),
      ),
      ...evaluation.gates.filter((g) => !g.ok),
    ].map((l) => l.explanation);
    throw new AppError("unprocessable", "not_eligible", {
      id: `Belum memenuhi syarat: ${reasons.map((r) => r.id).join("; ")}. Kirim applyAnyway untuk tetap melamar.`,
      en: `Not eligible: ${reasons.map((r) => r.en).join("; ")}. Send applyAnyway to apply regardless.`,
    });
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
    history: [{ to: "applied", by: graduateId, role: "graduate", at, ...(options.via ? { via: options.via } : {}) }],
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

/** The graduate applies to a published vacancy. */
export const apply = useCase(["graduate"], async (deps, actor, vacancyId: string, applyAnyway: boolean) => {
  const [graduate, vacancy] = await Promise.all([getGraduate(deps, actor.sub), getVacancy(deps, vacancyId)]);
  return applicationView(await applyAsGraduate(deps, graduate, vacancy, { applyAnyway }));
});

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

/** Access pattern: one application (by vacancy and graduate), inside core. */
export async function getApplication(deps: Deps, vacancyId: string, graduateId: string): Promise<ApplicationItem> {
  const { data } = await db(deps).application.get({ vacancyId, graduateId }).go();
  if (!data) throw notFound("application", applicationId(vacancyId, graduateId));
  return data;
}

/** The application if this caller may act on it: its graduate, the vacancy's recruiter, staff (placements). */
async function applicationFor(deps: Deps, actor: Principal, id: string): Promise<ApplicationItem> {
  const { vacancyId, graduateId } = parseApplicationId(id);
  const application = await getApplication(deps, vacancyId, graduateId);
  const allowed =
    (actor.role === "graduate" && actor.sub === graduateId) ||
    (actor.role === "recruiter" && actor.recruiterId === application.recruiterId) ||
    actor.role === "staff";
  if (!allowed) throw notFound("application", id);
  return application;
}

/**
 * An application with its history. Its graduate sees it as is; the vacancy's recruiter also
 * gets the graduate's contact details (because the graduate applied), recorded in the
 * graduate's audit, never the NIK, and nothing once consent is withdrawn.
 */
export const readApplication = useCase(["graduate", "recruiter"], async (deps, actor, id: string) => {
  const application = await applicationFor(deps, actor, id);
  if (actor.role === "graduate") return applicationView(application);
  const graduate = await contactFor(
    deps,
    actor,
    application.graduateId,
    `contact details via application ${applicationId(application.vacancyId, application.graduateId)}`,
  );
  return { ...applicationView(application), graduate };
});

/** One of the caller's own applications with its history (the graduate's page: nobody else's, no contact read). */
export const myApplication = useCase(["graduate"], async (deps, actor, id: string) =>
  applicationView(await applicationFor(deps, actor, id)),
);

/** Moves an application through the pipeline; the state machine says which role may. History is kept. */
export const transitionApplication = useCase(
  ["graduate", "recruiter", "staff"],
  async (deps, actor, id: string, to: ApplicationState, note?: string) => {
    const application = await applicationFor(deps, actor, id);
    return applicationView(await moveApplication(deps, actor, application, to, note));
  },
);

/** The move itself, for a caller already allowed to act on the application. */
export async function moveApplication(
  deps: Deps,
  actor: Acting<"graduate" | "recruiter" | "staff">,
  application: ApplicationItem,
  to: ApplicationState,
  note?: string,
): Promise<ApplicationItem> {
  const attempt = applicationMachine.attempt(application.state as ApplicationState, to, actor.role);
  if (!attempt.ok)
    throw new AppError(attempt.code === "role_not_allowed" ? "forbidden" : "conflict", attempt.code, attempt.message);
  const at = deps.now().toISOString();
  const history = [
    ...(application.history as object[]),
    { from: application.state, to, by: actor.sub, role: actor.role, at, ...(note ? { note } : {}) },
  ];
  const { vacancyId, graduateId } = application;
  const id = applicationId(vacancyId, graduateId);
  // The graduate hears of a move someone else made, in the same transaction as the move.
  const notices =
    actor.role === "graduate"
      ? []
      : noticesTo(
          graduateId,
          `${id}:${application.version + 1}`,
          "application-status",
          { title: application.vacancyTitle, state: to },
          `/v1/applications/${id}`,
          ["in-app"],
        );
  const result = await db(deps)
    .service.transaction.write(({ application: a, intent }) => [
      a
        .patch({ vacancyId, graduateId })
        .set({ state: to, history, version: application.version + 1, updatedAt: at })
        .where((x, op) => op.eq(x.version, application.version))
        .commit(),
      ...notices.map((n) => intent.put(intentOf(deps, "notify", n)).commit()),
    ])
    .go();
  committed(result, "The application");
  await markMatch(deps, vacancyId, graduateId, to);
  return getApplication(deps, vacancyId, graduateId);
}

/** Access pattern: the caller's applications, newest first. */
export const myApplications = useCase(["graduate"], async (deps, actor, page: PageRequest) => {
  const { data, cursor } = await db(deps)
    .application.query.byGraduate({ graduateId: actor.sub })
    .go({ ...pageOptions(deps, page), order: "desc" });
  return pageOf(deps, data.map(applicationView), cursor);
});

/**
 * Access pattern: a vacancy's applications, for its own recruiter. Each shows the graduate's
 * name and PPKD (recorded in their audit), or "consent withdrawn".
 */
export const applicationsOfVacancy = useCase(["recruiter"], async (deps, actor, vacancyId: string, page: PageRequest) => {
  await ownVacancy(deps, actor, vacancyId);
  const { data, cursor } = await db(deps).application.query.byVacancy({ vacancyId }).go(pageOptions(deps, page));
  const who = await summariesFor(
    deps,
    actor,
    data.map((a) => a.graduateId),
    `name in the applications to vacancy ${vacancyId}`,
  );
  // Every applicant has a summary (`summariesFor` answers for each id it is given).
  const items: VacancyApplicationView[] = data.map((a) => ({ ...applicationView(a), graduate: who.get(a.graduateId)! }));
  return pageOf(deps, items, cursor);
});
