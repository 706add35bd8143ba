import type { Deps } from "../../platform/deps.ts";
import { AppError, committed } from "../../platform/errors.ts";
import type { Notify } from "../../platform/messages.ts";
import { noticesTo } from "../../platform/notices.ts";
import { useCase } from "../../platform/principal.ts";
import { enqueueAll, intentOf } from "../../platform/queue.ts";
import { db, type InterviewItem } from "../../service.ts";
import { boothsOf, fairToRun, getFair } from "../access.ts";
import { calendarOf, localTime } from "../calendar.ts";
import type { Fair } from "../contract.ts";
import { fairView } from "../fairs.ts";
import { interviewsOfVersion } from "../interviews/interviews.ts";
import { getScheduleJob } from "./jobs.ts";

/**
 * Publishes a finished schedule version: one conditional write switches the fair to it, so
 * everyone sees either the old or the new schedule; the notices follow from a queue message.
 */
export const publishSchedule = useCase(["organiser"], async (deps, actor, fairId: string, jobId: string): Promise<Fair> => {
  const fair = await fairToRun(deps, actor, fairId);
  const job = await getScheduleJob(deps, fairId, jobId);
  if (job.state !== "done") throw new AppError("conflict", "job_not_done", `The schedule job is ${job.state}, not done.`);
  if (fair.publishedVersion === jobId) return fairView(fair, actor);
  const at = deps.now().toISOString();
  const result = await db(deps)
    .service.transaction.write(({ fair: f, intent }) => [
      f
        .patch({ fairId })
        .set({ publishedVersion: jobId, publishedAt: at, version: fair.version + 1, updatedAt: at })
        .where((a, op) => op.eq(a.version, fair.version))
        .commit(),
      intent
        .put(
          intentOf(deps, "notify", {
            type: "schedule-published",
            id: `schedule-published:${fairId}:${jobId}`,
            fairId,
            version: jobId,
            ...(fair.publishedVersion ? { previousVersion: fair.publishedVersion } : {}),
          }),
        )
        .commit(),
    ])
    .go();
  committed(result, "The fair");
  return fairView(await getFair(deps, fairId), actor);
});

/** Notices for a newly published version: only candidates whose interviews changed hear about it. */
export async function fanOutScheduleNotices(
  deps: Deps,
  message: { fairId: string; version: string; previousVersion?: string },
): Promise<number> {
  const fair = await getFair(deps, message.fairId);
  if (fair.publishedVersion !== message.version) return 0; // superseded before the notices went out
  const tz = calendarOf(fair).timeZone;
  const boothList = await boothsOf(deps, fair.fairId);
  const booths = new Map(boothList.map((b) => [b.recruiterId, b]));
  const group = (items: InterviewItem[]) => {
    const m = new Map<string, InterviewItem[]>();
    for (const i of items) {
      if (i.state === "offered" || i.state === "removed") continue;
      const list = m.get(i.graduateId) ?? [];
      list.push(i);
      m.set(i.graduateId, list);
    }
    return m;
  };
  const signature = (list: InterviewItem[] | undefined) =>
    (list ?? [])
      .map((i) => `${i.recruiterId}@${i.startsAt}#${i.table}`)
      .sort()
      .join(",");
  const now = group(await interviewsOfVersion(deps, fair.fairId, message.version, boothList));
  const before = message.previousVersion
    ? group(await interviewsOfVersion(deps, fair.fairId, message.previousVersion, boothList))
    : new Map<string, InterviewItem[]>();
  const notices: Notify[] = [];
  for (const graduateId of new Set([...now.keys(), ...before.keys()])) {
    const mine = now.get(graduateId) ?? [];
    if (signature(mine) === signature(before.get(graduateId))) continue;
    const list = mine
      .sort((a, b) => a.startsAt.localeCompare(b.startsAt))
      .map((i) => `${booths.get(i.recruiterId)?.name ?? i.recruiterId}: ${localTime(i.startsAt, tz)} (#${i.table})`)
      .join("; ");
    const params = { fair: fair.name, venue: fair.venue, count: String(mine.length), list: list || "-" };
    const link = `/v1/fairs/${fair.fairId}/interviews/mine`;
    notices.push(...noticesTo(graduateId, `${fair.fairId}:${message.version}`, "interview-schedule", params, link));
  }
  await enqueueAll(deps, "notify", notices);
  return notices.length;
}
