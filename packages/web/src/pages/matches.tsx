import {
  type ApplicationView,
  learnNext,
  type MatchView,
  myApplication,
  myApplications,
  myMatches,
  transitionApplication,
} from "@jalur/core";
import { type ApplicationState, applicationMachine, placementPolicy } from "@jalur/domain";
import type { Hono } from "hono";
import { langOf, type WebContext, type WebDeps, type WebEnv } from "../context.ts";
import { Csrf, SelectField } from "../form.tsx";
import { calendarDate, dateTime } from "../format.ts";
import type { Language } from "../i18n/define.ts";
import { matchTexts } from "../i18n/matches.ts";
import { formOf, render } from "../render.tsx";
import { signedIn } from "./profile.tsx";

const countryName = (code: string, lang: Language) =>
  new Intl.DisplayNames([lang === "id" ? "id" : "en"], { type: "region" }).of(code) ?? code;

const listOf = (items: readonly string[], lang: Language) =>
  new Intl.ListFormat(lang === "id" ? "id" : "en", { style: "long", type: "conjunction" }).format(items);

const COUNTRIES = Object.entries(placementPolicy.destinations)
  .filter(([, d]) => d.status === "allowed")
  .map(([code]) => code);

function stateTag(state: ApplicationState, lang: Language) {
  const t = matchTexts[lang];
  const tone =
    state === "offered" || state === "accepted" || state === "placed"
      ? "tag tag--ok"
      : state === "rejected" || state === "withdrawn" || state === "declined"
        ? "tag tag--grey"
        : "tag";
  return <span class={tone}>{t.states[state]}</span>;
}

function MatchCard({ match, lang }: { match: MatchView; lang: Language }) {
  const t = matchTexts[lang];
  const v = match.vacancy;
  return (
    <li class="card">
      <h2>
        <a href={`/lowongan/${encodeURIComponent(match.vacancyId)}`}>{v.title}</a>
      </h2>
      <p class="meta">
        {countryName(v.country, lang)} · {t.deadline(calendarDate(v.applicationDeadline, lang))} ·{" "}
        {t.start(calendarDate(v.expectedStart, lang))}
      </p>
      <p>
        {match.eligible ? <span class="tag tag--ok">{t.eligible}</span> : <span class="tag tag--warn">{t.notEligible}</span>}{" "}
        <span class="tag tag--grey">{t.score(match.score.toLocaleString(lang === "id" ? "id-ID" : "en-GB"))}</span>{" "}
        {match.applicationState ? stateTag(match.applicationState, lang) : null}
        {!match.eligible && match.missingRequired > 0 ? <span class="meta"> · {t.missing(match.missingRequired)}</span> : null}
      </p>
      <h3>{t.requirements}</h3>
      <ul class="lines">
        {match.lines.map((line) => (
          <li class={line.outcome === "met" ? "met" : line.outcome === "not_met" ? "missing" : "partial"}>
            <strong>{line.needed[lang]}</strong> ({line.importance === "required" ? t.required : t.preferred},{" "}
            {t.outcome[line.outcome]})
            <br />
            {line.explanation[lang]}
          </li>
        ))}
        {match.gates
          .filter((g) => !g.ok)
          .map((g) => (
            <li class="missing">{g.explanation[lang]}</li>
          ))}
      </ul>
    </li>
  );
}

async function LearnNextPanel({ c, deps }: { c: WebContext; deps: WebDeps["deps"] }) {
  const lang = langOf(c);
  const t = matchTexts[lang].learn;
  const next = await learnNext(deps, signedIn(c));
  if (!next) return null;
  const where = t.in(
    listOf(
      next.countries.map((code) => countryName(code, lang)),
      lang,
    ),
  );
  return (
    <section class="notice" aria-labelledby="belajar">
      <h2 id="belajar">★ {t.title}</h2>
      <p>
        <strong>{t.opens(next.needed[lang], next.opens, where)}</strong>
      </p>
      <p>{t.why}</p>
      <p>{t.examples}</p>
      <ul>
        {next.examples.map((e) => (
          <li>
            <a href={`/lowongan/${encodeURIComponent(e.vacancyId)}`}>{e.title}</a> ({countryName(e.country, lang)})
          </li>
        ))}
      </ul>
    </section>
  );
}

/** "Lowongan untuk saya" (matches, explained, with what to learn next) and "Lamaran saya". */
export function matchRoutes(app: Hono<WebEnv>, { deps }: WebDeps) {
  app.get("/saya/lowongan", async (c) => {
    const lang = langOf(c);
    const t = matchTexts[lang];
    const actor = signedIn(c);
    const country = COUNTRIES.includes(c.req.query("negara") ?? "") ? c.req.query("negara") : undefined;
    const sector = Object.hasOwn(placementPolicy.sectors, c.req.query("bidang") ?? "") ? c.req.query("bidang") : undefined;
    const cursor = c.req.query("cursor");
    const page = await myMatches(
      deps,
      actor,
      { limit: 20, ...(cursor ? { cursor } : {}) },
      { ...(country ? { country } : {}), ...(sector ? { sector } : {}) },
    );
    const next = page.cursor
      ? `/saya/lowongan?${new URLSearchParams({ ...(country ? { negara: country } : {}), ...(sector ? { bidang: sector } : {}), cursor: page.cursor })}`
      : undefined;
    return render(
      c,
      t.title,
      <>
        <h1>{t.title}</h1>
        <p class="lead">{t.lead}</p>
        {cursor ? null : await LearnNextPanel({ c, deps })}
        <form method="get" action="/saya/lowongan" class="filters" aria-label={t.filters}>
          <SelectField
            lang={lang}
            name="negara"
            label={t.country}
            value={country}
            optional
            placeholder={t.any}
            options={COUNTRIES.map((code) => [code, countryName(code, lang)] as const)}
          />
          <SelectField
            lang={lang}
            name="bidang"
            label={t.sector}
            value={sector}
            optional
            placeholder={t.any}
            options={Object.entries(placementPolicy.sectors).map(([code, s]) => [code, s.name[lang]] as const)}
          />
          <button type="submit" class="button button--secondary">
            {t.apply}
          </button>
        </form>
        {page.items.length === 0 ? (
          <p>
            {country || sector ? t.noneFiltered : t.none} <a href="/saya/kredensial">{t.addCredential}</a>
          </p>
        ) : (
          <ul class="cards">
            {page.items.map((match) => (
              <MatchCard match={match} lang={lang} />
            ))}
          </ul>
        )}
        {next ? (
          <p>
            <a href={next}>{t.more}</a>
          </p>
        ) : null}
      </>,
    );
  });

  app.get("/saya/lamaran", async (c) => {
    const lang = langOf(c);
    const t = matchTexts[lang].applications;
    const cursor = c.req.query("cursor");
    const page = await myApplications(deps, signedIn(c), { limit: 20, ...(cursor ? { cursor } : {}) });
    return render(
      c,
      t.title,
      <>
        <h1>{t.title}</h1>
        {page.items.length === 0 ? (
          <p>
            {t.none} <a href="/saya/lowongan">{matchTexts[lang].title}</a>
          </p>
        ) : (
          <ul class="cards">
            {page.items.map((a) => (
              <li class="card">
                <h2>
                  <a href={`/saya/lamaran/${encodeURIComponent(a.applicationId)}`}>{a.vacancyTitle}</a>
                </h2>
                <p>
                  {stateTag(a.state, lang)} <span class="meta">{t.appliedOn(dateTime(a.appliedAt, lang))}</span>
                </p>
              </li>
            ))}
          </ul>
        )}
        {page.cursor ? (
          <p>
            <a href={`/saya/lamaran?cursor=${encodeURIComponent(page.cursor)}`}>{t.more}</a>
          </p>
        ) : null}
      </>,
    );
  });

  const detail = (c: WebContext, application: ApplicationView, confirmWithdraw: boolean) => {
    const lang = langOf(c);
    const t = matchTexts[lang];
    const moves = applicationMachine.next(application.state, "graduate");
    return render(
      c,
      application.vacancyTitle,
      <>
        <p>
          <a href="/saya/lamaran">{t.applications.title}</a>
        </p>
        <h1>{application.vacancyTitle}</h1>
        {c.req.query("ok") ? (
          <div class="notice notice--success" role="status">
            {t.applications.moved}
          </div>
        ) : null}
        <p>
          {stateTag(application.state, lang)} <a href={`/lowongan/${encodeURIComponent(application.vacancyId)}`}>{t.details}</a>
        </p>
        {application.applyAnyway ? <div class="notice notice--warning">{t.applications.flagged}</div> : null}
        <h2>{t.applications.timeline}</h2>
        <ol class="timeline">
          {application.history.map((event) => (
            <li>
              <strong>{t.states[event.to]}</strong>
              <br />
              <span class="meta">
                {dateTime(event.at, lang)} · {t.applications.by[event.role]}
                {event.via ? ` · ${t.applications.via[event.via]}` : ""}
              </span>
              {event.note ? <p>{event.note}</p> : null}
            </li>
          ))}
        </ol>
        {moves.length > 0 ? (
          <>
            <h2>{t.applications.actions}</h2>
            {confirmWithdraw ? <div class="notice notice--warning">{t.applications.confirmWithdraw}</div> : null}
            <form method="post" action={`/saya/lamaran/${encodeURIComponent(application.applicationId)}`}>
              <Csrf token={c.get("session")?.csrf ?? ""} />
              {moves.map((to) =>
                to === "withdrawn" && !confirmWithdraw ? (
                  <a
                    class="button button--secondary"
                    href={`/saya/lamaran/${encodeURIComponent(application.applicationId)}?tarik=1`}
                  >
                    {t.moves.withdrawn}
                  </a>
                ) : (
                  <button
                    type="submit"
                    name="to"
                    value={to}
                    class={to === "withdrawn" || to === "declined" ? "button button--warning" : "button"}
                  >
                    {to === "withdrawn" ? t.applications.yesWithdraw : (t.moves[to] ?? t.states[to])}
                  </button>
                ),
              )}
            </form>
          </>
        ) : null}
      </>,
    );
  };

  app.get("/saya/lamaran/:applicationId", async (c) => {
    const application = await myApplication(deps, signedIn(c), c.req.param("applicationId"));
    return detail(c, application, c.req.query("tarik") === "1");
  });

  app.post("/saya/lamaran/:applicationId", async (c) => {
    const id = c.req.param("applicationId");
    const { to, note } = await formOf(c);
    const moves = ["accepted", "declined", "withdrawn"] as const;
    const target = moves.find((m) => m === to);
    if (target) await transitionApplication(deps, signedIn(c), id, target, note);
    return c.redirect(`/saya/lamaran/${encodeURIComponent(id)}${target ? "?ok=1" : ""}`, 303);
  });
}
