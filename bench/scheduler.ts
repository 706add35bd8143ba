import {
  type Assignment,
  objectiveOf,
  requestWeight,
  type SchedulingInput,
  schedule,
  scheduleStats,
  scheduleViolations,
  slotsConflict,
} from "@jalur/domain";
import { generateFairInstance } from "@jalur/fixtures";
import { solveExactly } from "../test/support/exact-schedule.ts";

/** The baseline from SCHEDULING.md: requests by priority, each at its first feasible slot. */
export function greedyFirstFit(input: SchedulingInput): Assignment[] {
  const gapMs = input.minGapMinutes * 60_000;
  const load = new Map<string, number>();
  const held = new Map<string, number[]>();
  const out: Assignment[] = [];
  const booths = new Map(input.booths.map((b) => [b.id, b]));
  const order = [...input.requests].sort((a, b) => requestWeight(b) - requestWeight(a) || (a.id < b.id ? -1 : 1));
  for (const r of order) {
    const booth = booths.get(r.boothId);
    if (!booth) continue;
    const mine = held.get(r.candidateId) ?? [];
    for (let s = 0; s < input.slots.length; s++) {
      const slot = input.slots[s]!;
      if (booth.unavailable?.some((u) => u.startMs < slot.endMs && slot.startMs < u.endMs)) continue;
      const used = load.get(`${r.boothId}|${s}`) ?? 0;
      if (used >= booth.tables || mine.some((t) => slotsConflict(slot, input.slots[t]!, gapMs))) continue;
      load.set(`${r.boothId}|${s}`, used + 1);
      mine.push(s);
      held.set(r.candidateId, mine);
      out.push({ requestId: r.id, candidateId: r.candidateId, boothId: r.boothId, slot: s, table: used + 1 });
      break;
    }
  }
  return out;
}

const pct = (a: number, b: number) => `${((100 * a) / Math.max(b, 1e-9)).toFixed(2)}%`;

export async function benchScheduler(): Promise<void> {
  console.log("quality on instances HiGHS solves to optimality (objective: coverage first; goal ≥ 99% of optimal)");
  console.log(
    "  instance                          | ours: objective / priority / coverage | greedy first-fit: objective / priority / coverage | ours ms | HiGHS s",
  );
  const quality: [number, Parameters<typeof generateFairInstance>[1]][] = [
    [1, { booths: 12, candidates: 120, requestsPerCandidate: 4, slots: 8 }],
    [2, { booths: 20, candidates: 200, requestsPerCandidate: 4, slots: 12 }],
    [3, { booths: 30, candidates: 300, requestsPerCandidate: 5, slots: 16 }],
    [4, { booths: 50, candidates: 400, requestsPerCandidate: 4, slots: 16, maxTables: 2 }],
  ];
  let worst = 1;
  for (const [seed, shape] of quality) {
    const input = generateFairInstance(seed, shape);
    const t0 = performance.now();
    const ours = schedule(input, { coverage: "first" });
    const oursMs = performance.now() - t0;
    const greedy = greedyFirstFit(input);
    const t1 = performance.now();
    const exact = await solveExactly(input, "first", 300);
    const exactS = (performance.now() - t1) / 1000;
    for (const [name, a] of [
      ["ours", ours.assignments],
      ["greedy", greedy],
      ["exact", exact.assignments],
    ] as const) {
      const v = scheduleViolations(input, a);
      if (v.length > 0) throw new Error(`${name} schedule invalid: ${v[0]}`);
    }
    const prio = (a: readonly Assignment[]) => objectiveOf(input, a, "off");
    const cov = (a: readonly Assignment[]) => {
      const s = scheduleStats(input, a);
      return pct(s.candidatesCovered, s.candidatesCoverable);
    };
    worst = Math.min(worst, ours.objective / exact.objective);
    console.log(
      `  ${shape.booths} booths × ${shape.candidates} cand × ${shape.slots} slots (${exact.status}) | ` +
        `${pct(ours.objective, exact.objective)} / ${pct(prio(ours.assignments), prio(exact.assignments))} / ${cov(ours.assignments)} | ` +
        `${pct(objectiveOf(input, greedy, "first"), exact.objective)} / ${pct(prio(greedy), prio(exact.assignments))} / ${cov(greedy)} | ` +
        `${oursMs.toFixed(0)} | ${exactS.toFixed(1)}`,
    );
  }
  console.log(
    `  worst objective ratio: ${pct(worst, 1)}   [goal ≥ 99%]   (priority = the priority-weighted part alone, vs the optimum's)`,
  );

  console.log("\nnational scale: 300 booths × 5,000 candidates × 25,000 requests × 32 slots, one core");
  const big = generateFairInstance(9, { booths: 300, candidates: 5000, requestsPerCandidate: 5, slots: 32, maxTables: 3 });
  const heapBefore = process.memoryUsage().heapUsed;
  let peak = 0;
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().heapUsed);
  }, 5);
  const times: number[] = [];
  let result = schedule(big);
  for (let i = 0; i < 3; i++) {
    const t = performance.now();
    result = schedule(big);
    times.push(performance.now() - t);
    peak = Math.max(peak, process.memoryUsage().heapUsed);
  }
  clearInterval(timer);
  const violations = scheduleViolations(big, result.assignments);
  const st = result.stats;
  const g0 = performance.now();
  const g = greedyFirstFit(big);
  const gMs = performance.now() - g0;
  const gs = scheduleStats(big, g);
  times.sort((a, b) => a - b);
  console.log(
    `  ours: median ${times[1]!.toFixed(0)} ms of 3 runs   [goal ≤ 5,000 ms]; heap peak ${((peak - heapBefore) / 1e6).toFixed(0)} MB above the input; rss ${(process.memoryUsage().rss / 1e6).toFixed(0)} MB; checker: ${violations.length} violations`,
  );
  console.log(
    `        scheduled ${st.scheduled}/${st.requested}, shortlisted ${st.shortlistedScheduled}/${st.shortlistedRequested}, candidates covered ${st.candidatesCovered}/${st.candidatesCoverable}`,
  );
  console.log(
    `  greedy first-fit: ${gMs.toFixed(0)} ms; scheduled ${gs.scheduled}/${gs.requested}, shortlisted ${gs.shortlistedScheduled}/${gs.shortlistedRequested}, candidates covered ${gs.candidatesCovered}/${gs.candidatesCoverable}`,
  );
}
