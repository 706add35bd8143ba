import { buildSlotGrid, type FairCalendar, IsoDateSchema, localStamp, type Slot, zoneLabel } from "@jalur/domain";
import { z } from "zod";
import type { FairItem } from "../service.ts";

const LocalTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, "a time HH:MM");
export const Instant = z.iso.datetime({ offset: true });

const TimeZone = z
  .string()
  .max(64)
  .refine(
    (tz) => {
      try {
        new Intl.DateTimeFormat("en", { timeZone: tz });
        return tz.includes("/") || tz === "UTC";
      } catch {
        return false;
      }
    },
    { message: "an IANA time zone, e.g. Asia/Jakarta" },
  );

export const FairCalendarInput = z
  .object({
    timeZone: TimeZone.default("Asia/Jakarta"),
    firstDay: IsoDateSchema,
    lastDay: IsoDateSchema,
    opens: LocalTime,
    closes: LocalTime,
    breaks: z
      .array(z.object({ start: LocalTime, end: LocalTime }))
      .max(10)
      .default([]),
    slotMinutes: z.number().int().min(5).max(240),
  })
  .superRefine((c, ctx) => {
    if (c.lastDay < c.firstDay) ctx.addIssue({ code: "custom", path: ["lastDay"], message: "lastDay is before firstDay" });
    if (c.closes <= c.opens) ctx.addIssue({ code: "custom", path: ["closes"], message: "the fair closes before it opens" });
    for (const [i, b] of c.breaks.entries())
      if (b.end <= b.start)
        ctx.addIssue({ code: "custom", path: ["breaks", i, "end"], message: "a break ends before it starts" });
    const days = (Date.parse(c.lastDay) - Date.parse(c.firstDay)) / 86_400_000;
    if (days > 13) ctx.addIssue({ code: "custom", path: ["lastDay"], message: "a fair lasts at most 14 days" });
  });

export const calendarOf = (fair: Pick<FairItem, "calendar">) => fair.calendar as FairCalendar;

/** The fair's slots (derived from its calendar; never stored). */
export function slotsOf(fair: Pick<FairItem, "calendar">): Slot[] {
  return buildSlotGrid(calendarOf(fair));
}

/** "2026-12-01 09:00 WIB": a wall-clock time with its zone, the same in both languages. */
export function localTime(iso: string | number, timeZone: string): string {
  const s = localStamp(typeof iso === "number" ? iso : Date.parse(iso), timeZone);
  return `${s.slice(0, 4)}-${s.slice(4, 6)}-${s.slice(6, 8)} ${s.slice(9, 11)}:${s.slice(11, 13)} ${zoneLabel(timeZone)}`;
}

/** Whether a booth's interviewers are away during a slot (any of its unavailable intervals overlaps it). */
export function boothAwayDuring(booth: { unavailable: unknown }, slot: Pick<Slot, "startMs" | "endMs">): boolean {
  return (booth.unavailable as { from: string; to: string }[]).some(
    (u) => Date.parse(u.from) < slot.endMs && slot.startMs < Date.parse(u.to),
  );
}
