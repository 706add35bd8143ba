import {
  candidatesForVacancy,
  createRecruiter,
  createVacancy,
  type Deps,
  myMatches,
  type Principal,
  publishVacancy,
  reviewLicence,
  VacancyInput,
} from "@jalur/core";
import { holdingsOf } from "@jalur/core/matching/holdings";
import { db } from "@jalur/core/service";
import { addDays, dateInZone, evaluate, type GraduateForMatching } from "@jalur/domain";
import { generateGraduates } from "@jalur/fixtures";
import { deploymentOn, ephemeralIssuer, startRuntime, startServices } from "@jalur/local";
import { countQuery } from "./count.ts";
import { meter } from "./ddb-meter.ts";

const GRADUATES = Number(process.env.BENCH_GRADUATES ?? 10_000);
const STAFF: Principal = { sub: "staff-bench", role: "staff" };
const RECRUITER: Principal = { sub: "rb-1", role: "recruiter", recruiterId: "rb" };

/**
 * Matching figures on the embedded services: DynamoDB requests and items read per "my matches"
 * and "candidates for vacancy" call, and the time from publishing a vacancy until it is in the
 * list of every graduate it matches, with GRADUATES seeded graduates.
 */
/** How many graduates list the vacancy: ElectroDB's own query for the pair key, as a COUNT. */
const countMatches = (deps: Deps, vacancyId: string) => countQuery(deps, db(deps).match.query.byPair({ vacancyId }));

export async function benchMatching(): Promise<void> {
  const services = await startServices();
  try {
    const { deps } = await deploymentOn(
      { dynamodbEndpoint: services.dynamodb.endpoint, sqsEndpoint: services.sqs.endpoint },
      "bench",
    );
    const m = meter(deps.ddb);
    const now = new Date();
    const today = dateInZone(now);

    // Setup (not measured): graduates and their skill holdings written in batches.
    const started = performance.now();
    const fixtures = generateGraduates(7, GRADUATES, today);
    const d = db(deps);
    const items = fixtures.map((g) => ({
      graduateId: g.id,
      name: g.name,
      birthDate: g.birthDate,
      ppkd: g.ppkd,
      kecamatan: g.kecamatan,
      language: g.language,
      consent: "given" as const,
      credentials: g.credentials.map((c) => ({ ...c, evidenceRef: "bench", submittedAt: now.toISOString() })),
      createdAt: now.toISOString(),
      updatedAt: now.toISOString(),
    }));
    for (let i = 0; i < items.length; i += 250) await d.graduate.put(items.slice(i, i + 250)).go({ concurrency: 4 });
    const holdings = items.flatMap((g) =>
      [...holdingsOf(g as never, now)].map(([skill, strength]) => ({ graduateId: g.graduateId, skill, strength })),
    );
    for (let i = 0; i < holdings.length; i += 250) await d.holding.put(holdings.slice(i, i + 250)).go({ concurrency: 4 });
    console.log(
      `seeded ${items.length} graduates and ${holdings.length} skill holdings in ${((performance.now() - started) / 1000).toFixed(1)} s`,
    );

    await createRecruiter(
      deps,
      STAFF,
      {
        name: "PT Bench",
        kind: "p3mi",
        licence: { number: "SIP3MI/B", validFrom: addDays(today, -10), validUntil: addDays(today, 300) },
      },
      "rb",
    );
    await reviewLicence(deps, STAFF, "rb", true);
    const input = VacancyInput.parse({
      title: "TIG welder, shipyard",
      country: "JP",
      sector: "shipbuilding",
      scheme: "P-to-P",
      program: "jp-ssw",
      openings: 20,
      salary: { amount: 260_000, currency: "JPY", period: "month" },
      jobOrderRef: "JO/JP/B",
      applicationDeadline: addDays(today, 30),
      expectedStart: addDays(today, 120),
      requirements: [
        { id: "tig", skill: "weld.141", importance: "required", welding: { positions: ["plate-3G"] } },
        { id: "jlpt", skill: "lang.ja.jlpt", importance: "required", minLevel: "N4" },
        { id: "n3", skill: "lang.ja.jlpt", importance: "preferred", minLevel: "N3", weight: 2 },
      ],
    });
    const draft = await createVacancy(deps, RECRUITER, input);
    // The graduates whose lists must show it, computed independently in memory with the same rule.
    const vacancy = {
      id: draft.vacancyId,
      program: input.program,
      requirements: input.requirements,
      expectedStart: input.expectedStart,
    };
    const expected = fixtures.filter((g) => {
      const e = evaluate(g as GraduateForMatching, vacancy, now);
      return e.gates.every((x) => x.ok) && e.missingRequired <= 1 && g.credentials.some((c) => c.verification === "verified");
    }).length;

    const runtime = await startRuntime({
      deps,
      verify: (await ephemeralIssuer()).verify,
      region: "ap-southeast-3",
      port: 0,
      waitTimeSeconds: 1,
      runSchedules: false,
    });
    try {
      const t0 = performance.now();
      await publishVacancy(deps, RECRUITER, draft.vacancyId);
      let count = 0;
      for (;;) {
        count = await countMatches(deps, draft.vacancyId);
        if (count >= expected && count > 0) break;
        if (performance.now() - t0 > 120_000) break;
        await new Promise((r) => setTimeout(r, 200));
      }
      const freshness = (performance.now() - t0) / 1000;
      // Let the notify worker drain, then stop the workers so the read figures count only the reads.
      await new Promise((r) => setTimeout(r, 3000));
      await runtime.stop();

      const candidates = await m.measure(() => candidatesForVacancy(deps, RECRUITER, draft.vacancyId, { limit: 20 }));
      const someone = candidates.result.items[0]!.graduateId;
      const mine = await m.measure(() => myMatches(deps, { sub: someone, role: "graduate" }, { limit: 20 }));
      const page = (r: { result: { items: unknown[] }; requests: number; itemsRead: number; scans: number }) =>
        `${r.requests} request(s), ${r.itemsRead} items read for ${r.result.items.length} returned (${(r.itemsRead / Math.max(1, r.result.items.length)).toFixed(2)}×), ${r.scans} scans`;
      console.log("\nmatching figures (goal in brackets)");
      console.log(`  candidates for vacancy, page of 20: ${page(candidates)}   [≤ 2 requests, ≤ 1.2× items, 0 scans]`);
      console.log(`  my matches, page of 20:             ${page(mine)}   [≤ 2 requests, ≤ 1.2× items, 0 scans]`);
      console.log(
        `  match freshness, ${GRADUATES} graduates: ${freshness.toFixed(2)} s from publish until all ${count} of ${expected} matching graduates list it   [< 5 s]`,
      );
      console.log(`  scans during the whole run: ${m.counts.scans}`);
    } finally {
      await runtime.stop().catch(() => {});
    }
  } finally {
    await services.stop();
  }
}
