import type { Slot } from "@jalur/domain";
import { AppError, notFound } from "../../platform/errors.ts";
import { useCase } from "../../platform/principal.ts";
import { intentOf } from "../../platform/queue.ts";
import { db } from "../../service.ts";
import { boothToRun } from "../access.ts";
import { slotsOf } from "../calendar.ts";
import type { PlaceRemoved } from "./contract.ts";
import { publishedVersionOf, startHourOf } from "./interviews.ts";
import { interviewNotice } from "./places.ts";

/** The booth's recruiter (or the fair's organisers) take a place away (an interviewer is missing); its candidate is told. */
export const removeSlot = useCase(
  ["recruiter", "organiser"],
  async (deps, actor, fairId: string, recruiterId: string, slot: number, table: number): Promise<PlaceRemoved> => {
    const { fair, booth } = await boothToRun(deps, actor, fairId, recruiterId);
    const version = publishedVersionOf(fair);
    if (!slotsOf(fair)[slot] || table < 1 || table > booth.tables) throw notFound("interview", `${recruiterId}~${slot}~${table}`);
    const key = { fairId, scheduleVersion: version, recruiterId, slot, table };
    const { data: current } = await db(deps).interview.get(key).go();
    const startsAt = new Date((slotsOf(fair)[slot] as Slot).startMs).toISOString();
    const removed = {
      ...key,
      graduateId: "-",
      vacancyIds: [],
      startsAt,
      endsAt: new Date((slotsOf(fair)[slot] as Slot).endMs).toISOString(),
      startHour: startHourOf(startsAt),
      state: "removed" as const,
    };
    if (current?.state === "removed") return { removed: key, notified: 0 };
    // Attendance and outcomes are the fair's record: a place someone came to is not taken away.
    if (current && (current.state === "checked-in" || current.state === "no-show"))
      throw new AppError("conflict", "place_attended", `The candidate's interview is ${current.state}; it stays on record.`);
    const affected = current && (current.state === "booked" || current.state === "offered") ? [current.graduateId] : [];
    // Its candidate is told in the same transaction that takes the place away.
    const told =
      current && affected.length > 0
        ? interviewNotice(
            "interview-cancelled",
            current,
            current.graduateId,
            fair,
            booth,
            `removed-by-booth@${deps.now().toISOString()}`,
          )
        : [];
    const out = await db(deps)
      .service.transaction.write(({ interview, candidateSlot, candidateBooth, intent }) => [
        ...told.map((n) => intent.put(intentOf(deps, "notify", n)).commit()),
        ...(current
          ? [
              interview
                .put(removed)
                .where((a, op) => `${op.eq(a.graduateId, current.graduateId)} AND ${op.eq(a.state, current.state)}`)
                .commit(),
              ...(current.state === "booked"
                ? [
                    candidateSlot.delete({ ...key, graduateId: current.graduateId }).commit(),
                    candidateBooth
                      .delete({ fairId, scheduleVersion: version, graduateId: current.graduateId, recruiterId })
                      .commit(),
                  ]
                : []),
            ]
          : [interview.create(removed).commit()]),
      ])
      .go();
    if (out.canceled) throw new AppError("conflict", "interview_changed", "The slot changed meanwhile; reload.");
    return { removed: key, notified: affected.length };
  },
);
