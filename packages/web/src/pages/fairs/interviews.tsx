import {
  type Actor,
  AppError,
  answerOffer,
  type BoothSchedule,
  bookSlot,
  boothSchedule,
  cancelInterview,
  type Deps,
  type FairDetail,
  type InterviewView,
  type MyInterview,
  myCalendar,
  myCheckInCode,
  myInterviews,
  myOffers,
  myRegistration,
  readFair,
  rescheduleInterview,
  type VacancyDetailView,
  vacanciesAtFair,
} from "@jalur/core";
import { slotsConflict } from "@jalur/domain";
import type { Hono } from "hono";
import { langOf, type WebContext, type WebDeps, type WebEnv } from "../../context.ts";
import { Csrf, ErrorSummary } from "../../form.tsx";
import { dateTime, time } from "../../format.ts";
import { common } from "../../i18n/common.ts";
import type { Language } from "../../i18n/define.ts";
import { type FairTexts, fairTexts } from "../../i18n/fairs.ts";
import { formOf, render } from "../../render.tsx";
import { signedIn } from "../profile.tsx";
import { qrSvg } from "./qr.ts";
import { clock, countryName, dayIn, Flash, gate, idParam, known, otherZone, refusalMessage, wholeNumber } from "./shared.tsx";

const fairPath = (fairId: string) => `/bursa/${encodeURIComponent(fairId)}`;
const interviewsPath = (fairId: string) => `${fairPath(fairId)}/wawancara`;
const boothPath = (fairId: string, recruiterId: string) => `${interviewsPath(fairId)}/${encodeURIComponent(recruiterId)}`;

type Action = "pesan" | "pindah" | "batal" | "tawaran";

/** A refused action shown beside its form, the page read again around it. */
interface Problem {
  readonly action: Action;
  readonly recruiterId: string;
  readonly message: string;
  readonly chosen?: number;
}

const formId = (action: Action, index: number) => `${action}-${index}`;

const statusOf = (error: unknown): 400 | 404 | 409 | 422 => {
  if (!(error instanceof AppError)) return 400;
  return error.kind === "conflict" ? 409 : error.kind === "unprocessable" ? 422 : error.kind === "not_found" ? 404 : 400;
};

/** Slots a graduate could take at a booth: free, not started, and clear of their other interviews by the fair's gap. */
function freeSlotsFor(
  schedule: BoothSchedule,
  fair: FairDetail,
  mine: readonly MyInterview[],
  recruiterId: string,
  nowMs: number,
) {
  const length = fair.calendar.slotMinutes * 60_000;
  const gap = fair.minGapMinutes * 60_000;
  const others = mine
    .filter((i) => i.recruiterId !== recruiterId)
    .map((i) => ({ startMs: Date.parse(i.startsAt), endMs: Date.parse(i.endsAt) }));
  return schedule.slots.filter((s) => {
    const startMs = Date.parse(s.startsAt);
    return s.free > 0 && startMs > nowMs && !others.some((o) => slotsConflict(o, { startMs, endMs: startMs + length }, gap));
  });
}

/** A choice of slots, grouped by day, each a time in the fair's zone with its label. */
function SlotSelect({
  id,
  label,
  slots,
  chosen,
  error,
  tz,
  lang,
}: {
  id: string;
  label: string;
  slots: readonly { slot: number; startsAt: string }[];
  chosen: number | undefined;
  error: string | undefined;
  tz: string;
  lang: Language;
}) {
  const days = new Map<string, { slot: number; startsAt: string }[]>();
  for (const s of slots) {
    const day = dayIn(s.startsAt, lang, tz);
    days.set(day, [...(days.get(day) ?? []), s]);
  }
  return (
    <div class={error ? "field field--error" : "field"}>
      <label class="label" for={`${id}-slot`}>
        {label}
      </label>
      {error ? (
        <span class="error-message" id={`${id}-error`}>
          <span class="visually-hidden">{common[lang].form.errorPrefix}</span> {error}
        </span>
      ) : null}
      <select
        class="select"
        id={`${id}-slot`}
        name="slot"
        required
        aria-describedby={error ? `${id}-error` : undefined}
        aria-invalid={error ? "true" : undefined}
      >
        {[...days].map(([day, list]) => (
          <optgroup label={day}>
            {list.map((s) => (
              <option value={String(s.slot)} selected={s.slot === chosen}>
                {time(s.startsAt, lang, tz)}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
    </div>
  );
}

/** Start, end, and the same times where the employer is when their clock differs. */
function When({
  interview,
  countries,
  tz,
  lang,
}: {
  interview: InterviewView;
  countries: readonly string[];
  tz: string;
  lang: Language;
}) {
  const t = fairTexts[lang].interviews;
  const startMs = Date.parse(interview.startsAt);
  const elsewhere = countries.flatMap((country) => {
    const zone = otherZone(country, tz, startMs);
    return zone ? [{ country, zone }] : [];
  });
  return (
    <>
      <div>
        <dt>{t.day}</dt>
        <dd>{dayIn(interview.startsAt, lang, tz)}</dd>
      </div>
      <div>
        <dt>{t.starts}</dt>
        <dd>{time(interview.startsAt, lang, tz)}</dd>
      </div>
      <div>
        <dt>{t.ends}</dt>
        <dd>{time(interview.endsAt, lang, tz)}</dd>
      </div>
      {elsewhere.map(({ country, zone }) => {
        const day = dayIn(interview.startsAt, lang, zone);
        return (
          <div>
            <dt>{t.employerTime(countryName(country, lang))}</dt>
            <dd>
              {day === dayIn(interview.startsAt, lang, tz) ? "" : `${day}, `}
              {clock(interview.startsAt, lang, zone)}–{clock(interview.endsAt, lang, zone)}
            </dd>
          </div>
        );
      })}
    </>
  );
}

interface PageData {
  readonly fair: FairDetail;
  readonly mine: MyInterview[];
  readonly offers: InterviewView[];
  readonly toBook: string[];
  readonly registered: boolean;
  readonly schedules: Map<string, BoothSchedule>;
  readonly vacancies: Map<string, VacancyDetailView>;
  readonly nowMs: number;
}

/** Everything the graduate's interviews page shows, read through core as the caller. */
async function readPage(deps: Deps, actor: Actor, fair: FairDetail): Promise<PageData> {
  const fairId = fair.fairId;
  const [mine, offers, registration, list] = await Promise.all([
    myInterviews(deps, actor, fairId),
    myOffers(deps, actor, fairId),
    myRegistration(deps, actor, fairId).catch((error: unknown) => {
      if (error instanceof AppError && error.kind === "not_found") return undefined;
      throw error;
    }),
    vacanciesAtFair(deps, actor, fairId),
  ]);
  const nowMs = deps.now().getTime();
  const booths = new Set(fair.booths.map((b) => b.recruiterId));
  const held = new Set(mine.map((i) => i.recruiterId));
  const toBook = (registration?.requests ?? []).map((r) => r.recruiterId).filter((r) => booths.has(r) && !held.has(r));
  const movable = mine.filter((i) => i.state === "booked" && Date.parse(i.startsAt) > nowMs).map((i) => i.recruiterId);
  const schedules = new Map(
    await Promise.all(
      [...new Set([...movable, ...toBook])].map(async (r) => [r, await boothSchedule(deps, actor, fairId, r)] as const),
    ),
  );
  return {
    fair,
    mine,
    offers,
    toBook,
    registered: registration !== undefined,
    schedules,
    vacancies: new Map(list.map((v) => [v.vacancyId, v])),
    nowMs,
  };
}

function boothName(fair: FairDetail, recruiterId: string) {
  return fair.booths.find((b) => b.recruiterId === recruiterId)?.name ?? recruiterId;
}

function InterviewCard({
  interview,
  index,
  data,
  problem,
  csrf,
  lang,
}: {
  interview: MyInterview;
  index: number;
  data: PageData;
  problem: Problem | undefined;
  csrf: string;
  lang: Language;
}) {
  const t = fairTexts[lang].interviews;
  const { fair } = data;
  const tz = fair.calendar.timeZone;
  const booth = boothName(fair, interview.recruiterId);
  const vacancies = interview.vacancyIds.map((id) => data.vacancies.get(id));
  const countries = [...new Set(vacancies.flatMap((v) => (v ? [v.country] : [])))];
  const schedule = data.schedules.get(interview.recruiterId);
  const movable = interview.state === "booked" && Date.parse(interview.startsAt) > data.nowMs && schedule;
  const free = schedule
    ? freeSlotsFor(schedule, fair, data.mine, interview.recruiterId, data.nowMs).filter((s) => s.slot !== interview.slot)
    : [];
  const mineProblem = problem?.recruiterId === interview.recruiterId ? problem : undefined;
  const id = formId("pindah", index);
  return (
    <li class="card">
      <h3>{booth}</h3>
      <p>
        <strong class={interview.state === "booked" || interview.state === "checked-in" ? "tag tag--ok" : "tag tag--grey"}>
          {t.state[interview.state]}
        </strong>
      </p>
      <dl class="summary">
        <When interview={interview} countries={countries} tz={tz} lang={lang} />
        <div>
          <dt>{t.table}</dt>
          <dd>{t.tableNo(interview.table)}</dd>
        </div>
        <div>
          <dt>{t.vacancies}</dt>
          <dd>
            {vacancies
              .map((v, i) =>
                v ? fairTexts[lang].vacancy(v.title, countryName(v.country, lang)) : (interview.vacancyIds[i] ?? ""),
              )
              .join("; ")}
          </dd>
        </div>
      </dl>
      {interview.state === "booked" ? (
        <figure class="qr">
          <img src={`${boothPath(fair.fairId, interview.recruiterId)}/qr.svg`} alt={t.qrAlt(booth)} width="240" height="240" />
          <figcaption>
            {t.qrHint} <code class="qr__code">{interview.checkInCode}</code>
          </figcaption>
        </figure>
      ) : null}
      {movable ? (
        <>
          {mineProblem?.action === "batal" ? (
            <p class="error-message" id={formId("batal", index)}>
              {mineProblem.message}
            </p>
          ) : null}
          <details class="fair-action" open={mineProblem?.action === "pindah" ? true : undefined}>
            <summary>{t.reschedule}</summary>
            {free.length === 0 && mineProblem?.action !== "pindah" ? (
              <p>{t.noFree}</p>
            ) : (
              <form method="post" action={`${boothPath(fair.fairId, interview.recruiterId)}/pindah`} id={id}>
                <Csrf token={csrf} />
                <SlotSelect
                  id={id}
                  label={t.newTime}
                  slots={free}
                  chosen={mineProblem?.chosen}
                  error={mineProblem?.action === "pindah" ? mineProblem.message : undefined}
                  tz={tz}
                  lang={lang}
                />
                {free.length > 0 ? (
                  <button type="submit" class="button button--secondary">
                    {t.move}
                  </button>
                ) : null}
              </form>
            )}
          </details>
          <p>
            <a href={`${boothPath(fair.fairId, interview.recruiterId)}/batal`} class="button button--warning">
              {t.cancel}
            </a>
          </p>
        </>
      ) : null}
    </li>
  );
}

function OfferCard({ offer, data, csrf, lang }: { offer: InterviewView; data: PageData; csrf: string; lang: Language }) {
  const t = fairTexts[lang];
  const { fair } = data;
  const tz = fair.calendar.timeZone;
  const countries = [...new Set(offer.vacancyIds.flatMap((id) => data.vacancies.get(id)?.country ?? []))];
  const path = `${fairPath(fair.fairId)}/tawaran/${encodeURIComponent(offer.recruiterId)}/${offer.slot}/${offer.table}`;
  return (
    <li class="card">
      <h3>{boothName(fair, offer.recruiterId)}</h3>
      <p>{t.offer.text(boothName(fair, offer.recruiterId))}</p>
      <dl class="summary">
        <When interview={offer} countries={countries} tz={tz} lang={lang} />
        <div>
          <dt>{t.interviews.table}</dt>
          <dd>{t.interviews.tableNo(offer.table)}</dd>
        </div>
      </dl>
      {offer.offerExpires ? (
        <p>
          <strong>{t.offer.deadline(dateTime(offer.offerExpires, lang, tz))}</strong>
        </p>
      ) : null}
      <form method="post" action={path}>
        <Csrf token={csrf} />
        <button type="submit" name="jawab" value="terima" class="button">
          {t.offer.accept}
        </button>
        <button type="submit" name="jawab" value="tolak" class="button button--secondary">
          {t.offer.decline}
        </button>
      </form>
    </li>
  );
}

function BookingForm({
  recruiterId,
  index,
  data,
  problem,
  csrf,
  lang,
}: {
  recruiterId: string;
  index: number;
  data: PageData;
  problem: Problem | undefined;
  csrf: string;
  lang: Language;
}) {
  const t = fairTexts[lang].interviews;
  const { fair } = data;
  const schedule = data.schedules.get(recruiterId);
  const free = schedule ? freeSlotsFor(schedule, fair, data.mine, recruiterId, data.nowMs) : [];
  const mineProblem = problem?.action === "pesan" && problem.recruiterId === recruiterId ? problem : undefined;
  const id = formId("pesan", index);
  return (
    <li class="card">
      <h3>{boothName(fair, recruiterId)}</h3>
      <p>{t.bookLead}</p>
      {free.length === 0 && !mineProblem ? (
        <p>{t.noFree}</p>
      ) : (
        <form method="post" action={`${interviewsPath(fair.fairId)}/pesan`} id={id}>
          <Csrf token={csrf} />
          <input type="hidden" name="recruiterId" value={recruiterId} />
          <SlotSelect
            id={id}
            label={t.time}
            slots={free}
            chosen={mineProblem?.chosen}
            error={mineProblem?.message}
            tz={fair.calendar.timeZone}
            lang={lang}
          />
          {free.length > 0 ? (
            <button type="submit" class="button">
              {t.book}
            </button>
          ) : null}
        </form>
      )}
    </li>
  );
}

/** Where each action's form sits on the page, for the error summary's link. */
function anchorOf(problem: Problem, data: PageData): string {
  if (problem.action === "pesan") return `${formId("pesan", data.toBook.indexOf(problem.recruiterId))}-slot`;
  if (problem.action === "tawaran") return "tawaran";
  const index = data.mine.findIndex((i) => i.recruiterId === problem.recruiterId);
  return problem.action === "pindah" ? `${formId("pindah", index)}-slot` : formId(problem.action, index);
}

/** `/bursa/{fairId}/wawancara`, read afresh (after a refusal too, so it shows what is free now). */
async function interviewsPage(
  c: WebContext,
  deps: Deps,
  fairId: string,
  problem?: Problem,
  status: 200 | 400 | 404 | 409 | 422 = 200,
) {
  const lang = langOf(c);
  const t = fairTexts[lang];
  const actor = signedIn(c);
  gate(actor, myInterviews);
  const fair = await readFair(deps, actor, fairId);
  const back = (
    <p>
      <a href={fairPath(fairId)}>{t.interviews.back}</a>
    </p>
  );
  if (!fair.publishedVersion)
    return render(
      c,
      t.interviews.title,
      <>
        <h1>{t.interviews.title}</h1>
        <p class="lead">{fair.name}</p>
        <p>{t.interviews.notPublished}</p>
        {back}
      </>,
      status,
    );
  const data = await readPage(deps, actor, fair);
  const csrf = c.get("session")?.csrf ?? "";
  const flash =
    known(
      { pesan: t.interviews.ok.booked, pindah: t.interviews.ok.moved, batal: t.interviews.ok.cancelled },
      c.req.query("ok"),
    ) ?? known({ terima: t.interviews.ok.accepted, tolak: t.interviews.ok.declined }, c.req.query("ok"));
  const summary = problem ? { fields: { [anchorOf(problem, data)]: problem.message }, general: [] } : { fields: {}, general: [] };
  const offerProblem = problem?.action === "tawaran" ? problem : undefined;
  return render(
    c,
    t.interviews.title,
    <>
      <ErrorSummary errors={summary} lang={lang} labels={{}} />
      <h1>{t.interviews.title}</h1>
      <p class="lead">{fair.name}</p>
      <Flash message={flash} />
      {offerProblem ? (
        <p class="error-message" id="tawaran">
          {offerProblem.message}
        </p>
      ) : null}
      {data.offers.length > 0 ? (
        <section aria-labelledby="tawaran-judul">
          <h2 id="tawaran-judul">{t.offer.title}</h2>
          <ul class="cards">
            {data.offers.map((offer) => (
              <OfferCard offer={offer} data={data} csrf={csrf} lang={lang} />
            ))}
          </ul>
        </section>
      ) : null}
      {data.mine.length === 0 && data.offers.length === 0 ? (
        <p>{data.registered ? t.interviews.none : t.interviews.notRegistered}</p>
      ) : null}
      <ul class="cards">
        {data.mine.map((interview, index) => (
          <InterviewCard interview={interview} index={index} data={data} problem={problem} csrf={csrf} lang={lang} />
        ))}
      </ul>
      {data.mine.length > 0 ? (
        <p>
          <a href={`${interviewsPath(fairId)}.ics`} download>
            {t.interviews.calendar}
          </a>
        </p>
      ) : null}
      {data.toBook.length > 0 ? (
        <section aria-labelledby="pesan-judul">
          <h2 id="pesan-judul">{t.interviews.bookTitle}</h2>
          <ul class="cards">
            {data.toBook.map((recruiterId, index) => (
              <BookingForm recruiterId={recruiterId} index={index} data={data} problem={problem} csrf={csrf} lang={lang} />
            ))}
          </ul>
        </section>
      ) : null}
      {back}
    </>,
    status,
  );
}

/** The message shown beside a form for a lost race: core's reason, and that the page now shows what is free. */
function raceMessage(error: unknown, t: FairTexts): string | undefined {
  const code = error instanceof AppError ? error.code : "";
  return code === "slot_taken" || code === "busy" || code === "candidate_busy" || code === "interview_changed"
    ? t.interviews.refreshed
    : undefined;
}

/**
 * Runs a graduate's change to their interviews; on success a 303 to the page with a
 * confirmation, on a refusal the page read again with the reason beside the form.
 */
async function change(
  c: WebContext,
  deps: Deps,
  fairId: string,
  action: Action,
  recruiterId: string,
  chosen: number | undefined,
  run: () => Promise<string>,
) {
  const lang = langOf(c);
  try {
    const ok = await run();
    return c.redirect(`${interviewsPath(fairId)}?ok=${ok}`, 303);
  } catch (error) {
    const offerGone = action === "tawaran" && error instanceof AppError && error.code === "offer_not_found";
    const message = offerGone ? fairTexts[lang].offer.gone : refusalMessage(error, lang);
    if (message === undefined) throw error;
    const extra = raceMessage(error, fairTexts[lang]);
    return interviewsPage(
      c,
      deps,
      fairId,
      { action, recruiterId, message: extra ? `${message} ${extra}` : message, ...(chosen !== undefined ? { chosen } : {}) },
      offerGone ? 409 : statusOf(error),
    );
  }
}

/** My interviews: see them, calendar file, QR, book, move, cancel (confirmed first), answer an offer. */
export function interviewRoutes(app: Hono<WebEnv>, { deps }: WebDeps) {
  app.get("/bursa/:fairId/wawancara", (c) => interviewsPage(c, deps, idParam(c, "fairId")));

  app.get("/bursa/:fairId/wawancara.ics", async (c) => {
    const fairId = idParam(c, "fairId");
    const ics = await myCalendar(deps, signedIn(c), fairId);
    return c.body(ics, 200, {
      "content-type": "text/calendar; charset=utf-8",
      "content-disposition": `attachment; filename="jalur-${fairId.replace(/[^\w-]/g, "_")}.ics"`,
      "cache-control": "private, no-store",
    });
  });

  app.get("/bursa/:fairId/wawancara/:recruiterId/qr.svg", async (c) => {
    const fairId = idParam(c, "fairId");
    const recruiterId = idParam(c, "recruiterId");
    const code = await myCheckInCode(deps, signedIn(c), fairId, recruiterId);
    return c.body(await qrSvg(code), 200, { "content-type": "image/svg+xml", "cache-control": "private, no-store" });
  });

  // The form addresses, opened directly (a language switch after a refused form): the page itself.
  const toPage = (c: WebContext) => {
    const lang = c.req.query("lang");
    return c.redirect(`${interviewsPath(idParam(c, "fairId"))}${lang ? `?lang=${encodeURIComponent(lang)}` : ""}`, 303);
  };
  app.get("/bursa/:fairId/wawancara/pesan", toPage);
  app.get("/bursa/:fairId/wawancara/:recruiterId/pindah", toPage);
  app.get("/bursa/:fairId/tawaran/:recruiterId/:slot/:table", toPage);

  app.post("/bursa/:fairId/wawancara/pesan", async (c) => {
    const fairId = idParam(c, "fairId");
    const actor = signedIn(c);
    const form = await formOf(c);
    const recruiterId = form.recruiterId ?? "";
    if (!recruiterId || recruiterId.length > 100) throw new AppError("not_found", "booth_not_found", "No such booth.");
    const slot = wholeNumber(form.slot, 0, 9999);
    if (slot === undefined)
      return interviewsPage(
        c,
        deps,
        fairId,
        { action: "pesan", recruiterId, message: fairTexts[langOf(c)].interviews.chooseTime },
        400,
      );
    return change(c, deps, fairId, "pesan", recruiterId, slot, async () => {
      await bookSlot(deps, actor, fairId, recruiterId, slot);
      return "pesan";
    });
  });

  app.post("/bursa/:fairId/wawancara/:recruiterId/pindah", async (c) => {
    const fairId = idParam(c, "fairId");
    const recruiterId = idParam(c, "recruiterId");
    const actor = signedIn(c);
    const slot = wholeNumber((await formOf(c)).slot, 0, 9999);
    if (slot === undefined)
      return interviewsPage(
        c,
        deps,
        fairId,
        { action: "pindah", recruiterId, message: fairTexts[langOf(c)].interviews.chooseTime },
        400,
      );
    return change(c, deps, fairId, "pindah", recruiterId, slot, async () => {
      await rescheduleInterview(deps, actor, fairId, recruiterId, slot);
      return "pindah";
    });
  });

  // Cancelling asks first (a page of its own, no JavaScript needed), then a POST does it.
  app.get("/bursa/:fairId/wawancara/:recruiterId/batal", async (c) => {
    const lang = langOf(c);
    const t = fairTexts[lang];
    const fairId = idParam(c, "fairId");
    const recruiterId = idParam(c, "recruiterId");
    const actor = signedIn(c);
    const [fair, mine, vacancies] = await Promise.all([
      readFair(deps, actor, fairId),
      myInterviews(deps, actor, fairId),
      vacanciesAtFair(deps, actor, fairId),
    ]);
    const interview = mine.find((i) => i.recruiterId === recruiterId && i.state === "booked");
    if (!interview) throw new AppError("not_found", "interview_not_found", "No such interview.");
    const countries = [...new Set(vacancies.filter((v) => interview.vacancyIds.includes(v.vacancyId)).map((v) => v.country))];
    const tz = fair.calendar.timeZone;
    const booth = boothName(fair, recruiterId);
    return render(
      c,
      t.cancel.title,
      <>
        <h1>{t.cancel.title}</h1>
        <p class="lead">{t.cancel.question(booth)}</p>
        <dl class="summary">
          <When interview={interview} countries={countries} tz={tz} lang={lang} />
          <div>
            <dt>{t.interviews.table}</dt>
            <dd>{t.interviews.tableNo(interview.table)}</dd>
          </div>
        </dl>
        <div class="notice notice--warning">{t.cancel.warning}</div>
        <form method="post" action={`${boothPath(fairId, recruiterId)}/batal`}>
          <Csrf token={c.get("session")?.csrf ?? ""} />
          <button type="submit" class="button button--warning">
            {t.cancel.yes}
          </button>
        </form>
        <p>
          <a href={interviewsPath(fairId)}>{t.cancel.no}</a>
        </p>
      </>,
    );
  });

  app.post("/bursa/:fairId/wawancara/:recruiterId/batal", async (c) => {
    const fairId = idParam(c, "fairId");
    const recruiterId = idParam(c, "recruiterId");
    const actor = signedIn(c);
    return change(c, deps, fairId, "batal", recruiterId, undefined, async () => {
      await cancelInterview(deps, actor, fairId, recruiterId);
      return "batal";
    });
  });

  app.post("/bursa/:fairId/tawaran/:recruiterId/:slot/:table", async (c) => {
    const fairId = idParam(c, "fairId");
    const recruiterId = idParam(c, "recruiterId");
    const slot = wholeNumber(c.req.param("slot"), 0, 9999);
    const table = wholeNumber(c.req.param("table"), 1, 999);
    if (slot === undefined || table === undefined) throw new AppError("not_found", "offer_not_found", "No such offer.");
    const actor = signedIn(c);
    const answer = (await formOf(c)).jawab;
    if (answer !== "terima" && answer !== "tolak") return c.redirect(interviewsPath(fairId), 303);
    return change(c, deps, fairId, "tawaran", recruiterId, undefined, async () => {
      await answerOffer(deps, actor, fairId, recruiterId, slot, table, answer === "terima");
      return answer;
    });
  });
}
