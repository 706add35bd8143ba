/**
 * iCalendar (RFC 5545) files for interviews, in the fair's own time zone: every DTSTART/DTEND
 * names a TZID, and the file carries a VTIMEZONE for it built from the zone's real offsets
 * (one STANDARD/DAYLIGHT observance per offset change around the events), so calendars that do
 * not know the IANA zone still show the right wall-clock time.
 */
import { zoneOffsetMinutes, zoneParts } from "./grid.ts";

export interface IcsEvent {
  readonly uid: string;
  readonly startMs: number;
  readonly endMs: number;
  readonly summary: string;
  readonly location: string;
  readonly description?: string;
}

/** "20261201T090000": the wall-clock time in the zone. */
export function localStamp(utcMs: number, timeZone: string): string {
  const p = zoneParts(utcMs, timeZone);
  return `${p.year}${p.month}${p.day}T${p.hour}${p.minute}${p.second}`;
}

const utcStamp = (ms: number) =>
  new Date(ms)
    .toISOString()
    .replace(/[-:]/g, "")
    .replace(/\.\d{3}/, "");

const fmtOffset = (minutes: number) => {
  const sign = minutes < 0 ? "-" : "+";
  const m = Math.abs(minutes);
  return `${sign}${String(Math.floor(m / 60)).padStart(2, "0")}${String(m % 60).padStart(2, "0")}`;
};

/** The instants, between `fromMs` and `toMs`, where the zone's offset changes (to the minute). */
function transitions(fromMs: number, toMs: number, timeZone: string): { atMs: number; before: number; after: number }[] {
  const out: { atMs: number; before: number; after: number }[] = [];
  const DAY = 86_400_000;
  let prev = zoneOffsetMinutes(fromMs, timeZone);
  for (let t = fromMs + DAY; t <= toMs + DAY; t += DAY) {
    const off = zoneOffsetMinutes(t, timeZone);
    if (off === prev) continue;
    let lo = t - DAY;
    let hi = t;
    while (hi - lo > 60_000) {
      const mid = lo + Math.floor((hi - lo) / 2 / 60_000) * 60_000 || lo + 60_000;
      if (zoneOffsetMinutes(mid, timeZone) === prev) lo = mid;
      else hi = mid;
    }
    out.push({ atMs: hi, before: prev, after: off });
    prev = off;
  }
  return out;
}

/** A VTIMEZONE for the zone, valid for the period the events span (with a year's margin before). */
export function vtimezone(timeZone: string, fromMs: number, toMs: number): string[] {
  const start = fromMs - 366 * 86_400_000;
  const changes = transitions(start, toMs, timeZone);
  const name = (ms: number) => zoneParts(ms, timeZone).timeZoneName ?? timeZone;
  const lines = ["BEGIN:VTIMEZONE", `TZID:${timeZone}`];
  if (changes.length === 0) {
    const off = zoneOffsetMinutes(fromMs, timeZone);
    lines.push(
      "BEGIN:STANDARD",
      "DTSTART:19700101T000000",
      `TZOFFSETFROM:${fmtOffset(off)}`,
      `TZOFFSETTO:${fmtOffset(off)}`,
      `TZNAME:${name(fromMs)}`,
      "END:STANDARD",
    );
  } else {
    for (const c of changes) {
      const kind = c.after > c.before ? "DAYLIGHT" : "STANDARD";
      // DTSTART of an observance is the local time before the change (RFC 5545 §3.6.5).
      const dtstart = utcStamp(c.atMs + c.before * 60_000).replace("Z", "");
      lines.push(
        `BEGIN:${kind}`,
        `DTSTART:${dtstart}`,
        `TZOFFSETFROM:${fmtOffset(c.before)}`,
        `TZOFFSETTO:${fmtOffset(c.after)}`,
        `TZNAME:${name(c.atMs)}`,
        `END:${kind}`,
      );
    }
  }
  lines.push("END:VTIMEZONE");
  return lines;
}

/**
 * A TEXT value (RFC 5545 §3.3.11): backslash, semicolon and comma escaped, every line break
 * (CRLF, CR or LF) written as `\n`, and other control characters dropped (they are not allowed).
 */
export const escapeText = (s: string) =>
  s
    .replace(/\\/g, "\\\\")
    .replace(/\r\n|\r|\n/g, "\\n")
    // biome-ignore lint/suspicious/noControlCharactersInRegex: removing them is the point
    .replace(/[\x00-\x08\x0A-\x1F\x7F]/g, "")
    .replace(/([,;])/g, "\\$1");

/** Lines longer than 75 octets are folded (RFC 5545 §3.1). */
function fold(line: string): string {
  const bytes = Buffer.from(line, "utf8");
  if (bytes.length <= 75) return line;
  const out: string[] = [];
  let current = "";
  for (const ch of line) {
    if (Buffer.byteLength(current + ch, "utf8") > (out.length === 0 ? 75 : 74)) {
      out.push(current);
      current = "";
    }
    current += ch;
  }
  out.push(current);
  return out.join("\r\n ");
}

/** A calendar file with the events in `timeZone`. `stampMs` is the DTSTAMP (when it was made). */
export function icsCalendar(events: readonly IcsEvent[], timeZone: string, stampMs: number): string {
  const from = Math.min(...events.map((e) => e.startMs), stampMs);
  const to = Math.max(...events.map((e) => e.endMs), stampMs);
  const lines = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    "PRODID:-//Jalur//Job fair interviews//EN",
    "CALSCALE:GREGORIAN",
    "METHOD:PUBLISH",
    ...vtimezone(timeZone, from, to),
  ];
  for (const e of events) {
    lines.push(
      "BEGIN:VEVENT",
      `UID:${escapeText(e.uid)}`,
      `DTSTAMP:${utcStamp(stampMs)}`,
      `DTSTART;TZID=${timeZone}:${localStamp(e.startMs, timeZone)}`,
      `DTEND;TZID=${timeZone}:${localStamp(e.endMs, timeZone)}`,
      `SUMMARY:${escapeText(e.summary)}`,
      `LOCATION:${escapeText(e.location)}`,
      ...(e.description ? [`DESCRIPTION:${escapeText(e.description)}`] : []),
      "END:VEVENT",
    );
  }
  lines.push("END:VCALENDAR");
  return `${lines.map(fold).join("\r\n")}\r\n`;
}
