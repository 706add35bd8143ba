import {
  admitBooth,
  createFair,
  createRecruiter,
  createVacancy,
  type Deps,
  moveFair,
  type Principal,
  publishSchedule,
  publishVacancy,
  requestSchedule,
  reviewLicence,
  VacancyInput,
} from "@jalur/core";
import { getScheduleJob } from "@jalur/core/fairs/schedule/jobs";
import { db } from "@jalur/core/service";
import { addDays, dateInZone } from "@jalur/domain";
import { aLawfulVacancyInput, seededRandom } from "@jalur/fixtures";
import { deploymentOn, ephemeralIssuer, sendEverythingTwice, startRuntime, startServices } from "@jalur/local";

import { countQuery } from "./count.ts";

const CANDIDATES = Number(process.env.BENCH_CANDIDATES ?? 5_000);
const BOOTHS = Number(process.env.BENCH_BOOTHS ?? 100);
/** BENCH_TWICE=1 sends every SQS message twice (as if delivered twice). */
const TWICE = process.env.BENCH_TWICE === "1";
const ORGANISER = { sub: "org-bench", role: "organiser" as const };
const STAFF: Principal = { sub: "staff-bench", role: "staff" };

/** How many outbox entries a channel has (cheap enough to poll). */
const outboxCount = (deps: Deps, channel: string) => countQuery(deps, db(deps).outbox.query.byChannel({ channel }));

/** Every outbox entry's recipient (a COUNT would hide duplicates). */
async function outboxRecipients(deps: Deps, channel: string): Promise<string[]> {
  const { data } = await db(deps)
    .outbox.query.byChannel({ channel })
    .go({ pages: "all", attributes: ["recipientId"] });
  return data.map((i) => i.recipientId);
}

/**
 * Notice drain: a fair with CANDIDATES candidates (two requests each over BOOTHS booths) is
 * scheduled on the real worker; then the clock starts at "publish" and stops when every
 * candidate's schedule email is in the local outbox. Every SQS message is sent twice (as if
 * delivered twice) so the duplicate count means something.
 */
export async function benchNotices(): Promise<void> {
  const services = await startServices();
  try {
    const { deps } = await deploymentOn(
      { dynamodbEndpoint: services.dynamodb.endpoint, sqsEndpoint: services.sqs.endpoint },
      "bench-notices",
    );
    if (TWICE) sendEverythingTwice(deps.sqs);
    const now = new Date();
    const today = dateInZone(now);
    const d = db(deps);
    const t0 = performance.now();
    const graduates = Array.from({ length: CANDIDATES }, (_, i) => `c${String(i).padStart(5, "0")}`);
    for (let i = 0; i < graduates.length; i += 250)
      await d.graduate
        .put(
          graduates.slice(i, i + 250).map((graduateId) => ({
            graduateId,
            name: graduateId,
            birthDate: "1999-01-01",
            ppkd: "Jakarta Timur",
            language: "id" as const,
            email: `${graduateId}@example.id`,
            consent: "given" as const,
            credentials: [],
            createdAt: now.toISOString(),
            updatedAt: now.toISOString(),
          })),
        )
        .go({ concurrency: 4 });
    const fair = await createFair(deps, ORGANISER, {
      name: "Bench fair",
      venue: "JIExpo",
      calendar: {
        timeZone: "Asia/Jakarta",
        firstDay: addDays(today, 10),
        lastDay: addDays(today, 11),
        opens: "09:00",
        closes: "17:00",
        breaks: [{ start: "12:00", end: "13:00" }],
        slotMinutes: 30,
      },
      minGapMinutes: 10,
      coverage: "first",
      registrationOpens: new Date(now.getTime() - 60_000).toISOString(),
      registrationCloses: new Date(now.getTime() + 86_400_000).toISOString(),
    });
    const booths: string[] = [];
    for (let b = 0; b < BOOTHS; b++) {
      const recruiterId = `rb${b}`;
      await createRecruiter(
        deps,
        STAFF,
        {
          name: `PT Bench ${b}`,
          kind: "p3mi",
          licence: { number: `SIP3MI/${b}`, validFrom: addDays(today, -1), validUntil: addDays(today, 300) },
        },
        recruiterId,
      );
      await reviewLicence(deps, STAFF, recruiterId, true);
      const recruiter: Principal = { sub: "u", role: "recruiter", recruiterId };
      const v = await createVacancy(
        deps,
        recruiter,
        VacancyInput.parse(aLawfulVacancyInput(today, { jobOrderRef: `JO/${b}`, applicationDeadline: addDays(today, 9) })),
      );
      await publishVacancy(deps, recruiter, v.vacancyId);
      await admitBooth(deps, ORGANISER, fair.fairId, { recruiterId, tables: 3, vacancyIds: [v.vacancyId], unavailable: [] });
      booths.push(recruiterId);
    }
    await moveFair(deps, ORGANISER, fair.fairId, "open");
    const random = seededRandom(11);
    const requests = graduates.flatMap((graduateId) => {
      const first = random.pick(booths);
      let second = random.pick(booths);
      while (second === first) second = random.pick(booths);
      return [first, second].map((recruiterId, i) => ({
        fairId: fair.fairId,
        graduateId,
        recruiterId,
        vacancyIds: [],
        preference: i + 1,
        matchScore: random.int(0, 100),
        shortlisted: random.chance(0.1),
        registeredAt: now.toISOString(),
      }));
    });
    for (let i = 0; i < requests.length; i += 250) await d.fairRequest.put(requests.slice(i, i + 250)).go({ concurrency: 4 });
    await moveFair(deps, ORGANISER, fair.fairId, "close");

    const runtime = await startRuntime({
      deps,
      verify: (await ephemeralIssuer()).verify,
      region: "ap-southeast-3",
      port: 0,
      waitTimeSeconds: 1,
      runSchedules: false,
    });
    try {
      const job = await requestSchedule(deps, ORGANISER, fair.fairId);
      let done = await getScheduleJob(deps, fair.fairId, job.jobId);
      while (done.state !== "done") {
        if (done.error) throw new Error(done.error);
        await new Promise((r) => setTimeout(r, 250));
        done = await getScheduleJob(deps, fair.fairId, job.jobId);
      }
      const stats = done.stats as { scheduled: number; requested: number; candidatesCovered: number };
      console.log(
        `setup: ${CANDIDATES} candidates, ${requests.length} requests, ${BOOTHS} booths; scheduled ${stats.scheduled}/${stats.requested}, ` +
          `${stats.candidatesCovered} candidates with an interview (setup ${((performance.now() - t0) / 1000).toFixed(1)} s)`,
      );

      const start = performance.now();
      await publishSchedule(deps, ORGANISER, fair.fairId, job.jobId);
      let count = 0;
      for (;;) {
        count = await outboxCount(deps, "email");
        if (count >= stats.candidatesCovered || performance.now() - start > 300_000) break;
        await new Promise((r) => setTimeout(r, 1000));
      }
      const drain = (performance.now() - start) / 1000;
      await new Promise((r) => setTimeout(r, 3000)); // let duplicate deliveries land before counting
      const recipients = await outboxRecipients(deps, "email");
      const duplicates = recipients.length - new Set(recipients).size;
      console.log(
        `notice drain: ${count}/${stats.candidatesCovered} schedule emails in the outbox ${drain.toFixed(1)} s after publishing ` +
          `[goal ≤ 60 s]; duplicates ${duplicates} [goal 0]${TWICE ? " (every SQS message sent twice)" : ""}`,
      );
    } finally {
      await runtime.stop();
    }
  } finally {
    await services.stop();
  }
}
