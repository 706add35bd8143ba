import {
  AppError,
  addCredential,
  CredentialInput,
  type CredentialView,
  type DataReadView,
  type Deps,
  findSkills,
  type GraduateProfileView,
  issuesOf,
  localizedMessage,
  markRead,
  myInbox,
  type NoticeOptOut,
  type NotificationView,
  OPTIONAL_NOTICES,
  optedOut,
  type Page,
  type Principal,
  readsOfMe,
  type SkillPage,
  type SkillView,
  setNotificationPreferences,
  unknownSkillError,
  unreadCount as unreadNotices,
  validationError,
} from "@jalur/core";
import {
  confirmationDue,
  dateInZone,
  defaultTaxonomy,
  expiryDate,
  isIsoDate,
  type Skill,
  skillSummary,
  taxonomyData,
} from "@jalur/domain";
import type { Hono } from "hono";
import type { Child } from "hono/jsx";
import { langOf, type WebContext, type WebDeps, type WebEnv } from "../context.ts";
import { attempt, Csrf, ErrorSummary, type FormErrors, formErrors, NO_ERRORS, SelectField, TextField } from "../form.tsx";
import { calendarDate, count, dateTime } from "../format.ts";
import { common } from "../i18n/common.ts";
import { credentialTexts } from "../i18n/credentials.ts";
import type { Language } from "../i18n/define.ts";
import { formOf, render } from "../render.tsx";
import { profileOrNone, signedIn } from "./profile.tsx";

type Texts = (typeof credentialTexts)[Language];

/** A credential falls due "soon" this many days ahead (expiry or the next welding confirmation). */
export const DUE_SOON_DAYS = 60;
const INBOX_PAGE = 20;
const AUDIT_PAGE = 20;
const SEARCH_RESULTS = 20;
const MAX_QUERY = 100;

const taxonomy = defaultTaxonomy;
const encode = encodeURIComponent;

/** The navigation's unread badge: the signed-in graduate's unread notices (0 for other roles). */
export async function unreadCount(deps: Deps, principal: Principal): Promise<number> {
  if (principal.role !== "graduate") return 0;
  return unreadNotices(deps, principal);
}

// ---------------------------------------------------------------------------------------------
// Names and dates of credentials

const skillName = (code: string, lang: Language) => taxonomy.skill(code)?.label[lang] ?? code;
const levelName = (code: string, level: string, lang: Language) => taxonomy.levelLabel(code, level)?.[lang] ?? level;
const positionName = (code: string, lang: Language) => taxonomy.position(code)?.label[lang] ?? code;

/** How a sentence names a credential: "JLPT N4", "Bahasa Korea (EPS-TOPIK, skor) 152", "Las MAG (GMAW) (135)". */
function credentialName(c: CredentialView, lang: Language): string {
  if (c.level) return levelName(c.skill, c.level, lang);
  if (c.score !== undefined) return `${skillName(c.skill, lang)} ${count(c.score, lang)}`;
  return skillName(c.skill, lang);
}

const daysFrom = (from: string, to: string) =>
  Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);

type Due = {
  readonly kind: "expiresSoon" | "expired" | "confirmSoon" | "unconfirmed";
  readonly date: string;
  readonly days: number;
};

/**
 * What needs the graduate's attention about one credential today: its expiry (printed, or the
 * taxonomy's validity) within DUE_SOON_DAYS or past, else its next 6-monthly confirmation
 * (welding) within DUE_SOON_DAYS or missed. Rejected credentials need none.
 */
function duesOf(c: CredentialView, today: string): Due[] {
  if (c.verification === "rejected") return [];
  const skill = taxonomy.skill(c.skill);
  const expiry = expiryDate(c, skill);
  if (expiry) {
    const days = daysFrom(today, expiry);
    if (days < 0) return [{ kind: "expired", date: expiry, days }];
    if (days <= DUE_SOON_DAYS) return [{ kind: "expiresSoon", date: expiry, days }];
  }
  const due = confirmationDue(c, skill);
  if (due) {
    const days = daysFrom(today, due);
    if (days < 0) return [{ kind: "unconfirmed", date: due, days }];
    if (days <= DUE_SOON_DAYS) return [{ kind: "confirmSoon", date: due, days }];
  }
  return [];
}

function dueText(t: Texts, c: CredentialView, due: Due, lang: Language): string {
  const what = credentialName(c, lang);
  const date = calendarDate(due.date, lang);
  switch (due.kind) {
    case "expiresSoon":
      return t.list.expiresSoon(what, date, due.days);
    case "expired":
      return t.list.expired(what, date);
    case "confirmSoon":
      return t.list.confirmSoon(what, date, due.days);
    case "unconfirmed":
      return t.list.unconfirmed(what, date);
  }
}

function StateTag({ c, t }: { c: CredentialView; t: Texts }) {
  const [css, label] =
    c.verification === "verified"
      ? ["tag tag--ok", t.state.verified]
      : c.verification === "rejected"
        ? ["tag tag--error", t.state.rejected]
        : ["tag tag--grey", t.state.pending];
  return <strong class={css}>{label}</strong>;
}

function Row({ label, children }: { label: string; children?: Child }) {
  return (
    <div>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

function CredentialCard({ c, lang, today }: { c: CredentialView; lang: Language; today: string }) {
  const t = credentialTexts[lang];
  const skill = taxonomy.skill(c.skill);
  const expiry = expiryDate(c, skill);
  const confirmBy = confirmationDue(c, skill);
  const [due] = duesOf(c, today);
  const lapsed = due?.kind === "expired" || due?.kind === "unconfirmed";
  const w = c.welding;
  return (
    <li class="card credential" id={`sertifikat-${c.id}`}>
      <h2>{skillName(c.skill, lang)}</h2>
      <p class="credential__state">
        <StateTag c={c} t={t} />
        {due ? (
          <>
            {" "}
            <strong class={lapsed ? "tag tag--error" : "tag tag--warn"}>{lapsed ? t.state.expired : t.state.dueSoon}</strong>
          </>
        ) : null}
      </p>
      {c.verification === "rejected" ? (
        <div class="notice notice--warning">
          <p>
            <strong>{t.item.reason}:</strong> {c.reviewNote ?? t.item.noReason}
          </p>
          <p>{t.item.rejectedHint}</p>
        </div>
      ) : null}
      <dl class="summary">
        {c.level ? <Row label={t.item.level}>{levelName(c.skill, c.level, lang)}</Row> : null}
        {c.score !== undefined ? <Row label={t.item.score}>{count(c.score, lang)}</Row> : null}
        {w ? <Row label={t.item.positions}>{w.positions.map((p) => positionName(p, lang)).join(", ")}</Row> : null}
        {w?.thicknessMm ? (
          <Row label={t.item.thickness}>
            {t.item.thicknessRange(
              count(w.thicknessMm.min, lang),
              w.thicknessMm.max === undefined ? undefined : count(w.thicknessMm.max, lang),
            )}
          </Row>
        ) : null}
        {w?.pipeOdMinMm !== undefined ? <Row label={t.item.pipeOdMin}>{`${count(w.pipeOdMinMm, lang)} mm`}</Row> : null}
        {w?.materialGroups?.length ? <Row label={t.item.materialGroups}>{w.materialGroups.join(", ")}</Row> : null}
        {c.units?.length ? <Row label={t.item.units}>{c.units.join(", ")}</Row> : null}
        <Row label={t.item.issuer}>{c.issuer}</Row>
        <Row label={t.item.number}>{c.number}</Row>
        <Row label={t.item.issuedOn}>{calendarDate(c.issuedOn, lang)}</Row>
        <Row label={t.item.validUntil}>
          {expiry
            ? `${calendarDate(expiry, lang)}${!c.expiresOn && skill?.validityMonths ? ` (${t.item.byRule(skill.validityMonths)})` : ""}`
            : t.item.noExpiry}
        </Row>
        {c.lastConfirmedOn ? <Row label={t.item.lastConfirmedOn}>{calendarDate(c.lastConfirmedOn, lang)}</Row> : null}
        {confirmBy ? <Row label={t.item.confirmBy}>{calendarDate(confirmBy, lang)}</Row> : null}
        <Row label={t.item.evidence}>
          <span class="break-anywhere">{c.evidenceRef}</span>
        </Row>
        <Row label={t.item.submittedAt}>{dateTime(c.submittedAt, lang)}</Row>
        {c.reviewedAt ? <Row label={t.item.reviewedAt}>{dateTime(c.reviewedAt, lang)}</Row> : null}
      </dl>
    </li>
  );
}

// ---------------------------------------------------------------------------------------------
// The skill picker: a search over the taxonomy (htmx active search; a plain GET form without JS)

function skillHref(code: string, q: string | undefined) {
  return `/saya/kredensial/tambah?skill=${encode(code)}${q ? `&q=${encode(q)}` : ""}`;
}

function SkillList({ items, lang, q }: { items: readonly SkillView[]; lang: Language; q?: string }) {
  const t = credentialTexts[lang];
  return (
    <ul class="skill-results">
      {items.map((s) => (
        <li>
          <a href={skillHref(s.code, q)}>{s.label[lang]}</a> <span class="meta">{`${t.add.kind[s.kind]} · ${s.code}`}</span>
        </li>
      ))}
    </ul>
  );
}

/** What the results region shows: nothing before a search, the matches (or none) after one, or the whole list. */
function SkillResults({ lang, q, page, all }: { lang: Language; q: string; page?: SkillPage; all?: boolean }) {
  const t = credentialTexts[lang];
  if (!page)
    return (
      <p>
        <a href="/saya/kredensial/tambah?semua=1">{t.add.showAll}</a>
      </p>
    );
  if (all)
    return (
      <>
        <h2>{t.add.allTitle}</h2>
        <SkillList items={page.items} lang={lang} />
        {page.next !== undefined ? (
          <p>
            <a href={`/saya/kredensial/tambah?semua=1&mulai=${page.next}`}>{t.add.more}</a>
          </p>
        ) : null}
      </>
    );
  if (page.items.length === 0)
    return (
      <>
        <p>{t.add.noResults(q)}</p>
        <p>
          <a href="/saya/kredensial/tambah?semua=1">{t.add.showAll}</a>
        </p>
      </>
    );
  return (
    <>
      <p>
        <strong>{t.add.results(page.total, q)}</strong> {t.add.choose}
      </p>
      <SkillList items={page.items} lang={lang} q={q} />
      {page.total > page.items.length ? (
        <p>
          <a href="/saya/kredensial/tambah?semua=1">{t.add.showAll}</a>
        </p>
      ) : null}
    </>
  );
}

function SkillSearch({ lang, q, error, children }: { lang: Language; q: string; error?: string; children?: Child }) {
  const t = credentialTexts[lang];
  return (
    <>
      <form method="get" action="/saya/kredensial/tambah" class="skill-search">
        <div class={error ? "field field--error" : "field"}>
          <label class="label" for="q">
            {t.add.searchLabel}
          </label>
          <span class="hint" id="q-hint">
            {t.add.searchHint}
          </span>
          {error ? (
            <span class="error-message" id="q-error">
              <span class="visually-hidden">{common[lang].form.errorPrefix}</span> {error}
            </span>
          ) : null}
          <div class="skill-search__row">
            <input
              class="input"
              type="search"
              id="q"
              name="q"
              value={q}
              maxlength={MAX_QUERY}
              autocomplete="off"
              spellcheck={false}
              aria-describedby={error ? "q-hint q-error" : "q-hint"}
              aria-invalid={error ? "true" : undefined}
              aria-controls="hasil-keahlian"
              hx-get="/saya/kredensial/keahlian"
              hx-trigger="input changed delay:300ms, search"
              hx-target="#hasil-keahlian"
              hx-sync="this:replace"
            />
            <button type="submit" class="button button--inline">
              {t.add.searchButton}
            </button>
          </div>
        </div>
      </form>
      <div id="hasil-keahlian" class="skill-results-region" aria-live="polite">
        {children}
      </div>
    </>
  );
}

async function searchPage(deps: Deps, actor: Principal, q: string, all: boolean, from: number): Promise<SkillPage | undefined> {
  if (q) return findSkills(deps, actor, { q, limit: SEARCH_RESULTS });
  if (all) return findSkills(deps, actor, { limit: 50, offset: from });
  return undefined;
}

const queryOf = (c: WebContext) => (c.req.query("q") ?? "").trim().slice(0, MAX_QUERY);

// ---------------------------------------------------------------------------------------------
// The credential form, for one chosen skill

/** The form's fields, by core's issue paths (`welding.positions.0` is the positions field). */
function fieldOfPath(path: string): string | undefined {
  const [head, second, third] = path.split(".");
  if (head !== "welding") return head;
  if (second === "thicknessMm") return third === "max" ? "thicknessMax" : "thicknessMin";
  if (second === "pipeOdMinMm") return "pipeOdMin";
  if (second === "materialGroups") return "materialGroups";
  return "positions";
}

interface FormState {
  readonly skill?: Skill;
  /** What was sent as the skill when the taxonomy does not know it. */
  readonly unknownSkill?: string;
  readonly suggestions: readonly SkillView[];
  readonly values: Readonly<Record<string, string>>;
  readonly positions: readonly string[];
  readonly errors: FormErrors;
  readonly q?: string;
}

function labelsFor(t: Texts, skill: Skill | undefined): Record<string, string> {
  return {
    skill: t.add.skill,
    level: t.add.level,
    score: t.add.score,
    positions: t.add.positions,
    thicknessMin: t.add.thicknessMin,
    thicknessMax: t.add.thicknessMax,
    pipeOdMin: t.add.pipeOdMin,
    materialGroups: t.add.materialGroups,
    lastConfirmedOn: t.add.lastConfirmedOn,
    units: t.add.units,
    issuer: t.add.issuer,
    number: t.add.number,
    issuedOn: t.add.issuedOn,
    expiresOn: t.add.expiresOn,
    evidenceRef: t.add.evidenceRef,
    ...(skill ? {} : { level: t.add.levelText }),
  };
}

function PositionsField({ lang, chosen, error }: { lang: Language; chosen: readonly string[]; error?: string }) {
  const t = credentialTexts[lang];
  return (
    <div class={error ? "field field--error" : "field"}>
      <fieldset aria-describedby={error ? "positions-hint positions-error" : "positions-hint"}>
        <legend>{t.add.positions}</legend>
        <span class="hint" id="positions-hint">
          {t.add.positionsHint}
        </span>
        {error ? (
          <span class="error-message" id="positions-error">
            <span class="visually-hidden">{common[lang].form.errorPrefix}</span> {error}
          </span>
        ) : null}
        {taxonomyData.weldingPositions.map((p, i) => {
          const id = i === 0 ? "positions" : `positions-${p.code}`;
          return (
            <div class="checkbox">
              <input type="checkbox" id={id} name="positions" value={p.code} checked={chosen.includes(p.code)} />
              <label for={id}>{p.label[lang]}</label>
            </div>
          );
        })}
      </fieldset>
    </div>
  );
}

/** When the sent skill is unknown: core's "did you mean …" beside the choice of its suggestions. */
function UnknownSkillField({ lang, state }: { lang: Language; state: FormState }) {
  const t = credentialTexts[lang];
  const error = state.errors.fields.skill;
  if (state.suggestions.length === 0)
    return (
      <>
        <TextField lang={lang} name="skill" label={t.add.skillText} value={state.unknownSkill} error={error} maxlength={80} />
        <p>
          <a href={`/saya/kredensial/tambah?q=${encode(state.unknownSkill ?? "")}`}>{t.add.searchAgain}</a>
        </p>
      </>
    );
  return (
    <div class="field field--error">
      <fieldset aria-describedby="skill-error">
        <legend>{t.add.unknownChoose}</legend>
        <span class="error-message" id="skill-error">
          <span class="visually-hidden">{common[lang].form.errorPrefix}</span> {error}
        </span>
        {state.suggestions.map((s, i) => {
          const id = i === 0 ? "skill" : `skill-${i}`;
          return (
            <div class="checkbox">
              <input type="radio" id={id} name="skill" value={s.code} />
              <label for={id}>
                {s.label[lang]} <span class="meta">({s.code})</span>
              </label>
            </div>
          );
        })}
      </fieldset>
      <p>
        <a href={`/saya/kredensial/tambah?q=${encode(state.unknownSkill ?? "")}`}>{t.add.searchAgain}</a>
      </p>
    </div>
  );
}

function CredentialForm({ lang, csrf, state }: { lang: Language; csrf: string; state: FormState }) {
  const t = credentialTexts[lang];
  const { skill, values, errors } = state;
  const f = (name: string) => errors.fields[name];
  const optionalText = (name: string, label: string, hint?: string, short = true) => (
    <TextField
      lang={lang}
      name={name}
      label={label}
      {...(hint ? { hint } : {})}
      value={values[name]}
      error={f(name)}
      optional
      short={short}
      inputmode="text"
      maxlength={200}
    />
  );
  return (
    <>
      <ErrorSummary errors={errors} lang={lang} labels={labelsFor(t, skill)} />
      <form method="post" action="/saya/kredensial/tambah" novalidate>
        <Csrf token={csrf} />
        {state.q ? <input type="hidden" name="q" value={state.q} /> : null}
        {skill ? (
          <>
            <input type="hidden" name="skill" value={skill.code} />
            <dl class="summary">
              <Row label={t.add.skill}>
                {skill.label[lang]} <span class="meta">({skill.code})</span>{" "}
                <a href={`/saya/kredensial/tambah${state.q ? `?q=${encode(state.q)}` : ""}`}>{t.add.change}</a>
              </Row>
            </dl>
          </>
        ) : (
          <UnknownSkillField lang={lang} state={state} />
        )}
        {skill?.kind === "scale" ? (
          <SelectField
            lang={lang}
            name="level"
            label={t.add.level}
            hint={t.add.levelHint}
            value={values.level}
            error={f("level")}
            options={skill.levels.map((l) => [l.code, l.label[lang]] as const)}
            placeholder={t.add.chooseLevel}
          />
        ) : null}
        {skill ? null : optionalText("level", t.add.levelText)}
        {skill?.kind === "score" || (!skill && values.score) ? (
          <TextField
            lang={lang}
            name="score"
            label={t.add.score}
            hint={skill?.kind === "score" ? t.add.scoreHint(skill.min, skill.max) : undefined}
            value={values.score}
            error={f("score")}
            inputmode="numeric"
            short
            maxlength={12}
          />
        ) : null}
        {skill?.kind === "welding" ? (
          <>
            <PositionsField lang={lang} chosen={state.positions} error={f("positions")} />
            {optionalText("thicknessMin", t.add.thicknessMin, t.add.thicknessHint)}
            {optionalText("thicknessMax", t.add.thicknessMax)}
            {optionalText("pipeOdMin", t.add.pipeOdMin, t.add.pipeOdMinHint)}
            {optionalText("materialGroups", t.add.materialGroups, t.add.materialGroupsHint, false)}
          </>
        ) : (
          state.positions.map((p) => <input type="hidden" name="positions" value={p} />)
        )}
        {skill?.family === "competency" ? optionalText("units", t.add.units, t.add.unitsHint, false) : null}
        <TextField
          lang={lang}
          name="issuer"
          label={t.add.issuer}
          hint={t.add.issuerHint}
          value={values.issuer}
          error={f("issuer")}
          maxlength={200}
        />
        <TextField lang={lang} name="number" label={t.add.number} value={values.number} error={f("number")} maxlength={100} />
        <TextField
          lang={lang}
          name="issuedOn"
          type="date"
          label={t.add.issuedOn}
          hint={t.add.dateHint}
          value={values.issuedOn}
          error={f("issuedOn")}
          short
        />
        <TextField
          lang={lang}
          name="expiresOn"
          type="date"
          label={t.add.expiresOn}
          hint={t.add.expiresOnHint}
          value={values.expiresOn}
          error={f("expiresOn")}
          optional
          short
        />
        {skill?.kind === "welding" || skill?.confirmationMonths ? (
          <TextField
            lang={lang}
            name="lastConfirmedOn"
            type="date"
            label={t.add.lastConfirmedOn}
            hint={t.add.lastConfirmedOnHint}
            value={values.lastConfirmedOn}
            error={f("lastConfirmedOn")}
            optional
            short
          />
        ) : null}
        <TextField
          lang={lang}
          name="evidenceRef"
          label={t.add.evidenceRef}
          hint={t.add.evidenceRefHint}
          value={values.evidenceRef}
          error={f("evidenceRef")}
          maxlength={500}
        />
        <button type="submit" class="button">
          {t.add.submit}
        </button>
        <a href="/saya/kredensial" class="button button--secondary">
          {t.add.cancel}
        </a>
      </form>
    </>
  );
}

/** "12,5" or "12.5" as a number; undefined for anything else. */
function millimetres(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value.replace(",", "."));
  return /^\d+(?:[.,]\d+)?$/.test(value) && Number.isFinite(n) ? n : undefined;
}

const listOf = (value: string | undefined) =>
  (value ?? "")
    .split(/[,;\n]+/)
    .map((s) => s.trim())
    .filter(Boolean);

const plausibleDate = (d: string) => isIsoDate(d) && d >= "1900-01-01" && d <= "2100-12-31";

/**
 * The form as a credential: what the form asks for is checked here, in the page's words (a
 * required field left empty, a level not on the list, a score out of the skill's range, a
 * number that is not one); everything else is core's to say.
 */
function credentialFromForm(
  values: Record<string, string>,
  positions: readonly string[],
  skill: Skill | undefined,
  lang: Language,
): { input: Record<string, unknown>; errors: FormErrors } {
  const t = credentialTexts[lang].add.required;
  const fields: Record<string, string> = {};
  if (!values.skill) fields.skill = t.skill;
  const input: Record<string, unknown> = { skill: values.skill };
  if (skill?.kind === "scale") {
    if (!values.level || !skill.levels.some((l) => l.code === values.level)) fields.level = t.level;
    else input.level = values.level;
  } else if (!skill && values.level) input.level = values.level;
  if (skill?.kind === "score" || (!skill && values.score)) {
    const score = millimetres(values.score);
    if (skill?.kind === "score" && (score === undefined || score < skill.min || score > skill.max))
      fields.score = t.score(skill.min, skill.max);
    else input.score = score ?? values.score;
  }
  if (skill?.kind === "welding") {
    if (positions.length === 0 || positions.some((p) => !taxonomy.position(p))) fields.positions = t.positions;
    const welding: Record<string, unknown> = { positions };
    const min = millimetres(values.thicknessMin);
    const max = millimetres(values.thicknessMax);
    if (values.thicknessMin && min === undefined) fields.thicknessMin = t.millimetres;
    if (values.thicknessMax && max === undefined) fields.thicknessMax = t.millimetres;
    if (min !== undefined || max !== undefined) welding.thicknessMm = { min: min ?? 0, ...(max !== undefined ? { max } : {}) };
    const od = millimetres(values.pipeOdMin);
    if (values.pipeOdMin && od === undefined) fields.pipeOdMin = t.millimetres;
    if (od !== undefined) welding.pipeOdMinMm = od;
    const groups = listOf(values.materialGroups);
    if (groups.length > 0) welding.materialGroups = groups;
    input.welding = welding;
  }
  if (skill?.family === "competency") {
    const units = listOf(values.units);
    if (units.length > 0) input.units = units;
  }
  for (const name of ["issuer", "number", "evidenceRef"] as const) {
    if (!values[name]) fields[name] = t[name];
    else input[name] = values[name];
  }
  if (!values.issuedOn) fields.issuedOn = t.issuedOn;
  for (const name of ["issuedOn", "expiresOn", "lastConfirmedOn"] as const) {
    const value = values[name];
    if (!value || (name === "lastConfirmedOn" && !(skill?.kind === "welding" || skill?.confirmationMonths))) continue;
    if (!plausibleDate(value)) fields[name] ??= t.date;
    else input[name] = value;
  }
  return { input, errors: { fields, general: [] } };
}

/** A skill code as long as a credential may hold one (what the suggestions are computed from). */
const MAX_SKILL_CODE = 80;

/** Core's refusal of a skill code it does not know, in the user's language ("… maksud Anda lang.ja.jlpt?"). */
const unknownSkillText = (code: string, lang: Language) =>
  localizedMessage(unknownSkillError(code.slice(0, MAX_SKILL_CODE)), lang);

/** A form's fields with every value of repeated ones (checkboxes); the first value of the others, trimmed. */
async function formWithLists(c: WebContext): Promise<{ values: Record<string, string>; lists: Record<string, string[]> }> {
  const body = await c.req.parseBody({ all: true });
  const values: Record<string, string> = {};
  const lists: Record<string, string[]> = {};
  for (const [k, v] of Object.entries(body)) {
    if (k === "_csrf") continue;
    const all = (Array.isArray(v) ? v : [v]).filter((x): x is string => typeof x === "string").map((x) => x.trim());
    lists[k] = all.filter(Boolean);
    if (all[0]) values[k] = all[0];
  }
  return { values, lists };
}

const suggestionsFor = (code: string, lang: Language): SkillView[] =>
  issuesOf(unknownSkillError(code.slice(0, MAX_SKILL_CODE)), lang)
    .flatMap((i) => i.suggestions ?? [])
    .map((s) => taxonomy.skill(s))
    .filter((s): s is Skill => s !== undefined)
    .map(skillSummary);

// ---------------------------------------------------------------------------------------------
// Paging with the signed cursor

/** A page of a list, or undefined when the cursor in the address is not one we issued. */
async function pageOrStale<T>(run: () => Promise<Page<T>>): Promise<Page<T> | undefined> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof AppError && error.code === "invalid_cursor") return undefined;
    throw error;
  }
}

function stalePage(c: WebContext, title: string, first: string) {
  const t = credentialTexts[langOf(c)];
  return render(
    c,
    title,
    <>
      <h1>{title}</h1>
      <p>{t.badCursor}</p>
      <p>
        <a href={first}>{t.firstPage}</a>
      </p>
    </>,
    400,
  );
}

const cursorOf = (c: WebContext) => {
  const cursor = c.req.query("cursor");
  return cursor ? { cursor } : {};
};

function Pager({
  path,
  cursor,
  next,
  newer,
  older,
}: {
  path: string;
  cursor?: string;
  next?: string;
  newer: string;
  older: string;
}) {
  if (!cursor && !next) return null;
  return (
    <nav class="pager" aria-label={older}>
      {cursor ? <a href={path}>{newer}</a> : null}
      {next ? (
        <a href={`${path}?cursor=${encode(next)}`} rel="next">
          {older}
        </a>
      ) : null}
    </nav>
  );
}

// ---------------------------------------------------------------------------------------------
// The inbox

/** The page a notice's API link is about, where there is one; other links are left out. */
export function pageForLink(link: string | undefined): string | undefined {
  const path = link?.split(/[?#]/)[0];
  if (!path) return undefined;
  if (path === "/v1/graduates/me") return "/saya/kredensial";
  const application = /^\/v1\/applications\/([^/]+)$/.exec(path);
  if (application?.[1]) return `/saya/lamaran/${encode(decodeURIComponent(application[1]))}`;
  const fair = /^\/v1\/fairs\/([A-Za-z0-9_-]+)(?:\/|$)/.exec(path);
  if (fair) return `/bursa/${fair[1]}`;
  const vacancy = /^\/v1\/vacancies\/([A-Za-z0-9_-]+)$/.exec(path);
  if (vacancy) return `/lowongan/${vacancy[1]}`;
  return undefined;
}

function InboxItem({ n, lang, csrf, cursor }: { n: NotificationView; lang: Language; csrf: string; cursor?: string }) {
  const t = credentialTexts[lang].inbox;
  const href = (() => {
    try {
      return pageForLink(n.link);
    } catch {
      return undefined; // a link that does not decode
    }
  })();
  return (
    <li class={n.read ? "inbox__item" : "inbox__item inbox__item--unread"}>
      <h2 class="inbox__title">
        {n.read ? null : (
          <>
            <strong class="tag">{t.unread}</strong>{" "}
          </>
        )}
        {n.title}
      </h2>
      <p>{n.body}</p>
      <p class="meta">
        <time datetime={n.createdAt}>{dateTime(n.createdAt, lang)}</time>
      </p>
      <div class="inbox__actions">
        {href ? (
          <a href={href} class="inbox__open">
            {t.open}
            <span class="visually-hidden">: {n.title}</span>
          </a>
        ) : null}
        {n.read ? null : (
          <form method="post" action={`/saya/kotak-masuk/${encode(n.notificationId)}/dibaca`} class="inline-form">
            <Csrf token={csrf} />
            {cursor ? <input type="hidden" name="cursor" value={cursor} /> : null}
            <button type="submit" class="button button--secondary button--inline">
              {t.markRead}
              <span class="visually-hidden">: {n.title}</span>
            </button>
          </form>
        )}
      </div>
    </li>
  );
}

// ---------------------------------------------------------------------------------------------
// Who read my data

const READS: readonly [RegExp, (t: Texts["audit"]["reads"], m: RegExpExecArray) => string][] = [
  [/^name in the candidate list of vacancy /, (t) => t.candidateList],
  [/^name in the applications to vacancy /, (t) => t.applications],
  [/^contact details via application /, (t) => t.contact],
  [/^name in the registrants of booth /, (t) => t.registrants],
  [/^name in the interview schedule of booth /, (t) => t.boothSchedule],
  [/^name in the schedule export of booth /, (t) => t.scheduleExport],
  [/^name at check-in at booth /, (t) => t.checkIn],
  [
    /^an? (email|sms|whatsapp) message to them, in the outbox$/,
    (t, m) => t.outbox(({ email: "email", sms: "SMS", whatsapp: "WhatsApp" } as Record<string, string>)[m[1] ?? ""] ?? ""),
  ],
];

/** What was read, in the graduate's words; core's own description where the page knows no better. */
export function readDescription(what: string, lang: Language): string {
  for (const [pattern, describe] of READS) {
    const m = pattern.exec(what);
    if (m) return describe(credentialTexts[lang].audit.reads, m);
  }
  return what;
}

function ReadItem({ r, lang }: { r: DataReadView; lang: Language }) {
  const t = credentialTexts[lang].audit;
  const role = common[lang].roles[r.role];
  return (
    <li class="card">
      <dl class="summary">
        <Row label={t.when}>
          <time datetime={r.at}>{dateTime(r.at, lang)}</time>
        </Row>
        <Row label={t.who}>{r.recruiterId ? t.organisation(role, r.recruiterId) : role}</Row>
        <Row label={t.what}>{readDescription(r.what, lang)}</Row>
      </dl>
    </li>
  );
}

// ---------------------------------------------------------------------------------------------
// Notification settings

function PreferencesForm({
  lang,
  csrf,
  profile,
  optOut,
  errors,
}: {
  lang: Language;
  csrf: string;
  profile: GraduateProfileView;
  optOut: readonly NoticeOptOut[];
  errors: FormErrors;
}) {
  const t = credentialTexts[lang].prefs;
  return (
    <>
      <ErrorSummary errors={errors} lang={lang} labels={{}} />
      <h2>{t.channelsTitle}</h2>
      <ul>
        <li>{t.inApp}</li>
        {profile.email ? (
          <li>{t.email(profile.email)}</li>
        ) : profile.phone ? (
          <li>{t.sms(profile.phone)}</li>
        ) : (
          <li>{t.noContact}</li>
        )}
        <li>{t.whatsapp}</li>
      </ul>
      <p>
        <a href="/saya/profil">{t.changeContact}</a>
      </p>
      <p>{t.perType}</p>
      <form method="post" action="/saya/pemberitahuan">
        <Csrf token={csrf} />
        {OPTIONAL_NOTICES.map((notice) => (
          <fieldset class="field">
            <legend>{t.types[notice]}</legend>
            {(["in-app", "external"] as const).map((channel) => (
              <div class="checkbox">
                <input
                  type="checkbox"
                  id={`notice-${notice}-${channel}`}
                  name="notices"
                  value={`${notice}@${channel}`}
                  checked={!optedOut(optOut, notice, channel)}
                />
                <label for={`notice-${notice}-${channel}`}>{channel === "in-app" ? t.channelInbox : t.channelExternal}</label>
              </div>
            ))}
          </fieldset>
        ))}
        <p class="notice">{t.always}</p>
        <button type="submit" class="button">
          {t.save}
        </button>
      </form>
    </>
  );
}

// ---------------------------------------------------------------------------------------------
// Routes

/** The graduate's certificates, inbox, notification settings and the audit of reads of their data. */
export function credentialRoutes(app: Hono<WebEnv>, { deps }: WebDeps) {
  const csrfOf = (c: WebContext) => c.get("session")?.csrf ?? "";

  app.get("/saya/kredensial", async (c) => {
    const lang = langOf(c);
    const t = credentialTexts[lang];
    const profile = await profileOrNone(deps, signedIn(c));
    if (!profile) return c.redirect("/saya/profil", 303);
    const today = dateInZone(deps.now());
    const credentials = [...profile.credentials].sort((a, b) => b.submittedAt.localeCompare(a.submittedAt));
    const dues = credentials.flatMap((cr) => duesOf(cr, today).map((d) => dueText(t, cr, d, lang)));
    return render(
      c,
      t.list.title,
      <>
        <h1>{t.list.title}</h1>
        {c.req.query("ditambah") ? (
          <div class="notice notice--success" role="status">
            {t.list.added(profile.ppkd)}
          </div>
        ) : null}
        <p class="lead">{t.list.lead}</p>
        {dues.length > 0 ? (
          <div class="notice notice--warning credential-due">
            <h2>{t.list.dueTitle}</h2>
            <ul>
              {dues.map((d) => (
                <li>{d}</li>
              ))}
            </ul>
          </div>
        ) : null}
        <p>
          <a class="button" href="/saya/kredensial/tambah">
            {t.list.add}
          </a>
        </p>
        {credentials.length === 0 ? (
          <>
            <p>
              <strong>{t.list.empty}</strong>
            </p>
            <p>{t.list.emptyHint}</p>
          </>
        ) : (
          <ul class="cards">
            {credentials.map((cr) => (
              <CredentialCard c={cr} lang={lang} today={today} />
            ))}
          </ul>
        )}
      </>,
    );
  });

  app.get("/saya/kredensial/tambah", async (c) => {
    const lang = langOf(c);
    const t = credentialTexts[lang];
    const actor = signedIn(c);
    if (!(await profileOrNone(deps, actor))) return c.redirect("/saya/profil", 303);
    const q = queryOf(c);
    const code = c.req.query("skill");
    const page = (body: Child, status: 200 | 400 = 200) =>
      render(
        c,
        t.add.title,
        <>
          <p>
            <a href="/saya/kredensial">{common[lang].form.back}</a>
          </p>
          <h1>{t.add.title}</h1>
          <p class="lead">{t.add.lead}</p>
          {body}
        </>,
        status,
      );
    if (code) {
      const skill = taxonomy.skill(code);
      if (skill)
        return page(
          <CredentialForm
            lang={lang}
            csrf={csrfOf(c)}
            state={{ skill, suggestions: [], values: {}, positions: [], errors: NO_ERRORS, ...(q ? { q } : {}) }}
          />,
        );
      // A skill the taxonomy does not know (typed into the address): core's "did you mean …", and its suggestions.
      const message = unknownSkillText(code.slice(0, MAX_QUERY), lang);
      return page(
        <>
          <ErrorSummary errors={{ fields: { q: message }, general: [] }} lang={lang} labels={{ q: t.add.searchLabel }} />
          <SkillSearch lang={lang} q={code.slice(0, MAX_QUERY)} error={message}>
            <SkillList items={suggestionsFor(code, lang)} lang={lang} />
          </SkillSearch>
        </>,
        400,
      );
    }
    const all = c.req.query("semua") === "1";
    const from = Number(c.req.query("mulai") ?? "0");
    const results = await searchPage(deps, actor, q, all, Number.isSafeInteger(from) && from >= 0 ? from : 0);
    return page(
      <SkillSearch lang={lang} q={q}>
        <SkillResults lang={lang} q={q} {...(results ? { page: results } : {})} all={!q && all} />
      </SkillSearch>,
    );
  });

  // The active search's results region (htmx); without htmx, the same search as a page.
  app.get("/saya/kredensial/keahlian", async (c) => {
    const actor = signedIn(c);
    const q = queryOf(c);
    if (c.req.header("hx-request") !== "true") return c.redirect(`/saya/kredensial/tambah${q ? `?q=${encode(q)}` : ""}`, 303);
    const lang = langOf(c);
    const results = await searchPage(deps, actor, q, false, 0);
    return c.html(<SkillResults lang={lang} q={q} {...(results ? { page: results } : {})} />);
  });

  app.post("/saya/kredensial/tambah", async (c) => {
    const lang = langOf(c);
    const t = credentialTexts[lang];
    const actor = signedIn(c);
    if (!(await profileOrNone(deps, actor))) return c.redirect("/saya/profil", 303);
    const { values, lists } = await formWithLists(c);
    const positions = lists.positions ?? [];
    const skill = values.skill ? taxonomy.skill(values.skill) : undefined;
    const checked = credentialFromForm(values, positions, skill, lang);
    let errors = checked.errors;
    if (Object.keys(errors.fields).length === 0 && errors.general.length === 0) {
      const parsed = CredentialInput.safeParse(checked.input);
      const outcome = parsed.success
        ? await attempt(lang, () => addCredential(deps, actor, parsed.data), fieldOfPath)
        : { errors: formErrors(validationError(parsed.error), lang, fieldOfPath) };
      if ("ok" in outcome) return c.redirect("/saya/kredensial?ditambah=1", 303);
      errors = outcome.errors;
    }
    // An unknown skill is core's to refuse (addCredential's "did you mean …"); when the form goes
    // back for another reason first, core's same words stand beside the skill, so all shows at once.
    if (values.skill && !skill && !errors.fields.skill)
      errors = { ...errors, fields: { skill: unknownSkillText(values.skill, lang), ...errors.fields } };
    const state: FormState = {
      ...(skill ? { skill } : {}),
      ...(!skill && values.skill ? { unknownSkill: values.skill } : {}),
      suggestions: !skill && values.skill ? suggestionsFor(values.skill, lang) : [],
      values,
      positions,
      errors,
      ...(values.q ? { q: values.q.slice(0, MAX_QUERY) } : {}),
    };
    return render(
      c,
      t.add.title,
      <>
        <p>
          <a href="/saya/kredensial">{common[lang].form.back}</a>
        </p>
        <h1>{t.add.title}</h1>
        <CredentialForm lang={lang} csrf={csrfOf(c)} state={state} />
      </>,
      400,
    );
  });

  app.get("/saya/kotak-masuk", async (c) => {
    const lang = langOf(c);
    const t = credentialTexts[lang].inbox;
    const actor = signedIn(c);
    const at = cursorOf(c);
    const page = await pageOrStale(() => myInbox(deps, actor, { limit: INBOX_PAGE, ...at }));
    if (!page) return stalePage(c, t.title, "/saya/kotak-masuk");
    return render(
      c,
      t.title,
      <>
        <h1>{t.title}</h1>
        {c.req.query("dibaca") ? (
          <div class="notice notice--success" role="status">
            {t.marked}
          </div>
        ) : null}
        <p class="lead">{t.lead}</p>
        <p>
          <a href="/saya/pemberitahuan">{t.settings}</a>
        </p>
        {page.items.length === 0 ? (
          <p>{t.empty}</p>
        ) : (
          <ul class="inbox">
            {page.items.map((n) => (
              <InboxItem n={n} lang={lang} csrf={csrfOf(c)} {...at} />
            ))}
          </ul>
        )}
        <Pager
          path="/saya/kotak-masuk"
          {...at}
          {...(page.cursor ? { next: page.cursor } : {})}
          newer={t.newest}
          older={t.older}
        />
      </>,
    );
  });

  app.post("/saya/kotak-masuk/:notificationId/dibaca", async (c) => {
    const id = c.req.param("notificationId");
    if (!/^[A-Za-z0-9_-]{1,64}$/.test(id)) return c.notFound();
    await markRead(deps, signedIn(c), id);
    const { cursor } = await formOf(c);
    return c.redirect(`/saya/kotak-masuk?dibaca=1${cursor ? `&cursor=${encode(cursor)}` : ""}`, 303);
  });

  app.get("/saya/pemberitahuan", async (c) => {
    const lang = langOf(c);
    const t = credentialTexts[lang].prefs;
    const profile = await profileOrNone(deps, signedIn(c));
    if (!profile) return c.redirect("/saya/profil", 303);
    return render(
      c,
      t.title,
      <>
        <h1>{t.title}</h1>
        {c.req.query("ok") ? (
          <div class="notice notice--success" role="status">
            {t.saved}
          </div>
        ) : null}
        <p class="lead">{t.lead}</p>
        <PreferencesForm lang={lang} csrf={csrfOf(c)} profile={profile} optOut={profile.notificationOptOut} errors={NO_ERRORS} />
      </>,
    );
  });

  app.post("/saya/pemberitahuan", async (c) => {
    const lang = langOf(c);
    const t = credentialTexts[lang].prefs;
    const actor = signedIn(c);
    const profile = await profileOrNone(deps, actor);
    if (!profile) return c.redirect("/saya/profil", 303);
    const { lists } = await formWithLists(c);
    const wanted = new Set(lists.notices ?? []);
    // Both channels off is the type off; one off is that channel only.
    const optOut = OPTIONAL_NOTICES.flatMap((n): NoticeOptOut[] => {
      const inbox = wanted.has(`${n}@in-app`);
      const external = wanted.has(`${n}@external`);
      return !inbox && !external ? [n] : !inbox ? [`${n}@in-app`] : !external ? [`${n}@external`] : [];
    });
    const outcome = await attempt(lang, () => setNotificationPreferences(deps, actor, optOut));
    if ("ok" in outcome) return c.redirect("/saya/pemberitahuan?ok=1", 303);
    return render(
      c,
      t.title,
      <>
        <h1>{t.title}</h1>
        <PreferencesForm lang={lang} csrf={csrfOf(c)} profile={profile} optOut={optOut} errors={outcome.errors} />
      </>,
      409,
    );
  });

  app.get("/saya/data", async (c) => {
    const lang = langOf(c);
    const t = credentialTexts[lang].audit;
    const actor = signedIn(c);
    const at = cursorOf(c);
    const page = await pageOrStale(() => readsOfMe(deps, actor, { limit: AUDIT_PAGE, ...at }));
    if (!page) return stalePage(c, t.title, "/saya/data");
    return render(
      c,
      t.title,
      <>
        <h1>{t.title}</h1>
        <p class="lead">{t.lead}</p>
        {page.items.length === 0 ? (
          <p>{t.empty}</p>
        ) : (
          <ul class="cards">
            {page.items.map((r) => (
              <ReadItem r={r} lang={lang} />
            ))}
          </ul>
        )}
        <Pager path="/saya/data" {...at} {...(page.cursor ? { next: page.cursor } : {})} newer={t.newest} older={t.older} />
        <p>
          {t.consent} <a href="/saya/persetujuan">{t.consentLink}</a>
        </p>
      </>,
    );
  });
}
