import { type CoverageMode, objectiveOf, schedule, scheduleViolations } from "@jalur/domain";
import { generateFairInstance } from "@jalur/fixtures";
import { describe, expect, it } from "vitest";
import { solveExactly } from "./support/exact-schedule.ts";

/** The scheduler against the exact optimum of the integer program (HiGHS), on instances it solves in seconds. */
describe("scheduler vs the HiGHS optimum", () => {
  const cases: [number, Parameters<typeof generateFairInstance>[1], CoverageMode][] = [
    [11, { booths: 6, candidates: 40, requestsPerCandidate: 3, slots: 6 }, "first"],
    [12, { booths: 10, candidates: 80, requestsPerCandidate: 4, slots: 8, maxTables: 2 }, "first"],
    [13, { booths: 8, candidates: 60, requestsPerCandidate: 3, slots: 8 }, "balanced"],
    [14, { booths: 8, candidates: 60, requestsPerCandidate: 4, slots: 8 }, "off"],
  ];

  it.each(cases)(
    "seed %i %j, coverage %s: within 1 percent of optimal, never above it, both valid",
    async (seed, shape, coverage) => {
      const input = generateFairInstance(seed, shape);
      const exact = await solveExactly(input, coverage);
      expect(exact.status).toBe("Optimal");
      expect(scheduleViolations(input, exact.assignments)).toEqual([]);
      expect(objectiveOf(input, exact.assignments, coverage)).toBeCloseTo(exact.objective, 2);

      const ours = schedule(input, { coverage });
      expect(scheduleViolations(input, ours.assignments)).toEqual([]);
      expect(ours.objective).toBe(objectiveOf(input, ours.assignments, coverage));
      expect(ours.objective).toBeLessThanOrEqual(exact.objective + 1e-6);
      expect(ours.objective).toBeGreaterThanOrEqual(0.99 * exact.objective);
    },
    60_000,
  );
});
