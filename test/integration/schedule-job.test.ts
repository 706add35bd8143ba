import {
  admitBooth,
  createFair,
  createRecruiter,
  createVacancy,
  moveFair,
  publishVacancy,
  requestSchedule,
  reviewLicence,
  runScheduleJob,
  VacancyInput,
} from "@jalur/core";
import { interviewsOfVersion } from "@jalur/core/fairs/interviews/interviews";
import { db } from "@jalur/core/service";
import { addDays, dateInZone } from "@jalur/domain";
import { aLawfulVacancyInput } from "@jalur/fixtures";
import { beforeAll, describe, expect, it } from "vitest";
import { freshDeployment } from "../support/deployment.ts";

const ORGANISER = { sub: "org", role: "organiser" as const };
const STAFF = { sub: "staff", role: "staff" as const };
const RECRUITER = { sub: "u", role: "recruiter" as const, recruiterId: "rA" };

describe("schedule jobs: one run per job, a crashed run is cleared and redone", () => {
  let deps: Awaited<ReturnType<typeof freshDeployment>>["deps"];
  let fairId: string;

  beforeAll(async () => {
    ({ deps } = await freshDeployment());
    const today = dateInZone(new Date());
    await createRecruiter(
      deps,
      STAFF,
      {
        name: "PT A",
        kind: "p3mi",
        licence: { number: "SIP3MI/9", validFrom: addDays(today, -1), validUntil: addDays(today, 99) },
      },
      "rA",
    );
    await reviewLicence(deps, STAFF, "rA", true);
    const v = await createVacancy(
      deps,
      RECRUITER,
      VacancyInput.parse(aLawfulVacancyInput(today, { openings: 3, applicationDeadline: addDays(today, 4) })),
    );
    await publishVacancy(deps, RECRUITER, v.vacancyId);
    const fair = await createFair(deps, ORGANISER, {
      name: "Fair",
      venue: "Hall",
      calendar: {
        timeZone: "Asia/Jakarta",
        firstDay: addDays(today, 5),
        lastDay: addDays(today, 5),
        opens: "09:00",
        closes: "12:00",
        breaks: [],
        slotMinutes: 30,
      },
      minGapMinutes: 0,
      coverage: "first",
      registrationOpens: new Date(Date.now() - 60_000).toISOString(),
      registrationCloses: new Date(Date.now() + 86_400_000).toISOString(),
    });
    fairId = fair.fairId;
    await admitBooth(deps, ORGANISER, fairId, { recruiterId: "rA", tables: 2, vacancyIds: [v.vacancyId], unavailable: [] });
    await moveFair(deps, ORGANISER, fairId, "open");
    // Graduates and requests straight into the table: this test is about the job, not registration.
    const at = new Date().toISOString();
    await db(deps)
      .graduate.put(
        Array.from({ length: 9 }, (_, i) => ({
          graduateId: `g${i}`,
          name: `Graduate ${i}`,
          birthDate: "2000-01-01",
          ppkd: "Jakarta Timur",
          language: "id" as const,
          consent: "given" as const,
          credentials: [],
          createdAt: at,
          updatedAt: at,
        })),
      )
      .go();
    await db(deps)
      .fairRequest.put(
        Array.from({ length: 9 }, (_, i) => ({
          fairId,
          graduateId: `g${i}`,
          recruiterId: "rA",
          vacancyIds: [v.vacancyId],
          preference: 1,
          matchScore: 10 * i,
          registeredAt: new Date().toISOString(),
        })),
      )
      .go();
    await moveFair(deps, ORGANISER, fairId, "close");
  });

  it("runs a job once even when two deliveries race", async () => {
    const job = await requestSchedule(deps, ORGANISER, fairId);
    const outcomes = await Promise.all([runScheduleJob(deps, job.jobId), runScheduleJob(deps, job.jobId)]);
    expect(outcomes.sort()).toEqual(["done", "skipped"]);
    expect(await runScheduleJob(deps, job.jobId)).toBe("skipped");
    expect(await interviewsOfVersion(deps, fairId, job.jobId)).toHaveLength(9);
  });

  it("takes over a crashed run after its lease, clears what it half-wrote, and writes the schedule once", async () => {
    const job = await requestSchedule(deps, ORGANISER, fairId);
    // A first delivery crashed mid-way: the job is running, its lease expired, one stray interview written.
    await db(deps)
      .scheduleJob.patch({ jobId: job.jobId })
      .set({ state: "running", attempts: 1, leaseUntil: Date.now() - 1 })
      .go();
    await db(deps)
      .interview.create({
        fairId,
        scheduleVersion: job.jobId,
        recruiterId: "rA",
        slot: 5,
        table: 2,
        graduateId: "stray",
        vacancyIds: [],
        startsAt: "2026-01-01T00:00:00.000Z",
        endsAt: "2026-01-01T00:30:00.000Z",
        startHour: "2026-01-01T00",
        state: "booked",
      })
      .go();
    expect(await runScheduleJob(deps, job.jobId)).toBe("done");
    const interviews = await interviewsOfVersion(deps, fairId, job.jobId);
    expect(interviews).toHaveLength(9);
    expect(interviews.some((i) => i.graduateId === "stray")).toBe(false);
    const { data } = await db(deps).scheduleJob.get({ jobId: job.jobId }).go();
    expect(data).toMatchObject({ state: "done", attempts: 2 });
  });

  it("does not take over a run whose lease is still valid", async () => {
    const job = await requestSchedule(deps, ORGANISER, fairId);
    await db(deps)
      .scheduleJob.patch({ jobId: job.jobId })
      .set({ state: "running", attempts: 1, leaseUntil: Date.now() + 60_000 })
      .go();
    expect(await runScheduleJob(deps, job.jobId)).toBe("skipped");
  });
});
