import {
  type Actor,
  ANONYMOUS,
  AppError,
  admit,
  type Fair,
  issuesOf,
  localizedMessage,
  type UseCase,
  useCaseInfo,
} from "@jalur/core";
import { EMPLOYER_ZONES, placementPolicy, zoneLabel, zoneOffsetMinutes } from "@jalur/domain";
import type { Context } from "hono";
import { principalOf, type WebContext, type WebEnv } from "../../context.ts";
import { calendarDate, dateTime } from "../../format.ts";
import type { Language } from "../../i18n/define.ts";
import { fairTexts } from "../../i18n/fairs.ts";

const LOCALE: Record<Language, string> = { id: "id-ID", en: "en-GB" };

/** The caller as core sees them: the signed-in principal, or anonymous. */
export const actorOf = (c: WebContext): Actor => principalOf(c) ?? ANONYMOUS;

/** Whether the caller's role passes a use case's own gate (what to offer them on a page). */
// biome-ignore lint/suspicious/noExplicitAny: any use case, whatever its arguments
export function may(actor: Actor, useCase: UseCase<any[], unknown>): boolean {
  try {
    admit(actor, useCaseInfo(useCase).roles);
    return true;
  } catch {
    return false;
  }
}

/** The caller must pass the use case's gate before a page reads anything (sign in, or 403). */
// biome-ignore lint/suspicious/noExplicitAny: any use case, whatever its arguments
export const gate = (actor: Actor, useCase: UseCase<any[], unknown>) => admit(actor, useCaseInfo(useCase).roles);

const pageNotFound = () => new AppError("not_found", "page_not_found", "No such page.");

/**
 * An id from the path, as the API accepts ids (1–100 characters); anything else, or a control
 * character, is a page that does not exist (404), never a failed read.
 */
export function idParam(c: Context<WebEnv>, name: string): string {
  const value = c.req.param(name);
  // biome-ignore lint/suspicious/noControlCharactersInRegex: refusing them is the point
  if (!value || value.length > 100 || /[\u0000-\u001f\u007f]/.test(value)) throw pageNotFound();
  return value;
}

/** A slot or table number from a form or path: a whole number in range, else undefined. */
export function wholeNumber(value: string | undefined, min: number, max: number): number | undefined {
  if (!value || !/^\d{1,4}$/.test(value)) return undefined;
  const n = Number(value);
  return n >= min && n <= max ? n : undefined;
}

export type Phase = "upcoming" | "open" | "closed" | "published";

/** Where the fair stands for a graduate: registration not yet open, open, closed, schedule out. */
export function phaseOf(fair: Fair, now: Date): Phase {
  if (fair.publishedVersion) return "published";
  const at = now.toISOString();
  if (fair.state !== "registration-open" || at >= fair.registrationCloses) return "closed";
  return at < fair.registrationOpens ? "upcoming" : "open";
}

/** A destination's name in the user's language ("Jepang" / "Japan"), or its code. */
export function countryName(code: string, lang: Language): string {
  const destination = Object.hasOwn(placementPolicy.destinations, code) ? placementPolicy.destinations[code] : undefined;
  return destination?.name[lang] ?? code;
}

/** The employer's zone for a destination when its clock differs from the fair's at that instant. */
export function otherZone(country: string, fairZone: string, atMs: number): string | undefined {
  const zone = Object.hasOwn(EMPLOYER_ZONES, country) ? EMPLOYER_ZONES[country] : undefined;
  if (!zone) return undefined;
  return zoneOffsetMinutes(atMs, zone) === zoneOffsetMinutes(atMs, fairZone) ? undefined : zone;
}

/** "09.30" / "09:30": the wall-clock time in a zone, without its label. */
export function clock(instant: string | number, lang: Language, timeZone: string): string {
  return new Intl.DateTimeFormat(LOCALE[lang], { hour: "2-digit", minute: "2-digit", hourCycle: "h23", timeZone }).format(
    new Date(instant),
  );
}

/** "Senin, 7 Desember 2026": the day of an instant in a zone. */
export function dayIn(instant: string | number, lang: Language, timeZone: string): string {
  return new Intl.DateTimeFormat(LOCALE[lang], {
    weekday: "long",
    day: "numeric",
    month: "long",
    year: "numeric",
    timeZone,
  }).format(new Date(instant));
}

/** "7 Desember 2026" or "7 Desember 2026 – 8 Desember 2026". */
export function daysOf(fair: Fair, lang: Language): string {
  const { firstDay, lastDay } = fair.calendar;
  return firstDay === lastDay ? calendarDate(firstDay, lang) : `${calendarDate(firstDay, lang)} – ${calendarDate(lastDay, lang)}`;
}

/** "09.00–15.00 WIB": the opening hours in the fair's zone, with its label. */
export function hoursOf(fair: Fair, lang: Language): string {
  const local = (hhmm: string) => (lang === "id" ? hhmm.replace(":", ".") : hhmm);
  return `${local(fair.calendar.opens)}–${local(fair.calendar.closes)} ${zoneLabel(fair.calendar.timeZone)}`;
}

const PHASE_TAG: Record<Phase, string> = { upcoming: "tag", open: "tag tag--ok", closed: "tag tag--grey", published: "tag" };

export function PhaseTag({ phase, lang }: { phase: Phase; lang: Language }) {
  return <strong class={PHASE_TAG[phase]}>{fairTexts[lang].phase[phase]}</strong>;
}

/** A fair's facts: venue, days, hours and the registration window, all in the fair's zone. */
export function FairFacts({ fair, lang }: { fair: Fair; lang: Language }) {
  const t = fairTexts[lang];
  const tz = fair.calendar.timeZone;
  return (
    <dl class="summary">
      <div>
        <dt>{t.venue}</dt>
        <dd>{fair.venue}</dd>
      </div>
      <div>
        <dt>{t.days}</dt>
        <dd>{daysOf(fair, lang)}</dd>
      </div>
      <div>
        <dt>{t.hours}</dt>
        <dd>{hoursOf(fair, lang)}</dd>
      </div>
      <div>
        <dt>{t.registration}</dt>
        <dd>{t.window(dateTime(fair.registrationOpens, lang, tz), dateTime(fair.registrationCloses, lang, tz))}</dd>
      </div>
    </dl>
  );
}

/** A confirmation after a redirect (`?ok=…`), announced to screen readers. */
export function Flash({ message }: { message: string | undefined }) {
  return message ? (
    <div class="notice notice--success" role="status">
      {message}
    </div>
  ) : null;
}

/** A form value in `?key=` that names one of the known messages, or undefined. */
export function known<T extends Record<string, string>>(messages: T, key: string | undefined): string | undefined {
  return key !== undefined && Object.hasOwn(messages, key) ? messages[key] : undefined;
}

/** A core refusal as one message in the user's language (for showing beside a form). */
export function refusalMessage(error: unknown, lang: Language): string | undefined {
  if (!(error instanceof AppError)) return undefined;
  if (error.kind !== "validation" && error.kind !== "conflict" && error.kind !== "unprocessable") return undefined;
  return issuesOf(error, lang)[0]?.message ?? localizedMessage(error, lang);
}
