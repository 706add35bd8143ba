import { generateFairInstance } from "@jalur/fixtures";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { scheduleViolations } from "./checker.ts";
import { buildSlotGrid, zonedTimeToUtc } from "./grid.ts";
import { type CoverageMode, type SchedulingInput, schedule } from "./scheduler.ts";

const T0 = Date.UTC(2027, 2, 10, 2, 0); // 09:00 WIB
const min = (m: number) => T0 + m * 60_000;
const grid = (n: number, length = 15) =>
  Array.from({ length: n }, (_, i) => ({ startMs: min(i * length), endMs: min((i + 1) * length) }));

/** Test data with overrides, cal.com style. */
function createTestData(overrides: Partial<SchedulingInput> = {}): SchedulingInput {
  return { slots: grid(4), booths: [{ id: "A", tables: 1 }], requests: [], minGapMinutes: 10, ...overrides };
}
const req = (candidateId: string, boothId: string, extra: Partial<SchedulingInput["requests"][number]> = {}) => ({
  id: `${candidateId}@${boothId}`,
  candidateId,
  boothId,
  shortlisted: false,
  matchScore: 70,
  preference: 1,
  ...extra,
});
const slotsOf = (input: SchedulingInput, mode?: CoverageMode) => {
  const result = schedule(input, { coverage: mode });
  expect(scheduleViolations(input, result.assignments)).toEqual([]);
  return Object.fromEntries(result.assignments.map((a) => [a.requestId, a.slot]));
};

describe("hard constraints (edge cases)", () => {
  it("a table holds one interview at a time", () => {
    const s = slotsOf(createTestData({ requests: [req("x", "A"), req("y", "A")] }));
    expect(s["x@A"]).not.toBe(s["y@A"]);
  });

  it("a booth with two tables holds two interviews in one slot", () => {
    const input = createTestData({
      slots: grid(1),
      booths: [{ id: "A", tables: 2 }],
      requests: [req("x", "A"), req("y", "A"), req("z", "A")],
    });
    const result = schedule(input);
    expect(result.assignments.map((a) => a.table).sort()).toEqual([1, 2]);
  });

  it("two different candidates at the same time at two booths is fine", () => {
    const input = createTestData({
      slots: grid(1),
      booths: [
        { id: "A", tables: 1 },
        { id: "B", tables: 1 },
      ],
      requests: [req("x", "A"), req("y", "B")],
    });
    expect(schedule(input).assignments).toHaveLength(2);
  });

  it("one candidate is never in two places at once", () => {
    const input = createTestData({
      slots: grid(1),
      booths: [
        { id: "A", tables: 1 },
        { id: "B", tables: 1 },
      ],
      requests: [req("x", "A"), req("x", "B")],
    });
    expect(schedule(input).assignments).toHaveLength(1);
  });

  it("15-minute slots and a 10-minute gap: back-to-back slots conflict for one candidate", () => {
    const input = createTestData({
      slots: grid(2),
      booths: [
        { id: "A", tables: 1 },
        { id: "B", tables: 1 },
      ],
      requests: [req("x", "A"), req("x", "B")],
    });
    expect(schedule(input).assignments).toHaveLength(1);
    const three = slotsOf({ ...input, slots: grid(3) });
    expect(Math.abs(three["x@A"]! - three["x@B"]!)).toBe(2);
  });

  it("with no gap, back-to-back slots are fine (touching is not overlapping)", () => {
    const input = createTestData({
      slots: grid(2),
      minGapMinutes: 0,
      booths: [
        { id: "A", tables: 1 },
        { id: "B", tables: 1 },
      ],
      requests: [req("x", "A"), req("x", "B")],
    });
    expect(schedule(input).assignments).toHaveLength(2);
  });

  it("a gap exactly the break between two slots is enough", () => {
    const slots = [
      { startMs: min(0), endMs: min(15) },
      { startMs: min(25), endMs: min(40) },
    ];
    const input = createTestData({
      slots,
      booths: [
        { id: "A", tables: 1 },
        { id: "B", tables: 1 },
      ],
      requests: [req("x", "A"), req("x", "B")],
    });
    expect(schedule(input).assignments).toHaveLength(2);
  });

  it("at most one interview per candidate per booth, even if asked twice", () => {
    const input = createTestData({ requests: [req("x", "A"), { ...req("x", "A"), id: "again", shortlisted: true }] });
    const result = schedule(input);
    expect(result.assignments.map((a) => a.requestId)).toEqual(["again"]);
  });

  it("nothing in a booth's unavailable time; touching its edge is fine", () => {
    const input = createTestData({
      slots: grid(3),
      booths: [{ id: "A", tables: 1, unavailable: [{ startMs: min(15), endMs: min(30) }] }],
      requests: [req("x", "A"), req("y", "A"), req("z", "A")],
    });
    const result = schedule(input);
    expect(result.assignments.map((a) => a.slot).sort()).toEqual([0, 2]);
  });

  it("a booth unavailable all day gets nothing, and its candidates do not count as coverable", () => {
    const input = createTestData({
      slots: grid(2),
      booths: [{ id: "A", tables: 1, unavailable: [{ startMs: min(0), endMs: min(60) }] }],
      requests: [req("x", "A")],
    });
    const result = schedule(input);
    expect(result.assignments).toEqual([]);
    expect(result.stats).toMatchObject({ candidatesRequesting: 1, candidatesCoverable: 0, candidatesCovered: 0 });
  });

  it("requests to unknown booths are ignored", () => {
    expect(schedule(createTestData({ requests: [req("x", "Nowhere")] })).assignments).toEqual([]);
  });
});

describe("objective and fairness", () => {
  it("a recruiter's shortlist comes first when a booth is oversubscribed", () => {
    const input = createTestData({
      slots: grid(1),
      requests: [req("x", "A", { matchScore: 99 }), req("y", "A", { shortlisted: true, matchScore: 41 })],
    });
    expect(schedule(input, { coverage: "off" }).assignments.map((a) => a.candidateId)).toEqual(["y"]);
  });

  it("coverage first: nobody gets everything while others get nothing", () => {
    // Three slots at two popular booths; x is shortlisted everywhere, y and z only want booth A.
    const input = createTestData({
      slots: grid(3),
      booths: [
        { id: "A", tables: 1 },
        { id: "B", tables: 1 },
      ],
      requests: [req("x", "A", { shortlisted: true }), req("x", "B", { shortlisted: true }), req("y", "A"), req("z", "A")],
    });
    const first = schedule(input, { coverage: "first" });
    expect(first.stats.candidatesCovered).toBe(3);
    const off = schedule(input, { coverage: "off" });
    expect(off.stats.shortlistedScheduled).toBe(2);
    expect(off.stats.candidatesCovered).toBeLessThanOrEqual(first.stats.candidatesCovered);
  });

  it("the candidate's own first choice wins a tie", () => {
    const input = createTestData({
      slots: grid(1),
      booths: [
        { id: "A", tables: 1 },
        { id: "B", tables: 1 },
      ],
      requests: [req("x", "A", { preference: 2 }), req("x", "B", { preference: 1 })],
    });
    expect(schedule(input).assignments.map((a) => a.boothId)).toEqual(["B"]);
  });

  it("reports per booth and per candidate", () => {
    const input = createTestData({ slots: grid(1), requests: [req("x", "A"), req("y", "A")] });
    const { stats } = schedule(input);
    expect(stats.perBooth.A).toEqual({ requested: 2, scheduled: 1 });
    expect(stats.perCandidate.x!.requested + stats.perCandidate.y!.requested).toBe(2);
    expect(stats).toMatchObject({ requested: 2, scheduled: 1, candidatesRequesting: 2, candidatesCovered: 1 });
  });
});

describe("the slot grid", () => {
  const fair = {
    timeZone: "Asia/Jakarta",
    firstDay: "2027-03-10",
    lastDay: "2027-03-10",
    opens: "09:00",
    closes: "12:00",
    breaks: [{ start: "10:30", end: "11:00" }],
    slotMinutes: 20,
  };

  it("starts at opening in the fair's zone and skips the break", () => {
    const slots = buildSlotGrid(fair);
    expect(new Date(slots[0]!.startMs).toISOString()).toBe("2027-03-10T02:00:00.000Z");
    const starts = slots.map((s) => new Date(s.startMs).toISOString().slice(11, 16));
    expect(starts).toEqual(["02:00", "02:20", "02:40", "03:00", "04:00", "04:20", "04:40"]);
  });

  it("covers each day of a fair across two days, and a gap across days is no conflict", () => {
    const slots = buildSlotGrid({ ...fair, lastDay: "2027-03-11", breaks: [] });
    expect(slots.filter((s) => s.day === "2027-03-11")).toHaveLength(9);
    const input = createTestData({
      slots: [slots[8]!, slots[9]!],
      booths: [
        { id: "A", tables: 1 },
        { id: "B", tables: 1 },
      ],
      requests: [req("x", "A"), req("x", "B")],
    });
    expect(schedule(input).assignments).toHaveLength(2);
  });

  it.each([
    ["Asia/Jakarta (WIB, UTC+7)", "Asia/Jakarta", "2027-03-10", "2027-03-10T02:00:00.000Z"],
    ["Asia/Seoul (KST, UTC+9)", "Asia/Seoul", "2027-03-10", "2027-03-10T00:00:00.000Z"],
    ["Asia/Tokyo (JST, UTC+9)", "Asia/Tokyo", "2027-03-10", "2027-03-10T00:00:00.000Z"],
    ["Europe/Berlin in winter (CET, UTC+1)", "Europe/Berlin", "2027-03-10", "2027-03-10T08:00:00.000Z"],
    ["Europe/Berlin in summer (CEST, UTC+2)", "Europe/Berlin", "2027-07-10", "2027-07-10T07:00:00.000Z"],
  ])("09:00 in %s", (_, zone, day, utc) => {
    expect(new Date(zonedTimeToUtc(day, "09:00", zone)).toISOString()).toBe(utc);
  });

  it("a slot that would run past closing is left out", () => {
    expect(buildSlotGrid({ ...fair, closes: "09:50", breaks: [] })).toHaveLength(2);
  });
});

describe("properties", () => {
  const shape = fc.record({
    booths: fc.integer({ min: 1, max: 8 }),
    candidates: fc.integer({ min: 1, max: 40 }),
    requestsPerCandidate: fc.integer({ min: 1, max: 5 }),
    slots: fc.integer({ min: 1, max: 10 }),
    maxTables: fc.integer({ min: 1, max: 3 }),
    gapMinutes: fc.constantFrom(0, 5, 10, 20),
  });

  it("every schedule, in every coverage mode, passes the checker", () => {
    fc.assert(
      fc.property(fc.integer(), shape, fc.constantFrom<CoverageMode>("first", "balanced", "off"), (seed, s, mode) => {
        const input = generateFairInstance(seed, s);
        const result = schedule(input, { coverage: mode });
        expect(scheduleViolations(input, result.assignments)).toEqual([]);
        expect(result.stats.scheduled).toBeLessThanOrEqual(result.stats.requested);
        expect(result.stats.candidatesCovered).toBeLessThanOrEqual(result.stats.candidatesCoverable);
      }),
      { numRuns: 300 },
    );
  });

  it("is deterministic, whatever the order of the requests", () => {
    fc.assert(
      fc.property(fc.integer(), shape, (seed, s) => {
        const input = generateFairInstance(seed, s);
        const reversed = { ...input, requests: [...input.requests].reverse() };
        expect(schedule(reversed)).toEqual(schedule(input));
      }),
      { numRuns: 100 },
    );
  });

  it("the checker catches a double booking, a gap violation and an unavailable slot", () => {
    const input = createTestData({
      slots: grid(2),
      booths: [
        { id: "A", tables: 1, unavailable: [{ startMs: min(15), endMs: min(30) }] },
        { id: "B", tables: 1 },
      ],
      requests: [req("x", "A"), req("y", "A"), req("x", "B")],
    });
    const bad = [
      { requestId: "x@A", candidateId: "x", boothId: "A", slot: 0, table: 1 },
      { requestId: "y@A", candidateId: "y", boothId: "A", slot: 0, table: 1 },
      { requestId: "x@B", candidateId: "x", boothId: "B", slot: 1, table: 1 },
    ];
    const problems = scheduleViolations(input, bad).join("\n");
    expect(problems).toContain("double-booked");
    expect(problems).toContain("closer than the gap");
    expect(scheduleViolations(input, [{ requestId: "y@A", candidateId: "y", boothId: "A", slot: 1, table: 1 }])).toEqual([
      "y@A: booth A unavailable in slot 1",
    ]);
  });
});
