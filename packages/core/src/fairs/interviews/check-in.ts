import { createHmac, timingSafeEqual } from "node:crypto";
import { summariesFor } from "../../graduates/disclosure.ts";
import type { Deps } from "../../platform/deps.ts";
import { AppError, absentIfNotFound, notFound } from "../../platform/errors.ts";
import { useCase } from "../../platform/principal.ts";
import { intentOf } from "../../platform/queue.ts";
import { db, type InterviewItem } from "../../service.ts";
import { getFair, organises, runsBooth } from "../access.ts";
import { confirmAtCheckIn } from "../registration/register.ts";
import type { CheckIn } from "./contract.ts";
import { interviewRecord } from "./interviews.ts";
import { freed } from "./places.ts";

const signature = (key: string, payload: string) => createHmac("sha256", key).update(payload).digest("base64url").slice(0, 32);

const b64 = (s: string) => Buffer.from(s, "utf8").toString("base64url");
const unb64 = (s: string) => Buffer.from(s, "base64url").toString("utf8");

/**
 * The code in an interview's QR: who, where, when, signed with the deployment's key (not
 * guessable). Ids from outside (a token's subject, which may hold dots) are base64url-encoded:
 * `J2.<fair>.<version>.<b64 recruiter>~<slot>~<table>.<b64 graduate>.<signature>`.
 */
export function checkInCode(deps: Pick<Deps, "signingKey">, i: InterviewItem): string {
  const payload = ["J2", i.fairId, i.scheduleVersion, `${b64(i.recruiterId)}~${i.slot}~${i.table}`, b64(i.graduateId)].join(".");
  return `${payload}.${signature(deps.signingKey, payload)}`;
}

function readCheckInCode(deps: Pick<Deps, "signingKey">, code: string) {
  const parts = code.trim().split(".");
  const invalid = new AppError("validation", "invalid_code", "This is not a valid Jalur check-in code.");
  if (parts.length !== 6 || parts[0] !== "J2") throw invalid;
  const payload = parts.slice(0, 5).join(".");
  const expected = Buffer.from(signature(deps.signingKey, payload));
  const given = Buffer.from(parts[5] ?? "");
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) throw invalid;
  const [, fairId, scheduleVersion, key, graduate] = parts as [string, string, string, string, string];
  const [recruiter, slot, table] = key.split("~");
  return {
    fairId,
    scheduleVersion,
    recruiterId: unb64(recruiter ?? ""),
    slot: Number(slot),
    table: Number(table),
    graduateId: unb64(graduate),
  };
}

/**
 * The booth's recruiter (or one of the fair's organisers) scans a candidate's code. Checking in
 * twice is harmless. Checking in is the graduate's own act: a registration an organiser
 * imported for them becomes theirs (confirmed and applied), and the booth then sees who it is.
 */
export const checkIn = useCase(
  ["recruiter", "organiser"],
  async (deps, actor, fairId: string, code: string): Promise<CheckIn> => {
    const c = readCheckInCode(deps, code);
    if (c.fairId !== fairId) throw new AppError("validation", "other_fair", "This code is for another fair.");
    const fair = await getFair(deps, fairId).catch(absentIfNotFound);
    if (!fair || !(organises(actor, fair) || actor.role === "recruiter")) throw notFound("fair", fairId);
    if (!runsBooth(actor, fair, c.recruiterId))
      throw new AppError("forbidden", "other_booth", "This interview is at another booth; the candidate should go there.");
    if (fair.publishedVersion !== c.scheduleVersion)
      throw new AppError("conflict", "schedule_replaced", "The schedule changed since this code was issued; show the new one.");
    const key = { fairId, scheduleVersion: c.scheduleVersion, recruiterId: c.recruiterId, slot: c.slot, table: c.table };
    const d = db(deps);
    const { data: current } = await d.interview.get(key).go();
    if (!current || current.graduateId !== c.graduateId)
      throw new AppError("conflict", "interview_gone", "This interview was cancelled or moved.");
    const seen = async (alreadyCheckedIn: boolean, checkedInAt?: string): Promise<CheckIn> => {
      // Idempotent: a retry after a failure here confirms what the first attempt did not.
      await confirmAtCheckIn(deps, fairId, c.graduateId, current.vacancyIds);
      const who = await summariesFor(deps, actor, [c.graduateId], `name at check-in at booth ${c.recruiterId} of fair ${fairId}`);
      return {
        // With its interviewId: the booth's next call (the outcome) names the interview by it.
        ...interviewRecord(current),
        state: "checked-in",
        ...(checkedInAt ? { checkedInAt } : {}),
        alreadyCheckedIn,
        graduate: who.get(c.graduateId),
      };
    };
    if (current.state === "checked-in") return seen(true);
    if (current.state !== "booked") throw new AppError("conflict", "not_checkable", `The interview is ${current.state}.`);
    const at = deps.now().toISOString();
    const out = await d.service.transaction
      .write(({ interview, fairStat }) => [
        interview
          .patch(key)
          .set({ state: "checked-in", checkedInAt: at })
          .where((a, op) => `${op.eq(a.state, "booked")} AND ${op.eq(a.graduateId, c.graduateId)}`)
          .commit(),
        fairStat.update({ fairId, name: "attended", bucket: "all" }).add({ count: 1 }).commit(),
      ])
      .go();
    if (!out.canceled) return seen(false, at);
    // Lost a race: checked in by someone else (harmless), or cancelled, moved, marked a no-show.
    const { data: now } = await d.interview.get(key).go();
    if (now?.state === "checked-in" && now.graduateId === c.graduateId) return seen(true, now.checkedInAt);
    throw new AppError("conflict", "interview_changed", "The interview changed meanwhile; reload.");
  },
);

/** Marks a booked interview nobody checked in for as a no-show; its place goes to the waitlist (queued with it). */
export async function markNoShow(deps: Deps, i: InterviewItem): Promise<boolean> {
  const key = { fairId: i.fairId, scheduleVersion: i.scheduleVersion, recruiterId: i.recruiterId, slot: i.slot, table: i.table };
  const guard = { fairId: i.fairId, scheduleVersion: i.scheduleVersion, graduateId: i.graduateId };
  const next = freed({ fairId: i.fairId }, i, [i.graduateId]);
  const out = await db(deps)
    .service.transaction.write(({ interview, candidateSlot, fairStat, intent }) => [
      intent.put(intentOf(deps, next.queue, next.message)).commit(),
      interview
        .patch(key)
        .set({ state: "no-show" })
        .where((a, op) => `${op.eq(a.state, "booked")} AND ${op.eq(a.graduateId, i.graduateId)}`)
        .commit(),
      candidateSlot.delete({ ...guard, slot: i.slot }).commit(),
      fairStat.update({ fairId: i.fairId, name: "no-shows", bucket: "all" }).add({ count: 1 }).commit(),
    ])
    .go();
  return !out.canceled;
}
