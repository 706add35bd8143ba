import {
  aCredential,
  aGraduate,
  aRequirement,
  aVacancy,
  generateGraduates,
  generateRecruiters,
  generateVacancies,
  NOW,
} from "@jalur/fixtures";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Credential } from "./credentials.ts";
import { addDays } from "./dates.ts";
import { type Evaluation, evaluate, type GraduateForMatching, type Outcome, type VacancyForMatching } from "./evaluate.ts";
import { compareEvaluations, type Ranked, rankKey } from "./ranking.ts";
import { defaultTaxonomy as taxonomy } from "./taxonomy-data.ts";

const TODAY = "2026-11-24";
const RANK: Record<Outcome, number> = { not_met: 0, unverified_only: 1, met_expires_before_start: 2, met: 3 };
const byGraduate = (a: Evaluation, b: Evaluation) => compareEvaluations(a, b, (e) => e.graduateId);
const rankGraduates = (vacancy: VacancyForMatching, graduates: readonly GraduateForMatching[]) =>
  graduates.map((g) => evaluate(g, vacancy, NOW)).sort(byGraduate);
const scales = taxonomy.skills.filter((s) => s.kind === "scale" && s.levels.length > 1);

const arbitraryDates = fc.record({
  issuedAgo: fc.integer({ min: -30, max: 1200 }),
  expiresIn: fc.option(fc.integer({ min: -200, max: 900 }), { nil: undefined }),
  verification: fc.constantFrom("verified" as const, "pending" as const, "rejected" as const),
});

describe("properties of matching", () => {
  it("a higher level never makes an outcome worse", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...scales),
        fc.nat(),
        fc.nat(),
        fc.nat(),
        arbitraryDates,
        fc.constantFrom("jp-ssw", undefined),
        (skill, a, b, m, d, program) => {
          if (skill.kind !== "scale") return;
          const n = skill.levels.length;
          const [lo, hi] = [a % n, b % n].sort((x, y) => x - y) as [number, number];
          const requirement = aRequirement({ skill: skill.code, minLevel: skill.levels[m % n]!.code });
          const held = (level: number) =>
            aCredential({
              skill: skill.code,
              level: skill.levels[level]!.code,
              issuedOn: addDays(TODAY, -d.issuedAgo),
              expiresOn: d.expiresIn === undefined ? undefined : addDays(TODAY, d.expiresIn),
              verification: d.verification,
            });
          const outcome = (level: number) =>
            evaluate(aGraduate({ credentials: [held(level)] }), aVacancy({ requirements: [requirement], program }), NOW).lines[0]!
              .outcome;
          expect(RANK[outcome(hi)]).toBeGreaterThanOrEqual(RANK[outcome(lo)]);
        },
      ),
      { numRuns: 500 },
    );
  });

  it("adding a credential never lowers a score, never adds a missing item, never makes one ineligible", () => {
    const graduates = generateGraduates(7, 300, TODAY);
    const vacancies = generateVacancies(11, 40, generateRecruiters(3, TODAY), TODAY);
    const pool: Credential[] = generateGraduates(99, 300, TODAY).flatMap((g) => g.credentials);
    fc.assert(
      fc.property(fc.nat(graduates.length - 1), fc.nat(vacancies.length - 1), fc.nat(pool.length - 1), (gi, vi, ci) => {
        const graduate = graduates[gi]!;
        const vacancy = vacancies[vi]!;
        const before = evaluate(graduate, vacancy, NOW);
        const after = evaluate(
          { ...graduate, credentials: [...graduate.credentials, { ...pool[ci]!, id: "extra" }] },
          vacancy,
          NOW,
        );
        expect(after.score).toBeGreaterThanOrEqual(before.score);
        expect(after.missingRequired).toBeLessThanOrEqual(before.missingRequired);
        if (before.eligible) expect(after.eligible).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });

  it("welding coverage is transitive: if A covers B and B covers C, A covers C", () => {
    const positions = ["plate-1G", "plate-2G", "plate-3G", "plate-4G", "pipe-1G", "pipe-2G", "pipe-5G", "pipe-6G"];
    const covers = (a: string, b: string) => taxonomy.positionsCoveredBy(a).has(b);
    for (const a of positions)
      for (const b of positions)
        for (const c of positions) {
          if (covers(a, b) && covers(b, c)) expect(covers(a, c), `${a} → ${b} → ${c}`).toBe(true);
        }
    for (const a of positions) expect(covers(a, a)).toBe(true);
  });

  it("ranking is a total, deterministic order (input order does not matter)", () => {
    const graduates = generateGraduates(5, 120, TODAY);
    const vacancies = generateVacancies(5, 9, generateRecruiters(5, TODAY), TODAY);
    fc.assert(
      fc.property(fc.nat(vacancies.length - 1), fc.array(fc.nat(), { minLength: 120, maxLength: 120 }), (vi, keys) => {
        const vacancy = vacancies[vi]!;
        const shuffled = graduates
          .map((g, i) => ({ g, k: keys[i]! }))
          .sort((x, y) => x.k - y.k)
          .map((x) => x.g);
        const a = rankGraduates(vacancy, graduates);
        const b = rankGraduates(vacancy, shuffled);
        expect(b.map((e) => e.graduateId)).toEqual(a.map((e) => e.graduateId));
        for (let i = 1; i < a.length; i++) expect(byGraduate(a[i - 1]!, a[i]!)).toBeLessThan(0);
      }),
      { numRuns: 30 },
    );
  });
});

describe("the welding confirmation is checked against today only", () => {
  it("moving a confirmation that is not overdue today never changes an outcome, points or ranking fields", () => {
    const requirement = aRequirement({ skill: "weld.135", welding: { positions: ["plate-3G"] } });
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1000 }),
        fc.integer({ min: 0, max: 180 }),
        fc.integer({ min: 0, max: 180 }),
        fc.integer({ min: 1, max: 700 }),
        (issuedAgo, confirmedAgoA, confirmedAgoB, startIn) => {
          const evaluateConfirmedAgo = (ago: number) =>
            evaluate(
              aGraduate({
                credentials: [
                  aCredential({
                    skill: "weld.135",
                    welding: { positions: ["plate-3G"] },
                    issuedOn: addDays(TODAY, -issuedAgo),
                    lastConfirmedOn: addDays(TODAY, -Math.min(ago, issuedAgo)),
                  }),
                ],
              }),
              aVacancy({ requirements: [requirement], expectedStart: addDays(TODAY, startIn) }),
              NOW,
            );
          const [a, b] = [evaluateConfirmedAgo(confirmedAgoA), evaluateConfirmedAgo(confirmedAgoB)];
          // Confirmed within the last 180 days: never overdue today (6 months ≥ 181 days).
          expect(a.lines[0]!.outcome).not.toBe("not_met");
          expect([a.lines[0]!.outcome, a.lines[0]!.points, a.lines[0]!.lapsesOn]).toEqual([
            b.lines[0]!.outcome,
            b.lines[0]!.points,
            b.lines[0]!.lapsesOn,
          ]);
          expect(rankKey(a, "x")).toBe(rankKey(b, "x"));
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe("rankKey is the same order as compareEvaluations", () => {
  const sign = (n: number) => (n < 0 ? -1 : n > 0 ? 1 : 0);
  const byKey = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  type Row = Ranked & { readonly id: string };
  const compareRows = (a: Row, b: Row) => compareEvaluations(a, b, (e) => e.id);

  /** Ids of different lengths and alphabets, prefixes of each other, with characters around the separator ".". */
  const id = fc.oneof(
    fc.constantFrom("", "a", "ab", "abc", "a.b", "a-b", "a b", "a#", "A", "Z", "z", "0", "9", "g1", "g10", "g000001", "~", "é"),
    fc.string({ maxLength: 12 }),
    fc.stringMatching(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/),
    fc.string({ unit: "binary-ascii", maxLength: 6 }),
    fc.string({ unit: "grapheme", maxLength: 4 }),
  );
  const row: fc.Arbitrary<Row> = fc.record({
    eligible: fc.boolean(),
    missingRequired: fc.oneof(fc.constantFrom(0, 1, 9, 10, 11, 19, 20), fc.integer({ min: 0, max: 20 })),
    renewalsBeforeStart: fc.oneof(fc.constantFrom(0, 1, 9, 10, 20), fc.integer({ min: 0, max: 20 })),
    // evaluate's scores: 0–100 with one decimal, computed the way evaluate rounds them.
    score: fc.oneof(
      fc.constantFrom(0, 0.1, 9.9, 10, 33.3, 50, 66.7, 79.4, 99.9, 100),
      fc.integer({ min: 0, max: 1000 }).map((t) => t / 10),
      fc
        .tuple(fc.integer({ min: 0, max: 500 }), fc.integer({ min: 1, max: 500 }))
        .map(([earned, possible]) => Math.round((1000 * Math.min(earned, possible)) / possible) / 10),
    ),
    id,
  });

  it("for any two evaluations, comparing their keys as strings agrees with compareEvaluations", () => {
    fc.assert(
      fc.property(row, row, (a, b) => {
        expect(sign(byKey(rankKey(a, a.id), rankKey(b, b.id)))).toBe(sign(compareRows(a, b)));
      }),
      { numRuns: 20_000 },
    );
  });

  it("sorting by key gives exactly compareEvaluations' order (edge cases: scores 0/100, up to 20 missing, prefix ids)", () => {
    fc.assert(
      fc.property(fc.uniqueArray(row, { selector: (r) => r.id, maxLength: 60 }), (rows) => {
        const byCompare = [...rows].sort(compareRows).map((r) => r.id);
        const byRankKey = rows
          .map((r) => ({ key: rankKey(r, r.id), id: r.id }))
          .sort((a, b) => byKey(a.key, b.key))
          .map((r) => r.id);
        expect(byRankKey).toEqual(byCompare);
      }),
      { numRuns: 500 },
    );
  });

  it("sorting real evaluations (fixture graduates × vacancies) by key gives compareEvaluations' order, both ways", () => {
    const graduates = generateGraduates(17, 400, TODAY);
    const vacancies = generateVacancies(17, 30, generateRecruiters(17, TODAY), TODAY);
    const sortedIds = (evaluations: Evaluation[], idOf: (e: Evaluation) => string) => ({
      byCompare: [...evaluations].sort((a, b) => compareEvaluations(a, b, idOf)).map(idOf),
      byRankKey: [...evaluations].sort((a, b) => byKey(rankKey(a, idOf(a)), rankKey(b, idOf(b)))).map(idOf),
    });
    let renewals = 0;
    for (const v of vacancies) {
      const evaluations = graduates.map((g) => evaluate(g, v, NOW));
      renewals += evaluations.filter((e) => e.renewalsBeforeStart > 0).length;
      const { byCompare, byRankKey } = sortedIds(evaluations, (e) => e.graduateId);
      expect(byRankKey).toEqual(byCompare);
    }
    for (const g of graduates.slice(0, 60)) {
      const { byCompare, byRankKey } = sortedIds(
        vacancies.map((v) => evaluate(g, v, NOW)),
        (e) => e.vacancyId,
      );
      expect(byRankKey).toEqual(byCompare);
    }
    expect(renewals).toBeGreaterThan(0);
  });

  it("reads best first: eligible, fewer missing, fewer renewals, higher score, then id", () => {
    const e = { eligible: true, missingRequired: 0, renewalsBeforeStart: 0, score: 100 };
    expect(rankKey(e, "g1")).toBe("0.00.00.0000.g1");
    expect(rankKey({ ...e, eligible: false, missingRequired: 20, renewalsBeforeStart: 3, score: 79.4 }, "v9")).toBe(
      "1.20.03.0206.v9",
    );
    expect(rankKey({ ...e, score: 0 }, "")).toBe("0.00.00.1000.");
  });

  it("refuses values an evaluation cannot produce rather than return a key that sorts wrongly", () => {
    const e = { eligible: true, missingRequired: 0, renewalsBeforeStart: 0, score: 50 };
    for (const bad of [
      { missingRequired: 100 },
      { missingRequired: -1 },
      { renewalsBeforeStart: 1.5 },
      { score: 100.1 },
      { score: -0.1 },
      { score: 79.45 },
      { score: Number.NaN },
    ])
      expect(() => rankKey({ ...e, ...bad }, "x"), JSON.stringify(bad)).toThrow(RangeError);
  });
});
