import { type Assignment, COVERAGE_BONUS, type CoverageMode, requestWeight, type SchedulingInput } from "@jalur/domain";
import loadHighs from "highs";

/**
 * The fair scheduling problem as an integer program, solved exactly by HiGHS:
 *   max Σ w_r·x[r,s] + β·Σ y_c
 *   Σ_s x[r,s] ≤ 1                                  each request at most once
 *   Σ_{r at b} x[r,s] ≤ tables(b,s)                 booth capacity per slot (0 when unavailable)
 *   Σ_{r of c} Σ_{s' in W(s)} x[r,s'] ≤ 1           a candidate's slots within the gap: one at most
 *   y_c ≤ Σ_{r of c, s} x[r,s],  y_c ≤ 1            coverage
 * where W(s) = slots starting from s's start until its end plus the gap (equal slot lengths).
 * Requests are one per (candidate, booth), as the generator makes them.
 */
export async function solveExactly(
  input: SchedulingInput,
  coverage: CoverageMode = "first",
  timeLimitSeconds = 120,
): Promise<{ objective: number; assignments: Assignment[]; status: string }> {
  const highs = await loadHighs();
  const gapMs = input.minGapMinutes * 60_000;
  const booths = new Map(input.booths.map((b) => [b.id, b]));
  const cap = (boothId: string, s: number) => {
    const b = booths.get(boothId)!;
    const slot = input.slots[s]!;
    return b.unavailable?.some((u) => u.startMs < slot.endMs && slot.startMs < u.endMs) ? 0 : b.tables;
  };
  const x = (r: number, s: number) => `x${r}_${s}`;
  const objective: string[] = [];
  const rows: string[] = [];
  const binaries: string[] = [];
  const perCandidate = new Map<string, number[]>();
  const perBoothSlot = new Map<string, string[]>();
  input.requests.forEach((req, r) => {
    const vars: string[] = [];
    input.slots.forEach((_, s) => {
      if (cap(req.boothId, s) === 0) return;
      vars.push(x(r, s));
      binaries.push(x(r, s));
      objective.push(`${requestWeight(req)} ${x(r, s)}`);
      const key = `${req.boothId}|${s}`;
      perBoothSlot.set(key, [...(perBoothSlot.get(key) ?? []), x(r, s)]);
    });
    if (vars.length > 0) rows.push(`${vars.join(" + ")} <= 1`);
    perCandidate.set(req.candidateId, [...(perCandidate.get(req.candidateId) ?? []), r]);
  });
  for (const [key, vars] of perBoothSlot)
    rows.push(`${vars.join(" + ")} <= ${cap(key.split("|")[0]!, Number(key.split("|")[1]))}`);
  const beta = COVERAGE_BONUS[coverage];
  let c = 0;
  for (const [, rs] of perCandidate) {
    const all = rs.flatMap((r) => input.slots.flatMap((_, s) => (cap(input.requests[r]!.boothId, s) > 0 ? [x(r, s)] : [])));
    if (all.length === 0) continue;
    input.slots.forEach((slot) => {
      const window = input.slots.flatMap((t, s2) => (t.startMs >= slot.startMs && t.startMs < slot.endMs + gapMs ? [s2] : []));
      const vars = rs.flatMap((r) => window.filter((s2) => cap(input.requests[r]!.boothId, s2) > 0).map((s2) => x(r, s2)));
      if (vars.length > 1) rows.push(`${vars.join(" + ")} <= 1`);
    });
    if (beta > 0) {
      const y = `y${c++}`;
      binaries.push(y);
      objective.push(`${beta} ${y}`);
      rows.push(`${y} - ${all.join(" - ")} <= 0`);
    }
  }
  const lp = `Maximize\n obj: ${objective.join(" + ") || "0 x"}\nSubject To\n${rows.map((row, i) => ` c${i}: ${row}`).join("\n")}\nBinary\n ${binaries.join("\n ")}\nEnd\n`;
  const result = highs.solve(lp, { output_flag: false, time_limit: timeLimitSeconds, mip_rel_gap: 0 });
  const assignments: Assignment[] = [];
  const used = new Map<string, number>();
  input.requests.forEach((req, r) => {
    input.slots.forEach((_, s) => {
      const col = result.Columns[x(r, s)] as { Primal?: number } | undefined;
      if (col?.Primal !== undefined && col.Primal > 0.5) {
        const key = `${req.boothId}|${s}`;
        const table = (used.get(key) ?? 0) + 1;
        used.set(key, table);
        assignments.push({ requestId: req.id, candidateId: req.candidateId, boothId: req.boothId, slot: s, table });
      }
    });
  });
  return { objective: Math.round(Number(result.ObjectiveValue) * 1000) / 1000, assignments, status: result.Status };
}
