import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkCompliance } from "./compliance.ts";
import type { Credential } from "./credentials.ts";
import { addDays } from "./dates.ts";
import { compareEvaluations, evaluate, type Outcome, rankGraduatesForVacancy } from "./evaluate.ts";
import { generateGraduates, generateRecruiters, generateVacancies } from "./fixtures.ts";
import { defaultTaxonomy as taxonomy } from "./taxonomy-data.ts";
import { aCredential, aGraduate, aRequirement, aVacancy, NOW } from "./testing.ts";

const TODAY = "2026-11-24";
const RANK: Record<Outcome, number> = { not_met: 0, unverified_only: 1, met_expires_before_start: 2, met: 3 };
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
        const a = rankGraduatesForVacancy(vacancy, graduates, NOW);
        const b = rankGraduatesForVacancy(vacancy, shuffled, NOW);
        expect(b.map((e) => e.graduateId)).toEqual(a.map((e) => e.graduateId));
        for (let i = 1; i < a.length; i++) expect(compareEvaluations(a[i - 1]!, a[i]!, (e) => e.graduateId)).toBeLessThan(0);
      }),
      { numRuns: 30 },
    );
  });
});

describe("fixtures", () => {
  it("are deterministic for a seed and differ between seeds", () => {
    expect(generateGraduates(42, 50, TODAY)).toEqual(generateGraduates(42, 50, TODAY));
    expect(generateGraduates(42, 50, TODAY)).not.toEqual(generateGraduates(43, 50, TODAY));
  });

  it("produce valid people and lawful vacancies", () => {
    const graduates = generateGraduates(1, 500, TODAY);
    for (const g of graduates) {
      expect(g.nik).toMatch(/^\d{16}$/);
      expect(g.phone).toMatch(/^\+628\d{9}$/);
      for (const c of g.credentials) expect(taxonomy.skill(c.skill), c.skill).toBeDefined();
    }
    const recruiters = generateRecruiters(1, TODAY);
    for (const v of generateVacancies(1, 200, recruiters, TODAY)) {
      const recruiter = recruiters.find((r) => r.id === v.recruiterId)!;
      const result = checkCompliance({ ...v, recruiter }, NOW);
      expect(result.refusals, v.title).toEqual([]);
    }
  });

  it("include graduates who qualify and graduates who do not, for every vacancy template", () => {
    const graduates = generateGraduates(2, 2000, TODAY);
    for (const v of generateVacancies(2, 30, generateRecruiters(2, TODAY), TODAY)) {
      const ranked = rankGraduatesForVacancy(v, graduates, NOW);
      expect(
        ranked.some((e) => e.eligible),
        v.title,
      ).toBe(true);
      expect(
        ranked.some((e) => !e.eligible),
        v.title,
      ).toBe(true);
    }
  });
});
