import {
  type Actor,
  AppError,
  confirmRegistration,
  type Deps,
  type FairDetail,
  MAX_PICKS,
  myRegistration,
  type Principal,
  RegistrationInput,
  readFair,
  registerForFair,
  type VacancyDetailView,
  vacanciesAtFair,
  validationError,
} from "@jalur/core";
import type { Hono } from "hono";
import { langOf, type WebContext, type WebDeps, type WebEnv } from "../../context.ts";
import { Csrf, ErrorSummary, formErrors } from "../../form.tsx";
import { common } from "../../i18n/common.ts";
import type { Language } from "../../i18n/define.ts";
import { fairTexts } from "../../i18n/fairs.ts";
import { formOf, render } from "../../render.tsx";
import { profileOrNone, signedIn } from "../profile.tsx";
import { actorOf, countryName, FairFacts, Flash, idParam, known, may, PhaseTag, phaseOf, refusalMessage } from "./shared.tsx";

type Registration = Awaited<ReturnType<typeof myRegistration>>;

const fairPath = (fairId: string) => `/bursa/${encodeURIComponent(fairId)}`;

/** What a refused form keeps and says: the choices as made, and core's reason beside them. */
interface FormState {
  /** Pick by position (Pilihan 1 first), blanks kept where the graduate left a choice empty. */
  readonly picks?: readonly string[];
  readonly applyAnyway?: boolean;
  readonly showApplyAnyway?: boolean;
  readonly error?: string;
  readonly errorCode?: string;
  readonly confirmError?: string;
  readonly confirmShowApplyAnyway?: boolean;
}

/** Graduate's registration at the fair, or undefined before they registered. */
async function registrationOrNone(deps: Deps, actor: Actor, fairId: string): Promise<Registration | undefined> {
  try {
    return await myRegistration(deps, actor, fairId);
  } catch (error) {
    if (error instanceof AppError && error.kind === "not_found") return undefined;
    throw error;
  }
}

const statusOf = (error: unknown): 400 | 409 | 422 =>
  error instanceof AppError && error.kind === "conflict"
    ? 409
    : error instanceof AppError && error.kind === "unprocessable"
      ? 422
      : 400;

function vacancyLabel(v: VacancyDetailView | undefined, id: string, lang: Language) {
  return v ? fairTexts[lang].vacancy(v.title, countryName(v.country, lang)) : id;
}

/** The booths and the vacancies they interview for (public). */
function Booths({ fair, vacancies, lang }: { fair: FairDetail; vacancies: Map<string, VacancyDetailView>; lang: Language }) {
  const t = fairTexts[lang];
  const booths = [...fair.booths].sort((a, b) => a.name.localeCompare(b.name));
  return (
    <section aria-labelledby="perusahaan">
      <h2 id="perusahaan">{t.booths}</h2>
      {booths.length === 0 ? <p>{t.noBooths}</p> : null}
      <ul class="cards">
        {booths.map((booth) => (
          <li class="card">
            <h3>{booth.name}</h3>
            <ul>
              {booth.vacancyIds.map((id) => {
                const v = vacancies.get(id);
                return v ? (
                  <li>
                    <a href={`/lowongan/${encodeURIComponent(id)}`}>{v.title}</a> · {countryName(v.country, lang)}
                    {v.state !== "published" ? (
                      <>
                        {" "}
                        <span class="tag tag--grey">{t.closedVacancy}</span>
                      </>
                    ) : null}
                  </li>
                ) : null;
              })}
            </ul>
          </li>
        ))}
      </ul>
    </section>
  );
}

function ApplyAnyway({ lang, checked, id }: { lang: Language; checked: boolean; id: string }) {
  const t = fairTexts[lang].register;
  return (
    <div class="notice notice--warning">
      <p id={`${id}-warning`}>{t.applyAnywayWarning}</p>
      <div class="checkbox">
        <input type="checkbox" id={id} name="applyAnyway" value="ya" checked={checked} aria-describedby={`${id}-warning`} />
        <label for={id}>{t.applyAnyway}</label>
      </div>
    </div>
  );
}

function ErrorText({ id, message, lang, link }: { id: string; message: string; lang: Language; link?: Link }) {
  return (
    <span class="error-message" id={id}>
      <span class="visually-hidden">{common[lang].form.errorPrefix}</span> {message}
      {link ? (
        <>
          {" "}
          <a href={link.href}>{link.label}</a>
        </>
      ) : null}
    </span>
  );
}

interface Link {
  readonly href: string;
  readonly label: string;
}

/** Ordered picks without JavaScript: one numbered select per choice, first choice first. */
function PicksForm({
  fair,
  vacancies,
  registration,
  state,
  csrf,
  lang,
}: {
  fair: FairDetail;
  vacancies: Map<string, VacancyDetailView>;
  registration: Registration | undefined;
  state: FormState;
  csrf: string;
  lang: Language;
}) {
  const t = fairTexts[lang].register;
  const chosen = state.picks ?? registration?.picks ?? [];
  const booths = [...fair.booths].sort((a, b) => a.name.localeCompare(b.name));
  // Published vacancies may be picked; one already chosen stays listed so the form keeps it.
  const pickable = (id: string) => vacancies.get(id)?.state === "published" || chosen.includes(id);
  const count = booths.reduce((n, b) => n + b.vacancyIds.filter(pickable).length, 0);
  const selects = Math.max(1, Math.min(MAX_PICKS, count), chosen.filter(Boolean).length);
  const applyAnyway = state.applyAnyway ?? registration?.applyAnyway ?? false;
  const showApplyAnyway = state.showApplyAnyway || applyAnyway;
  const link: Link | undefined =
    state.errorCode === "consent_required" ? { href: "/saya/persetujuan", label: t.consentLink } : undefined;
  return (
    <form method="post" action={`${fairPath(fair.fairId)}/daftar`} novalidate>
      <Csrf token={csrf} />
      <fieldset
        id="picks"
        class={state.error ? "field field--error" : "field"}
        aria-describedby={state.error ? "picks-hint picks-error" : "picks-hint"}
      >
        <legend>{t.legend}</legend>
        <span class="hint" id="picks-hint">
          {t.hint(MAX_PICKS)}
        </span>
        {state.error ? <ErrorText id="picks-error" message={state.error} lang={lang} {...(link ? { link } : {})} /> : null}
        <ol class="picks">
          {Array.from({ length: selects }, (_, i) => (
            <li>
              <label class="label" for={`pick${i + 1}`}>
                {t.choice(i + 1)}
                {i === 0 ? ` (${t.first})` : ""}
              </label>
              <select class="select" id={`pick${i + 1}`} name={`pick${i + 1}`}>
                <option value="">{t.empty}</option>
                {booths.map((booth) => (
                  <optgroup label={booth.name}>
                    {booth.vacancyIds.filter(pickable).map((id) => (
                      <option value={id} selected={chosen[i] === id}>
                        {vacancyLabel(vacancies.get(id), id, lang)}
                      </option>
                    ))}
                  </optgroup>
                ))}
              </select>
            </li>
          ))}
        </ol>
      </fieldset>
      {showApplyAnyway ? <ApplyAnyway lang={lang} checked={applyAnyway} id="applyAnyway" /> : null}
      <p class="hint">{t.applies}</p>
      <button type="submit" class="button">
        {registration ? t.save : t.submit}
      </button>
    </form>
  );
}

/** An organiser's import waiting for the graduate: what it picked, and Confirm. */
function ImportedRegistration({
  fairId,
  registration,
  vacancies,
  state,
  csrf,
  lang,
}: {
  fairId: string;
  registration: Registration;
  vacancies: Map<string, VacancyDetailView>;
  state: FormState;
  csrf: string;
  lang: Language;
}) {
  const t = fairTexts[lang].imported;
  return (
    <section class="notice notice--warning" id="konfirmasi" aria-labelledby="konfirmasi-judul">
      <h2 id="konfirmasi-judul">{t.title}</h2>
      <p>{t.text}</p>
      <ol>
        {registration.picks.map((id) => (
          <li>{vacancyLabel(vacancies.get(id), id, lang)}</li>
        ))}
      </ol>
      <form method="post" action={`${fairPath(fairId)}/konfirmasi`}>
        <Csrf token={csrf} />
        {state.confirmError ? <ErrorText id="konfirmasi-error" message={state.confirmError} lang={lang} /> : null}
        {state.confirmShowApplyAnyway ? <ApplyAnyway lang={lang} checked={false} id="confirmApplyAnyway" /> : null}
        <button type="submit" class="button">
          {t.confirm}
        </button>
      </form>
    </section>
  );
}

/** A fair's page: public facts and booths; for a graduate, their registration and what they may do with it. */
async function fairPage(c: WebContext, deps: Deps, fairId: string, state: FormState = {}, status: 200 | 400 | 409 | 422 = 200) {
  const lang = langOf(c);
  const t = fairTexts[lang];
  const actor = actorOf(c);
  const now = deps.now();
  const [fair, list] = await Promise.all([readFair(deps, actor, fairId), vacanciesAtFair(deps, actor, fairId)]);
  const vacancies = new Map(list.map((v) => [v.vacancyId, v]));
  const graduate = may(actor, registerForFair) ? (actor as Principal) : undefined;
  const [profile, registration] = graduate
    ? await Promise.all([profileOrNone(deps, graduate), registrationOrNone(deps, graduate, fairId)])
    : [undefined, undefined];
  const phase = phaseOf(fair, now);
  const csrf = c.get("session")?.csrf ?? "";
  const flash = known(
    {
      daftar: t.register.saved,
      konfirmasi: t.imported.confirmed,
      "konfirmasi-sebagian": `${t.imported.confirmed} ${t.imported.notApplied}`,
    },
    c.req.query("ok"),
  );
  const awaiting = registration?.source === "import" && !registration.confirmed;
  const summary = {
    fields: {
      ...(state.error ? { picks: state.error } : {}),
      ...(state.confirmError ? { konfirmasi: state.confirmError } : {}),
    },
    general: [],
  };
  return render(
    c,
    fair.name,
    <>
      <ErrorSummary errors={summary} lang={lang} labels={{ picks: t.register.legend, konfirmasi: t.imported.title }} />
      <h1>{fair.name}</h1>
      <p>
        <PhaseTag phase={phase} lang={lang} />
      </p>
      <Flash message={flash} />
      <FairFacts fair={fair} lang={lang} />
      {graduate && registration && fair.publishedVersion ? (
        <p>
          <a class="button" href={`${fairPath(fairId)}/wawancara`}>
            {t.myInterviews}
          </a>
        </p>
      ) : null}
      {graduate && registration && awaiting ? (
        <ImportedRegistration
          fairId={fairId}
          registration={registration}
          vacancies={vacancies}
          state={state}
          csrf={csrf}
          lang={lang}
        />
      ) : null}
      {graduate && registration && !awaiting && phase !== "open" ? (
        <section aria-labelledby="pilihan-anda">
          <h2 id="pilihan-anda">{t.register.yourPicks}</h2>
          <ol>
            {registration.picks.map((id) => (
              <li>{vacancyLabel(vacancies.get(id), id, lang)}</li>
            ))}
          </ol>
        </section>
      ) : null}
      {phase === "open" && !actor.sub ? (
        <p>
          <a class="button" href={`/masuk?kembali=${encodeURIComponent(fairPath(fairId))}`}>
            {t.register.signIn}
          </a>
        </p>
      ) : null}
      {graduate && !profile && phase === "open" ? (
        <div class="notice notice--warning">
          {t.register.profileFirst} <a href="/saya/profil">{t.register.profileLink}</a>
        </div>
      ) : null}
      {graduate && profile && phase === "open" ? (
        <section aria-labelledby="daftar">
          <h2 id="daftar">{registration ? t.register.change : t.register.title}</h2>
          <p>{t.register.lead}</p>
          <PicksForm fair={fair} vacancies={vacancies} registration={registration} state={state} csrf={csrf} lang={lang} />
        </section>
      ) : null}
      {graduate && !registration && phase !== "open" && phase !== "published" ? <p>{t.register.closed}</p> : null}
      {actor.sub && !graduate && phase === "open" ? <p>{t.register.onlyGraduates}</p> : null}
      <Booths fair={fair} vacancies={vacancies} lang={lang} />
    </>,
    status,
  );
}

/** `/bursa/{fairId}`: a fair (public), registering with ordered picks, confirming an organiser's import. */
export function detailRoutes(app: Hono<WebEnv>, { deps }: WebDeps) {
  app.get("/bursa/:fairId", (c) => fairPage(c, deps, idParam(c, "fairId")));

  // The form addresses, opened directly (a language switch after a refused form): the fair's page.
  for (const action of ["daftar", "konfirmasi"])
    app.get(`/bursa/:fairId/${action}`, (c) => {
      const lang = c.req.query("lang");
      return c.redirect(`${fairPath(idParam(c, "fairId"))}${lang ? `?lang=${encodeURIComponent(lang)}` : ""}`, 303);
    });

  app.post("/bursa/:fairId/daftar", async (c) => {
    const lang = langOf(c);
    const fairId = idParam(c, "fairId");
    const actor = signedIn(c);
    const form = await formOf(c);
    const picks = Array.from({ length: MAX_PICKS }, (_, i) => form[`pick${i + 1}`] ?? "");
    const applyAnyway = form.applyAnyway === "ya";
    const kept = { picks, applyAnyway };
    const wanted = [...new Set(picks.filter(Boolean))];
    if (wanted.length === 0) return fairPage(c, deps, fairId, { ...kept, error: fairTexts[lang].register.needOne }, 400);
    const parsed = RegistrationInput.safeParse({ picks: wanted, applyAnyway });
    if (!parsed.success) {
      const errors = formErrors(validationError(parsed.error), lang);
      const error = Object.values(errors.fields)[0] ?? errors.general[0];
      return fairPage(c, deps, fairId, { ...kept, ...(error ? { error } : {}) }, 400);
    }
    try {
      await registerForFair(deps, actor, fairId, parsed.data);
    } catch (error) {
      const message = refusalMessage(error, lang);
      if (message === undefined) throw error;
      const code = (error as AppError).code;
      return fairPage(
        c,
        deps,
        fairId,
        { ...kept, error: message, errorCode: code, showApplyAnyway: code === "not_eligible" || applyAnyway },
        statusOf(error),
      );
    }
    return c.redirect(`${fairPath(fairId)}?ok=daftar`, 303);
  });

  app.post("/bursa/:fairId/konfirmasi", async (c) => {
    const lang = langOf(c);
    const fairId = idParam(c, "fairId");
    const actor = signedIn(c);
    const form = await formOf(c);
    try {
      const confirmed = await confirmRegistration(deps, actor, fairId, form.applyAnyway === "ya");
      return c.redirect(`${fairPath(fairId)}?ok=${confirmed.notApplied?.length ? "konfirmasi-sebagian" : "konfirmasi"}`, 303);
    } catch (error) {
      const message = refusalMessage(error, lang);
      if (message === undefined) throw error;
      const code = (error as AppError).code;
      return fairPage(
        c,
        deps,
        fairId,
        { confirmError: message, confirmShowApplyAnyway: code === "not_eligible" },
        statusOf(error),
      );
    }
  });
}
