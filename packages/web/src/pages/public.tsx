import {
  type Actor,
  ANONYMOUS,
  AppError,
  applicationId,
  apply,
  CHECKS_PER_MINUTE,
  type CheckedVacancyView,
  findSkills,
  listOpenVacancies,
  listVacanciesBySkill,
  localizedMessage,
  MAX_CHECK_TEXT,
  myApplication,
  officialCheck,
  type PublicRecruiterView,
  publicRecruiters,
  readVacancy,
  type SkillView,
  type VacancyView,
} from "@jalur/core";
import { dateInZone, defaultTaxonomy, placementPolicy, REFERENCE_RATES_IDR, type Requirement, type Salary } from "@jalur/domain";
import type { Hono } from "hono";
import type { Child } from "hono/jsx";
import { langOf, principalOf, type WebContext, type WebDeps, type WebEnv } from "../context.ts";
import { Csrf, ErrorSummary, type FormErrors, formErrors, NO_ERRORS, SelectField, TextField } from "../form.tsx";
import { calendarDate, count, moneyWithRupiah } from "../format.ts";
import type { Language } from "../i18n/define.ts";
import { publicTexts } from "../i18n/public.ts";
import { Layout } from "../layout.tsx";
import { render } from "../render.tsx";
import { seal, unseal } from "../session.ts";

const PAGE_SIZE = 20;
const MAX_SKILL_TEXT = 100;
/** Our vacancy ids (UUIDs) and anything close: a longer or stranger path segment is simply not a vacancy. */
const VACANCY_ID = /^[A-Za-z0-9-]{1,64}$/;

/** Open destinations, in the policy's order (Japan first: most PPKD graduates train for it). */
const COUNTRIES = Object.entries(placementPolicy.destinations)
  .filter(([, d]) => d.status === "allowed")
  .map(([code]) => code);
const DEFAULT_COUNTRY = "JP";
const SECTORS = Object.keys(placementPolicy.sectors);

const countryName = (code: string, lang: Language) =>
  Object.hasOwn(placementPolicy.destinations, code) ? (placementPolicy.destinations[code]?.name[lang] ?? code) : code;
const sectorName = (code: string, lang: Language) =>
  Object.hasOwn(placementPolicy.sectors, code) ? (placementPolicy.sectors[code]?.name[lang] ?? code) : code;

const actorOf = (c: WebContext): Actor => principalOf(c) ?? ANONYMOUS;

/**
 * The caller's address, for the official check's rate limit: the address API Gateway saw (on
 * Lambda), else the first `x-forwarded-for` entry (a proxy's view of the client), else the socket.
 */
export function clientAddress(c: WebContext): string {
  const env = c.env as
    | { requestContext?: { http?: { sourceIp?: string } }; incoming?: { socket?: { remoteAddress?: string } } }
    | undefined;
  const forwarded = c.req.header("x-forwarded-for")?.split(",")[0]?.trim();
  return env?.requestContext?.http?.sourceIp || forwarded || env?.incoming?.socket?.remoteAddress || "unknown";
}

/** A whole page with a status `render` does not offer (429). */
function renderStatus(c: WebContext, title: string, body: Child, status: 429) {
  const url = new URL(c.req.url);
  return c.html(
    <Layout
      lang={langOf(c)}
      title={title}
      path={`${url.pathname}${url.search}`}
      session={c.get("session")}
      unread={c.get("unread")}
    >
      {body}
    </Layout>,
    status,
  );
}

/** "¥260.000 (± Rp27.560.000) per bulan". */
export function salaryText(salary: Salary, lang: Language): string {
  return `${moneyWithRupiah(salary.amount, salary.currency, lang)} ${publicTexts[lang].periods[salary.period]}`;
}

/** A requirement in plain words, with the taxonomy's labels: "Bahasa Jepang (JLPT): JLPT N4 atau lebih tinggi". */
export function requirementText(r: Requirement, lang: Language): string {
  const t = publicTexts[lang].detail;
  const skill = defaultTaxonomy.skill(r.skill);
  const parts: string[] = [];
  if (r.minLevel) parts.push(t.orHigher(defaultTaxonomy.levelLabel(r.skill, r.minLevel)?.[lang] ?? r.minLevel));
  if (r.minScore !== undefined) parts.push(t.minScore(count(r.minScore, lang)));
  if (r.welding) {
    parts.push(t.positions(r.welding.positions.map((p) => defaultTaxonomy.position(p)?.label[lang] ?? p).join(", ")));
    if (r.welding.thicknessMm !== undefined) parts.push(t.thickness(count(r.welding.thicknessMm, lang)));
    if (r.welding.pipeOdMm !== undefined) parts.push(t.pipe(count(r.welding.pipeOdMm, lang)));
    if (r.welding.materialGroup) parts.push(t.material(r.welding.materialGroup));
  }
  if (r.units?.length) parts.push(t.units(r.units.join(", ")));
  const label = skill?.label[lang] ?? r.skill;
  return parts.length ? `${label}: ${parts.join("; ")}` : label;
}

const STANDING_TAG: Record<PublicRecruiterView["standing"], string> = {
  licensed: "tag tag--ok",
  government: "tag",
  pending: "tag tag--warn",
  not_yet_valid: "tag tag--warn",
  rejected: "tag tag--error",
  expired: "tag tag--error",
  no_licence: "tag tag--error",
};

export function LicenceTag({ recruiter, lang }: { recruiter: PublicRecruiterView; lang: Language }) {
  return <strong class={STANDING_TAG[recruiter.standing]}>{publicTexts[lang].standing[recruiter.standing]}</strong>;
}

/** Where a recruiter stands, in a sentence a family member can act on. */
function standingSentence(r: PublicRecruiterView, lang: Language): string {
  const t = publicTexts[lang].standingText;
  const number = r.licence?.number ?? "";
  const date = (d: string | undefined) => (d ? calendarDate(d, lang) : "");
  switch (r.standing) {
    case "licensed":
      return t.licensed(number, date(r.licence?.validUntil));
    case "pending":
      return t.pending(number);
    case "rejected":
      return t.rejected(number);
    case "expired":
      return t.expired(number, date(r.licence?.validUntil));
    case "not_yet_valid":
      return t.not_yet_valid(number, date(r.licence?.validFrom));
    case "no_licence":
      return t.no_licence;
    case "government":
      return t.government;
  }
}

/** A recruiter with its licence: name, kind, SIP3MI number, validity, the verified badge and what it means. */
function RecruiterLicence({ recruiter, lang }: { recruiter: PublicRecruiterView; lang: Language }) {
  const t = publicTexts[lang].detail;
  return (
    <>
      <dl class="summary">
        <div>
          <dt>{t.recruiterName}</dt>
          <dd>{recruiter.name}</dd>
        </div>
        <div>
          <dt>{t.recruiterKind}</dt>
          <dd>{publicTexts[lang].kinds[recruiter.kind]}</dd>
        </div>
        {recruiter.licence ? (
          <>
            <div>
              <dt>{t.licenceNumber}</dt>
              <dd>{recruiter.licence.number}</dd>
            </div>
            <div>
              <dt>{t.licenceValid}</dt>
              <dd>
                {t.licenceRange(
                  calendarDate(recruiter.licence.validFrom, lang),
                  calendarDate(recruiter.licence.validUntil, lang),
                )}
              </dd>
            </div>
          </>
        ) : null}
        <div>
          <dt>{t.licenceStatus}</dt>
          <dd>
            <LicenceTag recruiter={recruiter} lang={lang} />
          </dd>
        </div>
      </dl>
      <p>{standingSentence(recruiter, lang)}</p>
    </>
  );
}

// ---------------------------------------------------------------- the listing

interface ListingQuery {
  readonly country: string;
  readonly sector: string;
  readonly skillText: string;
  readonly cursor: string | undefined;
}

/** Core's cursor, sealed to the filters it was issued for (another list's cursor would be an invalid start key). */
const cursorPurpose = (q: ListingQuery, skill: string | undefined) => `listing:${q.country}|${q.sector}|${skill ?? ""}`;

function listingHref(q: ListingQuery, overrides: Partial<Record<"keahlian" | "lanjut", string>> = {}): string {
  const params = new URLSearchParams({ negara: q.country });
  if (q.sector) params.set("sektor", q.sector);
  const skill = overrides.keahlian ?? q.skillText;
  if (skill) params.set("keahlian", skill);
  if (overrides.lanjut) params.set("lanjut", overrides.lanjut);
  return `/lowongan?${params}`;
}

function ListingFilters({ lang, q, errors }: { lang: Language; q: ListingQuery; errors: FormErrors }) {
  const t = publicTexts[lang].list;
  return (
    <form method="get" action="/lowongan" class="filters" novalidate>
      <h2 class="visually-hidden">{t.filters}</h2>
      <SelectField
        lang={lang}
        name="negara"
        label={t.country}
        value={q.country}
        error={errors.fields.negara}
        options={COUNTRIES.map((code) => [code, countryName(code, lang)] as const)}
      />
      <SelectField
        lang={lang}
        name="sektor"
        label={t.sector}
        value={q.sector}
        error={errors.fields.sektor}
        options={SECTORS.map((code) => [code, sectorName(code, lang)] as const)}
        placeholder={t.anySector}
        optional
      />
      <TextField
        lang={lang}
        name="keahlian"
        type="search"
        label={t.skill}
        hint={t.skillHint}
        value={q.skillText.slice(0, MAX_SKILL_TEXT)}
        error={errors.fields.keahlian}
        maxlength={MAX_SKILL_TEXT}
        optional
      />
      <button type="submit" class="button">
        {t.show}
      </button>
    </form>
  );
}

function VacancyCard({ v, recruiter, lang }: { v: VacancyView; recruiter: PublicRecruiterView | undefined; lang: Language }) {
  const t = publicTexts[lang].list;
  return (
    <li class="card">
      <h3>
        <a href={`/lowongan/${encodeURIComponent(v.vacancyId)}`}>{v.title}</a>
      </h3>
      <dl class="summary summary--tight">
        <div>
          <dt>{t.destination}</dt>
          <dd>{`${countryName(v.country, lang)} · ${sectorName(v.sector, lang)}`}</dd>
        </div>
        <div>
          <dt>{t.recruiter}</dt>
          <dd>
            {recruiter ? (
              <>
                {recruiter.name} <LicenceTag recruiter={recruiter} lang={lang} />
              </>
            ) : (
              "–"
            )}
          </dd>
        </div>
        <div>
          <dt>{t.salary}</dt>
          <dd>{salaryText(v.salary, lang)}</dd>
        </div>
        <div>
          <dt>{t.scheme}</dt>
          <dd>{publicTexts[lang].schemes[v.scheme]}</dd>
        </div>
        <div>
          <dt>{t.deadline}</dt>
          <dd>{calendarDate(v.applicationDeadline, lang)}</dd>
        </div>
      </dl>
    </li>
  );
}

/** The skill the visitor means: a code (from a choice link) as is; typed words through the taxonomy search. */
async function resolveSkill(
  deps: WebDeps["deps"],
  actor: Actor,
  text: string,
): Promise<{ skill?: SkillView | { code: string; label: { id: string; en: string } }; choices: SkillView[] }> {
  if (!text) return { choices: [] };
  const exact = defaultTaxonomy.skill(text);
  if (exact) return { skill: { code: exact.code, label: exact.label }, choices: [] };
  const { items } = await findSkills(deps, actor, { q: text, limit: 8 });
  const [first] = items;
  if (first && (items.length === 1 || first.match === "code")) return { skill: first, choices: [] };
  return { choices: items };
}

// ---------------------------------------------------------------- a vacancy's page

type ApplyState =
  | { readonly kind: "form" }
  | { readonly kind: "signIn" }
  | { readonly kind: "notGraduate" }
  | { readonly kind: "applied"; readonly message?: string }
  | { readonly kind: "notEligible"; readonly message: string }
  | { readonly kind: "consent"; readonly message: string }
  | { readonly kind: "refused"; readonly message: string };

function ApplySection({ lang, vacancy, state, csrf }: { lang: Language; vacancy: VacancyView; state: ApplyState; csrf: string }) {
  const t = publicTexts[lang].apply;
  const action = `/lowongan/${encodeURIComponent(vacancy.vacancyId)}/lamar`;
  let body: Child;
  switch (state.kind) {
    case "signIn":
      body = (
        <>
          <p>{t.signIn}</p>
          <a class="button" href={`/masuk?kembali=${encodeURIComponent(`/lowongan/${vacancy.vacancyId}`)}`}>
            {t.signInLink}
          </a>
        </>
      );
      break;
    case "notGraduate":
      body = <p>{t.onlyGraduates}</p>;
      break;
    case "applied":
      body = (
        <div class="notice notice--success" role="status">
          <p>{state.message ?? t.applied}</p>
          <a href="/saya/lamaran">{t.appliedLink}</a>
        </div>
      );
      break;
    case "consent":
      body = (
        <div class="notice notice--warning" role="alert">
          <p>{state.message}</p>
          <a href="/saya/persetujuan">{t.consentLink}</a>
        </div>
      );
      break;
    case "refused":
      body = (
        <div class="notice notice--warning" role="alert">
          <p>{state.message}</p>
        </div>
      );
      break;
    case "notEligible":
      body = (
        <div class="notice notice--warning" role="alert">
          <h3>{t.notEligible}</h3>
          <p>{state.message}</p>
          <p>{t.anywayExplain}</p>
          <form method="post" action={action}>
            <Csrf token={csrf} />
            <input type="hidden" name="lagi" value="ya" />
            <button type="submit" class="button button--warning">
              {t.anyway}
            </button>
          </form>
        </div>
      );
      break;
    case "form":
      body = (
        <form method="post" action={action}>
          <Csrf token={csrf} />
          <button type="submit" class="button">
            {t.button}
          </button>
        </form>
      );
      break;
  }
  return (
    <section aria-labelledby="melamar">
      <h2 id="melamar">{t.title}</h2>
      {body}
    </section>
  );
}

function VacancyPage({
  lang,
  vacancy: v,
  recruiter,
  apply: applyState,
  csrf,
}: {
  lang: Language;
  vacancy: VacancyView;
  recruiter: PublicRecruiterView | undefined;
  apply: ApplyState;
  csrf: string;
}) {
  const t = publicTexts[lang].detail;
  const required = v.requirements.filter((r) => r.importance === "required");
  const preferred = v.requirements.filter((r) => r.importance === "preferred");
  const workerCost = v.costs.some((cost) => cost.paidBy === "worker" && cost.amount.amount > 0);
  const age =
    v.ageMin !== undefined && v.ageMax !== undefined
      ? t.ageRange(String(v.ageMin), String(v.ageMax))
      : v.ageMin !== undefined
        ? t.ageFrom(String(v.ageMin))
        : v.ageMax !== undefined
          ? t.ageTo(String(v.ageMax))
          : undefined;
  return (
    <>
      <h1>{v.title}</h1>
      <p class="lead">{`${countryName(v.country, lang)} · ${sectorName(v.sector, lang)}`}</p>
      {v.state === "published" ? null : <div class="notice notice--warning">{t.state[v.state]}</div>}
      {v.description ? <p class="prose">{v.description}</p> : null}

      <h2>{t.about}</h2>
      <dl class="summary">
        <div>
          <dt>{t.destination}</dt>
          <dd>{countryName(v.country, lang)}</dd>
        </div>
        <div>
          <dt>{t.sector}</dt>
          <dd>{sectorName(v.sector, lang)}</dd>
        </div>
        <div>
          <dt>{t.scheme}</dt>
          <dd>{publicTexts[lang].schemes[v.scheme]}</dd>
        </div>
        {v.program ? (
          <div>
            <dt>{t.program}</dt>
            <dd>{v.program}</dd>
          </div>
        ) : null}
        <div>
          <dt>{t.openings}</dt>
          <dd>{count(v.openings, lang)}</dd>
        </div>
        {age ? (
          <div>
            <dt>{t.age}</dt>
            <dd>{age}</dd>
          </div>
        ) : null}
        {v.jobOrderRef ? (
          <div>
            <dt>{t.jobOrder}</dt>
            <dd>{v.jobOrderRef}</dd>
          </div>
        ) : null}
      </dl>

      <h2>{t.salary}</h2>
      <p class="salary">{salaryText(v.salary, lang)}</p>
      <p class="meta">{t.salaryNote(calendarDate(REFERENCE_RATES_IDR.asOf, lang))}</p>

      <h2>{t.dates}</h2>
      <dl class="summary">
        <div>
          <dt>{t.deadline}</dt>
          <dd>{calendarDate(v.applicationDeadline, lang)}</dd>
        </div>
        <div>
          <dt>{t.expectedStart}</dt>
          <dd>{calendarDate(v.expectedStart, lang)}</dd>
        </div>
      </dl>

      <h2>{t.recruiter}</h2>
      {recruiter ? <RecruiterLicence recruiter={recruiter} lang={lang} /> : null}

      <h2>{t.costs}</h2>
      <p>{t.costsLead}</p>
      {workerCost ? (
        <div class="notice notice--warning" role="note">
          {t.workerCost}
        </div>
      ) : null}
      {v.costs.length === 0 ? (
        <p>{t.noCosts}</p>
      ) : (
        <div class="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col">{t.costItem}</th>
                <th scope="col">{t.amount}</th>
                <th scope="col">{t.paidBy}</th>
              </tr>
            </thead>
            <tbody>
              {v.costs.map((cost) => (
                <tr class={cost.paidBy === "worker" ? "row--warn" : undefined}>
                  <td>{t.costItems[cost.item]}</td>
                  <td>{moneyWithRupiah(cost.amount.amount, cost.amount.currency, lang)}</td>
                  <td>
                    {cost.paidBy === "worker" ? <strong class="tag tag--error">{t.payers.worker}</strong> : t.payers[cost.paidBy]}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {v.warnings?.length ? (
        <>
          <h3>{t.warnings}</h3>
          <p>{t.warningsLead}</p>
          <ul>
            {v.warnings.map((w) => (
              <li>{w.message[lang]}</li>
            ))}
          </ul>
        </>
      ) : null}

      <h2>{t.requirements}</h2>
      {v.requirements.length === 0 ? <p>{t.noRequirements}</p> : null}
      {required.length ? (
        <>
          <h3>{t.required}</h3>
          <ul>
            {required.map((r) => (
              <li>{requirementText(r, lang)}</li>
            ))}
          </ul>
        </>
      ) : null}
      {preferred.length ? (
        <>
          <h3>{t.preferred}</h3>
          <ul>
            {preferred.map((r) => (
              <li>{requirementText(r, lang)}</li>
            ))}
          </ul>
        </>
      ) : null}

      {v.state === "published" ? <ApplySection lang={lang} vacancy={v} state={applyState} csrf={csrf} /> : null}
      <p>
        <a href="/cek">{t.checkLink}</a>
      </p>
    </>
  );
}

// ---------------------------------------------------------------- the official check

function CheckForm({ lang, value, errors }: { lang: Language; value: string; errors: FormErrors }) {
  const t = publicTexts[lang].check;
  return (
    <>
      <ErrorSummary errors={errors} lang={lang} labels={{ q: t.field }} />
      <form method="get" action="/cek" class="filters" novalidate>
        <TextField
          lang={lang}
          name="q"
          type="search"
          label={t.field}
          hint={t.hint}
          value={value.slice(0, MAX_CHECK_TEXT)}
          error={errors.fields.q}
          maxlength={MAX_CHECK_TEXT}
        />
        <button type="submit" class="button">
          {t.button}
        </button>
      </form>
    </>
  );
}

/** What the law says and where to report: on every check page, found or not. */
function CheckAdvice({ lang }: { lang: Language }) {
  const t = publicTexts[lang].check;
  return (
    <>
      <div class="notice notice--warning law">
        <h2>{t.lawTitle}</h2>
        <p>{t.law}</p>
      </div>
      <h2>{t.reportTitle}</h2>
      <ul>
        <li>{t.reportOffice}</li>
        <li>{t.reportLine}</li>
        <li>{t.reportPolice}</li>
      </ul>
    </>
  );
}

const VACANCY_TAG: Record<CheckedVacancyView["standing"], string> = {
  published: "tag tag--ok",
  closed: "tag tag--grey",
  filled: "tag tag--grey",
  refused: "tag tag--error",
};

function CheckedVacancy({ v, lang }: { v: CheckedVacancyView; lang: Language }) {
  const t = publicTexts[lang].check;
  return (
    <div class={v.standing === "refused" ? "card card--refused" : "card"}>
      <h3>{v.title}</h3>
      <p>
        <strong class={VACANCY_TAG[v.standing]}>{t.vacancyStanding[v.standing]}</strong>
      </p>
      <p class="meta">{`${countryName(v.country, lang)} · ${sectorName(v.sector, lang)} · ${publicTexts[lang].schemes[v.scheme]}`}</p>
      {v.standing === "refused" ? (
        <>
          <p>{t.refused(v.refusedAt ? calendarDate(dateInZone(new Date(v.refusedAt)), lang) : "")}</p>
          <ul class="reasons">
            {v.violations.map((violation) => (
              <li>{violation.message[lang]}</li>
            ))}
          </ul>
          <p>
            <strong>{t.refusedAdvice}</strong>
          </p>
        </>
      ) : (
        <>
          <p>{v.standing === "published" ? t.published : t.closed}</p>
          {v.violations.length ? (
            <>
              <p>{t.notes}</p>
              <ul>
                {v.violations.map((violation) => (
                  <li>{violation.message[lang]}</li>
                ))}
              </ul>
            </>
          ) : null}
          {v.standing === "published" ? (
            <p>
              <a href={`/lowongan/${encodeURIComponent(v.vacancyId)}`}>{t.open}</a>
            </p>
          ) : null}
        </>
      )}
      {v.recruiter ? (
        <>
          <h4>{t.postedBy}</h4>
          <RecruiterLicence recruiter={v.recruiter} lang={lang} />
        </>
      ) : null}
    </div>
  );
}

// ---------------------------------------------------------------- routes

/** The public pages: open vacancies, a vacancy's public page (and applying), and the official check. */
export function publicRoutes(app: Hono<WebEnv>, { deps }: WebDeps) {
  app.get("/lowongan", async (c) => {
    const lang = langOf(c);
    const t = publicTexts[lang].list;
    const actor = actorOf(c);
    const q: ListingQuery = {
      country: c.req.query("negara") || DEFAULT_COUNTRY,
      sector: c.req.query("sektor") ?? "",
      skillText: (c.req.query("keahlian") ?? "").trim(),
      cursor: c.req.query("lanjut") || undefined,
    };
    const fields: Record<string, string> = {};
    if (!COUNTRIES.includes(q.country)) fields.negara = t.countryWrong;
    if (q.sector && !SECTORS.includes(q.sector)) fields.sektor = t.sectorWrong;
    if (q.skillText.length > MAX_SKILL_TEXT) fields.keahlian = t.skillTooLong;
    const labels = { negara: t.country, sektor: t.sector, keahlian: t.skill };
    const page = (body: Child, errors: FormErrors = NO_ERRORS, status: 200 | 400 = 200, shown: ListingQuery = q) =>
      render(
        c,
        t.title,
        <>
          <h1>{t.title}</h1>
          <p class="lead">{t.lead}</p>
          <ErrorSummary errors={errors} lang={lang} labels={labels} />
          <ListingFilters lang={lang} q={shown} errors={errors} />
          {body}
        </>,
        status,
      );
    if (Object.keys(fields).length > 0)
      return page(null, { fields, general: [] }, 400, {
        ...q,
        country: COUNTRIES.includes(q.country) ? q.country : DEFAULT_COUNTRY,
      });

    const { skill, choices } = await resolveSkill(deps, actor, q.skillText);
    if (q.skillText && !skill)
      return page(
        choices.length ? (
          <div class="notice">
            <p>{t.skillChoose(q.skillText)}</p>
            <ul>
              {choices.map((s) => (
                <li>
                  <a href={listingHref(q, { keahlian: s.code })}>{s.label[lang]}</a>
                </li>
              ))}
            </ul>
          </div>
        ) : (
          <div class="notice notice--warning">{t.skillNone(q.skillText)}</div>
        ),
      );

    const purpose = cursorPurpose(q, skill?.code);
    const cursor = q.cursor === undefined ? undefined : unseal<string>(deps.signingKey, purpose, q.cursor);
    if (q.cursor !== undefined && typeof cursor !== "string")
      return page(
        <div class="notice notice--warning">
          <p>{t.cursorWrong}</p>
          <a href={listingHref({ ...q, cursor: undefined })}>{t.first}</a>
        </div>,
        NO_ERRORS,
        400,
      );
    const request = { limit: PAGE_SIZE, ...(cursor ? { cursor } : {}) };
    const found = skill
      ? await listVacanciesBySkill(deps, actor, { skill: skill.code, country: q.country }, request)
      : await listOpenVacancies(deps, actor, { country: q.country, ...(q.sector ? { sector: q.sector } : {}) }, request);
    // The skill index knows country, not sector: the sector is applied to the page read.
    const vacancies = skill && q.sector ? found.items.filter((v) => v.sector === q.sector) : found.items;
    const recruiters = new Map(
      (await publicRecruiters(deps, actor, [...new Set(vacancies.map((v) => v.recruiterId))])).map((r) => [r.recruiterId, r]),
    );
    const here = { ...q, skillText: skill?.code ?? "" };
    return page(
      <>
        {skill ? (
          <p class="notice">
            {t.skillChosen(skill.label[lang])} <a href={listingHref({ ...q, skillText: "" })}>{t.skillClear}</a>
          </p>
        ) : null}
        <h2>{`${t.results}: ${countryName(q.country, lang)}`}</h2>
        {vacancies.length === 0 && !found.cursor ? <p>{t.none}</p> : null}
        <ul class="cards">
          {vacancies.map((v) => (
            <VacancyCard v={v} recruiter={recruiters.get(v.recruiterId)} lang={lang} />
          ))}
        </ul>
        <nav class="pager" aria-label={t.results}>
          {found.cursor ? (
            <a
              class="button button--secondary"
              rel="next"
              href={listingHref(here, { lanjut: seal(deps.signingKey, purpose, found.cursor) })}
            >
              {t.next}
            </a>
          ) : null}
          {q.cursor ? <a href={listingHref(here)}>{t.first}</a> : null}
        </nav>
      </>,
    );
  });

  /** The vacancy, its recruiter, and where the signed-in visitor stands with applying. */
  async function vacancyPage(c: WebContext, vacancyId: string, state?: ApplyState, status: 200 | 409 | 422 = 200) {
    const lang = langOf(c);
    const actor = actorOf(c);
    if (!VACANCY_ID.test(vacancyId)) throw new AppError("not_found", "vacancy_not_found", "No such vacancy.");
    const vacancy = await readVacancy(deps, actor, vacancyId);
    const [recruiter] = await publicRecruiters(deps, actor, [vacancy.recruiterId]);
    let applyState = state;
    if (!applyState) {
      if (actor.role === "anonymous") applyState = { kind: "signIn" };
      else if (actor.role !== "graduate") applyState = { kind: "notGraduate" };
      else {
        const mine = await myApplication(deps, actor, applicationId(vacancyId, actor.sub)).catch((error: unknown) => {
          if (error instanceof AppError && error.kind === "not_found") return undefined;
          throw error;
        });
        applyState = mine ? { kind: "applied" } : { kind: "form" };
      }
    }
    return render(
      c,
      vacancy.title,
      <VacancyPage lang={lang} vacancy={vacancy} recruiter={recruiter} apply={applyState} csrf={c.get("session")?.csrf ?? ""} />,
      status,
    );
  }

  app.get("/lowongan/:vacancyId", (c) => vacancyPage(c, c.req.param("vacancyId")));

  app.post("/lowongan/:vacancyId/lamar", async (c) => {
    const lang = langOf(c);
    const vacancyId = c.req.param("vacancyId");
    const actor = principalOf(c);
    if (!actor) return c.redirect(`/masuk?kembali=${encodeURIComponent(`/lowongan/${vacancyId}`)}`, 303);
    if (!VACANCY_ID.test(vacancyId)) throw new AppError("not_found", "vacancy_not_found", "No such vacancy.");
    const body = await c.req.parseBody();
    try {
      await apply(deps, actor, vacancyId, body.lagi === "ya");
      return c.redirect("/saya/lamaran", 303);
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      // Core's refusal in the user's language; its closing hint is for API clients ("send applyAnyway"), the page has a button.
      const message = localizedMessage(error, lang).replace(/\s*(?:Kirim|Send) applyAnyway\b[^.]*\.\s*$/, "");
      switch (error.code) {
        case "not_eligible":
          return vacancyPage(c, vacancyId, { kind: "notEligible", message }, 422);
        case "consent_required":
          return vacancyPage(c, vacancyId, { kind: "consent", message }, 422);
        case "already_applied":
          return vacancyPage(c, vacancyId, { kind: "applied", message }, 409);
        case "graduate_not_found":
          return c.redirect("/saya/profil", 303);
        default:
          if (error.kind === "unprocessable" || error.kind === "conflict")
            return vacancyPage(c, vacancyId, { kind: "refused", message }, 422);
          throw error;
      }
    }
  });

  app.get("/cek", async (c) => {
    const lang = langOf(c);
    const t = publicTexts[lang].check;
    const text = c.req.query("q");
    const intro = (
      <>
        <h1>{t.title}</h1>
        <p class="lead">{t.lead}</p>
      </>
    );
    if (text === undefined)
      return render(
        c,
        t.title,
        <>
          {intro}
          <CheckForm lang={lang} value="" errors={NO_ERRORS} />
          <CheckAdvice lang={lang} />
        </>,
      );
    let answer: Awaited<ReturnType<typeof officialCheck>>;
    try {
      answer = await officialCheck(deps, actorOf(c), { text, client: clientAddress(c) });
    } catch (error) {
      if (!(error instanceof AppError) || error.kind !== "validation") throw error;
      return render(
        c,
        t.title,
        <>
          {intro}
          <CheckForm lang={lang} value={text} errors={formErrors(error, lang, () => "q")} />
          <CheckAdvice lang={lang} />
        </>,
        400,
      );
    }
    if (answer.outcome === "limited") {
      c.header("retry-after", String(answer.retryAfterSeconds));
      return renderStatus(
        c,
        t.limitedTitle,
        <>
          <h1>{t.limitedTitle}</h1>
          <div class="notice notice--warning" role="alert">
            {t.limited(count(CHECKS_PER_MINUTE, lang), count(answer.retryAfterSeconds, lang))}
          </div>
          <CheckAdvice lang={lang} />
        </>,
        429,
      );
    }
    const nothing = answer.recruiters.length === 0 && !answer.vacancy;
    const named = answer.recruiters.filter((r) => r.matchedBy === "name").length;
    return render(
      c,
      t.title,
      <>
        {intro}
        <CheckForm lang={lang} value={text} errors={NO_ERRORS} />
        <section id="hasil" aria-labelledby="hasil-judul">
          <h2 id="hasil-judul">{t.resultsFor(text.trim())}</h2>
          {answer.vacancy ? (
            <>
              <h3 class="visually-hidden">{t.vacancy}</h3>
              <CheckedVacancy v={answer.vacancy} lang={lang} />
            </>
          ) : null}
          {answer.recruiters.length ? (
            <>
              <h3>{t.recruiters}</h3>
              <ul class="cards">
                {answer.recruiters.map((r) => (
                  <li class="card">
                    <p class="meta">{t.matchedBy[r.matchedBy]}</p>
                    <RecruiterLicence recruiter={r} lang={lang} />
                  </li>
                ))}
              </ul>
              {named >= 10 ? <p class="meta">{t.manyNames}</p> : null}
            </>
          ) : null}
          {nothing ? (
            <div class="notice notice--warning">
              <h3>{t.nothing}</h3>
              <p>{t.nothingText}</p>
            </div>
          ) : null}
        </section>
        <CheckAdvice lang={lang} />
      </>,
    );
  });
}
