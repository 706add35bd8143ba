import type { Deps } from "../../platform/deps.ts";
import { absentIfNotFound } from "../../platform/errors.ts";
import type { Notify } from "../../platform/messages.ts";
import { enqueueAll } from "../../platform/queue.ts";
import { type BoothItem, db, type FairItem, type InterviewItem } from "../../service.ts";
import { getBooth, getFair } from "../access.ts";
import { markNoShow } from "./check-in.ts";
import { interviewNotice } from "./places.ts";

/** A booked interview not checked in this long after its start is a no-show. */
export const NO_SHOW_GRACE_MINUTES = 15;

const HOUR = 3_600_000;

function hourBuckets(fromMs: number, toMs: number): string[] {
  const out: string[] = [];
  for (let t = Math.floor(fromMs / HOUR) * HOUR; t <= toMs; t += HOUR) out.push(new Date(t).toISOString().slice(0, 13));
  return out;
}

/** Access pattern: interviews starting in (from, to] (by UTC hour bucket), any fair. */
async function interviewsStartingBetween(deps: Deps, fromMs: number, toMs: number): Promise<InterviewItem[]> {
  const from = new Date(fromMs).toISOString();
  const to = new Date(toMs).toISOString();
  const out: InterviewItem[] = [];
  for (const startHour of hourBuckets(fromMs, toMs)) {
    const { data } = await db(deps)
      .interview.query.byStart({ startHour })
      .between({ startsAt: from }, { startsAt: `${to}~` })
      .go({ pages: "all" });
    out.push(...data.filter((i) => i.startsAt > from && i.startsAt <= to));
  }
  return out;
}

/**
 * One tick of the fair clock, for the window (fromMs, toMs]: reminders for published, booked
 * interviews starting 24 h and 1 h after the window (each sent once: the notice id names the
 * interview and the lead time), and no-shows for interviews that started more than the grace
 * period before it.
 */
export async function fairClockTick(deps: Deps, fromMs: number, toMs: number) {
  const fairs = new Map<string, FairItem | undefined>();
  const booths = new Map<string, BoothItem | undefined>();
  const published = async (i: InterviewItem) => {
    if (!fairs.has(i.fairId)) fairs.set(i.fairId, await getFair(deps, i.fairId).catch(absentIfNotFound));
    const fair = fairs.get(i.fairId);
    return fair?.publishedVersion === i.scheduleVersion ? fair : undefined;
  };
  const boothOf = async (i: InterviewItem) => {
    const k = `${i.fairId}/${i.recruiterId}`;
    if (!booths.has(k)) booths.set(k, await getBooth(deps, i.fairId, i.recruiterId).catch(absentIfNotFound));
    return booths.get(k);
  };
  const notices: Notify[] = [];
  for (const [lead, ms] of [
    ["24h", 24 * HOUR],
    ["1h", HOUR],
  ] as const) {
    for (const i of await interviewsStartingBetween(deps, fromMs + ms, toMs + ms)) {
      if (i.state !== "booked") continue;
      const fair = await published(i);
      const booth = await boothOf(i);
      if (!fair || !booth) continue;
      notices.push(...interviewNotice(`interview-reminder-${lead}`, i, i.graduateId, fair, booth, `reminder-${lead}`));
    }
  }
  await enqueueAll(deps, "notify", notices);
  let noShows = 0;
  const grace = NO_SHOW_GRACE_MINUTES * 60_000;
  for (const i of await interviewsStartingBetween(deps, fromMs - grace, toMs - grace)) {
    if (i.state !== "booked" || !(await published(i))) continue;
    if (await markNoShow(deps, i)) noShows++;
  }
  return { reminders: notices.length, noShows };
}
