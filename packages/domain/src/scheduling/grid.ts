import { addDays, type IsoDate } from "../dates.ts";

/** A wall-clock time of day, "HH:MM", in the fair's time zone. */
export type LocalTime = string;

export interface FairCalendar {
  /** IANA zone of the venue, e.g. "Asia/Jakarta" (WIB). Every instant is stored in UTC. */
  readonly timeZone: string;
  readonly firstDay: IsoDate;
  readonly lastDay: IsoDate;
  readonly opens: LocalTime;
  readonly closes: LocalTime;
  /** Daily breaks (lunch, prayers), local times. */
  readonly breaks: readonly { readonly start: LocalTime; readonly end: LocalTime }[];
  readonly slotMinutes: number;
}

export interface Slot {
  readonly index: number;
  readonly day: IsoDate;
  /** UTC epoch milliseconds. */
  readonly startMs: number;
  readonly endMs: number;
}

const minutes = (t: LocalTime) => {
  const m = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(t);
  if (!m) throw new RangeError(`Not a time HH:MM: ${t}`);
  return Number(m[1]) * 60 + Number(m[2]);
};

const zoneFormatters = new Map<string, Intl.DateTimeFormat>();

/** The wall-clock fields (and short zone name) of an instant in a zone. */
export function zoneParts(utcMs: number, timeZone: string): Record<string, string> {
  let f = zoneFormatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
      timeZoneName: "short",
    });
    zoneFormatters.set(timeZone, f);
  }
  return Object.fromEntries(f.formatToParts(new Date(utcMs)).map((x) => [x.type, x.value]));
}

/** The zone's offset from UTC, in minutes, at an instant. */
export function zoneOffsetMinutes(utcMs: number, timeZone: string): number {
  const p = zoneParts(utcMs, timeZone);
  const asUtc = Date.UTC(Number(p.year), Number(p.month) - 1, Number(p.day), Number(p.hour), Number(p.minute), Number(p.second));
  return Math.round((asUtc - Math.floor(utcMs / 1000) * 1000) / 60_000);
}

/** The UTC instant of a wall-clock time on a date in a zone (pure; handles DST by re-checking the offset). */
export function zonedTimeToUtc(date: IsoDate, time: LocalTime, timeZone: string): number {
  const [y, mo, d] = date.split("-").map(Number) as [number, number, number];
  const local = Date.UTC(y, mo - 1, d) + minutes(time) * 60_000;
  let utc = local - zoneOffsetMinutes(local, timeZone) * 60_000;
  utc = local - zoneOffsetMinutes(utc, timeZone) * 60_000;
  return utc;
}

/**
 * The fair's interview grid: back-to-back slots of `slotMinutes` from opening to closing each
 * day, none overlapping a break. A slot that would end after closing or run into a break is left out.
 */
export function buildSlotGrid(fair: FairCalendar): Slot[] {
  const open = minutes(fair.opens);
  const close = minutes(fair.closes);
  if (close <= open) throw new RangeError("The fair closes before it opens");
  if (fair.slotMinutes < 5 || fair.slotMinutes > 240) throw new RangeError("Slot length must be 5–240 minutes");
  const breaks = fair.breaks.map((b) => [minutes(b.start), minutes(b.end)] as const);
  const slots: Slot[] = [];
  for (let day = fair.firstDay; day <= fair.lastDay; day = addDays(day, 1)) {
    let t = open;
    while (t + fair.slotMinutes <= close) {
      const end = t + fair.slotMinutes;
      const clash = breaks.find(([bs, be]) => t < be && bs < end);
      if (clash) {
        t = Math.max(t, clash[1]);
        continue;
      }
      const hh = (m: number) => `${String(Math.floor(m / 60)).padStart(2, "0")}:${String(m % 60).padStart(2, "0")}`;
      const startMs = zonedTimeToUtc(day, hh(t), fair.timeZone);
      slots.push({ index: slots.length, day, startMs, endMs: startMs + fair.slotMinutes * 60_000 });
      t = end;
    }
  }
  return slots;
}
