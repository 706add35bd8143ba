import { approximateRupiah, type Language, zoneLabel } from "@jalur/domain";

const LOCALE: Record<Language, string> = { id: "id-ID", en: "en-GB" };

/** "Senin, 7 Desember 2026, 09.30 WIB" / "Monday, 7 December 2026, 09:30 WIB": an instant in a zone, with its label. */
export function dateTime(instant: string | number | Date, lang: Language, timeZone = "Asia/Jakarta"): string {
  const at = new Date(instant);
  const day = new Intl.DateTimeFormat(LOCALE[lang], {
    weekday: "long",
    day: "numeric",
    month: "long",
    year: "numeric",
    timeZone,
  }).format(at);
  return `${day}, ${time(at, lang, timeZone)}`;
}

/** "09.30 WIB" / "09:30 WIB". */
export function time(instant: string | number | Date, lang: Language, timeZone = "Asia/Jakarta"): string {
  const clock = new Intl.DateTimeFormat(LOCALE[lang], { hour: "2-digit", minute: "2-digit", hourCycle: "h23", timeZone }).format(
    new Date(instant),
  );
  return `${clock} ${zoneLabel(timeZone)}`;
}

/** "7 Desember 2026" for a calendar date (YYYY-MM-DD), with no time zone to shift it. */
export function calendarDate(date: string, lang: Language): string {
  return new Intl.DateTimeFormat(LOCALE[lang], { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }).format(
    new Date(`${date}T00:00:00Z`),
  );
}

/** An amount in its currency: "¥210.000" / "JP¥210,000". */
export function money(amount: number, currency: string, lang: Language): string {
  return new Intl.NumberFormat(LOCALE[lang], { style: "currency", currency, maximumFractionDigits: 2 }).format(amount);
}

/** The amount and, for a foreign currency, its approximate rupiah value: "¥210.000 (± Rp22.260.000)". */
export function moneyWithRupiah(amount: number, currency: string, lang: Language): string {
  const idr = currency === "IDR" ? undefined : approximateRupiah(amount, currency);
  return idr === undefined ? money(amount, currency, lang) : `${money(amount, currency, lang)} (± ${money(idr, "IDR", lang)})`;
}

/** A number as people write it: "1.234" / "1,234". */
export function count(n: number, lang: Language): string {
  return new Intl.NumberFormat(LOCALE[lang]).format(n);
}
