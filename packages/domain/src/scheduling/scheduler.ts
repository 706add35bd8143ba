/**
 * The fair interview scheduler. Pure and deterministic: the same input gives the same
 * schedule (every tie is broken by index or id; the improvement phase has a step budget, not a
 * clock).
 *
 * Objective (maximised): Σ over scheduled interviews of their weight, plus a coverage bonus for
 * every candidate who gets at least one interview.
 *   weight = 100 if the recruiter shortlisted the candidate
 *          + matchScore / 10                        (0–10)
 *          + 5, 4, 3, 2 or 1 for the candidate's 1st, 2nd, 3rd, 4th, 5th+ choice
 *   coverage bonus, set by the organiser:
 *     "first"    1000: covering one more candidate beats any single interview (lexicographic);
 *     "balanced"   60: covering beats any unshortlisted interview, not a shortlisted one;
 *     "off"         0: pure priority.
 * Hard constraints: a booth holds at most `tables` interviews per slot; nothing in a slot the
 * booth is unavailable; a candidate has at most one interview per booth, and any two of their
 * interviews are at least `minGapMinutes` apart (end of one to start of the next).
 */

export interface Interval {
  readonly startMs: number;
  readonly endMs: number;
}

export interface SchedulingInput {
  /** Sorted by start; equal lengths are not required. */
  readonly slots: readonly Interval[];
  readonly booths: readonly { readonly id: string; readonly tables: number; readonly unavailable?: readonly Interval[] }[];
  readonly requests: readonly {
    readonly id: string;
    readonly candidateId: string;
    readonly boothId: string;
    readonly shortlisted: boolean;
    /** 0–100. */
    readonly matchScore: number;
    /** The candidate's own order: 1 is their first choice. */
    readonly preference: number;
  }[];
  readonly minGapMinutes: number;
}

export type CoverageMode = "first" | "balanced" | "off";

export interface SchedulingOptions {
  readonly coverage?: CoverageMode;
  /** Upper bound on improvement steps (each step examines one move); keeps run time bounded. */
  readonly improvementBudget?: number;
}

export interface Assignment {
  readonly requestId: string;
  readonly candidateId: string;
  readonly boothId: string;
  readonly slot: number;
  /** 1-based table number at the booth. */
  readonly table: number;
}

export interface ScheduleResult {
  readonly assignments: readonly Assignment[];
  readonly objective: number;
  readonly stats: ScheduleStats;
}

export interface ScheduleStats {
  readonly requested: number;
  readonly scheduled: number;
  readonly shortlistedRequested: number;
  readonly shortlistedScheduled: number;
  readonly candidatesRequesting: number;
  /** Candidates with at least one request to a booth that has any available slot. */
  readonly candidatesCoverable: number;
  readonly candidatesCovered: number;
  readonly perBooth: Readonly<Record<string, { requested: number; scheduled: number }>>;
  readonly perCandidate: Readonly<Record<string, { requested: number; scheduled: number }>>;
}

export const COVERAGE_BONUS: Record<CoverageMode, number> = { first: 1000, balanced: 60, off: 0 };

export function requestWeight(r: { shortlisted: boolean; matchScore: number; preference: number }): number {
  return (
    (r.shortlisted ? 100 : 0) +
    Math.max(0, Math.min(100, r.matchScore)) / 10 +
    Math.max(1, 6 - Math.max(1, Math.floor(r.preference)))
  );
}

const overlaps = (a: Interval, b: Interval) => a.startMs < b.endMs && b.startMs < a.endMs;

/** Whether two slots are too close for one candidate (the same slot, overlap, or less than the gap apart). */
export function slotsConflict(a: Interval, b: Interval, gapMs: number): boolean {
  return a.startMs < b.endMs + gapMs && b.startMs < a.endMs + gapMs;
}

export function schedule(input: SchedulingInput, options: SchedulingOptions = {}): ScheduleResult {
  const beta = COVERAGE_BONUS[options.coverage ?? "first"];
  const budget = options.improvementBudget ?? 2_000_000;
  const S = input.slots.length;
  const gapMs = input.minGapMinutes * 60_000;

  // Slot conflicts for one candidate, as lists (slots are few; at most a few hundred).
  const conflicts: number[][] = input.slots.map((a, i) =>
    input.slots.flatMap((b, j) => (i !== j && slotsConflict(a, b, gapMs) ? [j] : [])),
  );

  const boothIndex = new Map(input.booths.map((b, i) => [b.id, i]));
  const capacity = input.booths.map((b) =>
    input.slots.map((s) => (b.unavailable?.some((u) => overlaps(u, s)) ? 0 : Math.max(0, Math.floor(b.tables)))),
  );
  const load = input.booths.map(() => new Int32Array(S));
  const occupants = input.booths.map(() => Array.from({ length: S }, () => [] as number[]));

  // One request per (candidate, booth): the best-weighted if a candidate asked twice.
  const seen = new Map<string, number>();
  const reqs: { id: string; cand: number; booth: number; weight: number; shortlisted: boolean }[] = [];
  const candidateIds: string[] = [];
  const candIndex = new Map<string, number>();
  const sortedRequests = [...input.requests].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  for (const r of sortedRequests) {
    const b = boothIndex.get(r.boothId);
    if (b === undefined) continue;
    let c = candIndex.get(r.candidateId);
    if (c === undefined) {
      c = candidateIds.length;
      candIndex.set(r.candidateId, c);
      candidateIds.push(r.candidateId);
    }
    const key = `${c}|${b}`;
    const weight = requestWeight(r);
    const prev = seen.get(key);
    if (prev !== undefined) {
      if (reqs[prev]!.weight >= weight) continue;
      reqs[prev] = { id: r.id, cand: c, booth: b, weight, shortlisted: r.shortlisted };
      continue;
    }
    seen.set(key, reqs.length);
    reqs.push({ id: r.id, cand: c, booth: b, weight, shortlisted: r.shortlisted });
  }
  const R = reqs.length;
  const C = candidateIds.length;
  const byCandidate: number[][] = Array.from({ length: C }, () => []);
  for (let r = 0; r < R; r++) byCandidate[reqs[r]!.cand]!.push(r);
  for (const list of byCandidate) list.sort((a, b) => reqs[b]!.weight - reqs[a]!.weight || a - b);

  const slotOf = new Int32Array(R).fill(-1);
  const busy: number[][] = Array.from({ length: C }, () => []); // slots held by each candidate
  const covered = new Int32Array(C);
  let objective = 0;

  const candidateFree = (c: number, s: number, ignoreSlot = -1) => {
    for (const t of busy[c]!) {
      if (t === ignoreSlot) continue;
      if (t === s || conflicts[s]!.includes(t)) return false;
    }
    return true;
  };
  const boothRoom = (b: number, s: number) => load[b]![s]! < capacity[b]![s]!;
  const place = (r: number, s: number) => {
    const q = reqs[r]!;
    slotOf[r] = s;
    load[q.booth]![s]!++;
    occupants[q.booth]![s]!.push(r);
    busy[q.cand]!.push(s);
    if (covered[q.cand]!++ === 0) objective += beta;
    objective += q.weight;
  };
  const unplace = (r: number) => {
    const q = reqs[r]!;
    const s = slotOf[r]!;
    slotOf[r] = -1;
    load[q.booth]![s]!--;
    const occ = occupants[q.booth]![s]!;
    occ.splice(occ.indexOf(r), 1);
    const held = busy[q.cand]!;
    held.splice(held.indexOf(s), 1);
    if (--covered[q.cand]! === 0) objective -= beta;
    objective -= q.weight;
    return s;
  };
  /** The best free slot for a request: the booth's emptiest, then the earliest. */
  const bestSlot = (r: number, ignoreCandidateSlot = -1): number => {
    const q = reqs[r]!;
    let best = -1;
    let room = 0;
    for (let s = 0; s < S; s++) {
      if (!boothRoom(q.booth, s) || !candidateFree(q.cand, s, ignoreCandidateSlot)) continue;
      const free = capacity[q.booth]![s]! - load[q.booth]![s]!;
      if (free > room) {
        room = free;
        best = s;
      }
    }
    return best;
  };

  // 1. Priority fill: heaviest requests first; among equals, candidates with fewer interviews.
  const fillOrder = Array.from({ length: R }, (_, r) => r).sort((a, b) => reqs[b]!.weight - reqs[a]!.weight || a - b);
  for (const r of fillOrder) {
    const s = bestSlot(r);
    if (s >= 0) place(r, s);
  }

  let steps = 0;
  const gainOf = (r: number) => reqs[r]!.weight + (covered[reqs[r]!.cand]! === 0 ? beta : 0);

  /** Place r by moving others out of the way: an occupant of the booth, or one of r's candidate's own interviews. */
  const tryInsert = (r: number): boolean => {
    const q = reqs[r]!;
    const direct = bestSlot(r);
    if (direct >= 0) {
      place(r, direct);
      return true;
    }
    for (let s = 0; s < S && steps < budget; s++) {
      if (capacity[q.booth]![s] === 0) continue;
      steps++;
      if (boothRoom(q.booth, s)) {
        // The booth has room but the candidate is busy nearby: move one of their own interviews.
        const blocking = busy[q.cand]!.filter((t) => t === s || conflicts[s]!.includes(t));
        if (blocking.length !== 1) continue;
        const own = byCandidate[q.cand]!.find((x) => slotOf[x] === blocking[0]);
        if (own === undefined) continue;
        const from = unplace(own);
        busy[q.cand]!.push(s); // hold s while looking for a new home for `own`
        const to = bestSlot(own);
        busy[q.cand]!.pop();
        if (to >= 0) {
          place(own, to);
          place(r, s);
          return true;
        }
        place(own, from);
        continue;
      }
      if (!candidateFree(q.cand, s)) continue;
      // The booth is full at s: move an occupant to another slot.
      for (const o of [...occupants[q.booth]![s]!]) {
        steps++;
        const from = unplace(o);
        load[q.booth]![s]!++; // keep s for r while the occupant looks elsewhere
        const to = bestSlot(o);
        load[q.booth]![s]!--;
        if (to >= 0) {
          place(o, to);
          place(r, s);
          return true;
        }
        place(o, from);
      }
    }
    return false;
  };

  interface Plan {
    readonly slot: number;
    readonly victim: number;
    /** Where the victim's candidate goes instead (another of their requests), if anywhere. */
    readonly alt?: { readonly request: number; readonly slot: number };
    readonly loss: number;
  }

  /**
   * The cheapest way to seat r by displacing one occupant of its booth: the occupant's weight,
   * less what re-homing its candidate through another request brings back, or plus the
   * coverage bonus when the candidate would be left with nothing.
   */
  const planReplace = (r: number): Plan | undefined => {
    const q = reqs[r]!;
    let best: Plan | undefined;
    for (let s = 0; s < S && steps < budget; s++) {
      if (capacity[q.booth]![s] === 0 || !candidateFree(q.cand, s)) continue;
      for (const o of [...occupants[q.booth]![s]!]) {
        steps++;
        const c = reqs[o]!.cand;
        let plan: Plan = { slot: s, victim: o, loss: reqs[o]!.weight + (covered[c] === 1 ? beta : 0) };
        unplace(o);
        load[q.booth]![s]!++;
        for (const alt of byCandidate[c]!) {
          if (alt === o || slotOf[alt]! >= 0) continue;
          steps++;
          const to = bestSlot(alt);
          if (to >= 0) {
            const loss = reqs[o]!.weight - reqs[alt]!.weight;
            if (loss < plan.loss) plan = { slot: s, victim: o, alt: { request: alt, slot: to }, loss };
            break;
          }
        }
        load[q.booth]![s]!--;
        place(o, s);
        if (
          !best ||
          plan.loss < best.loss ||
          (plan.loss === best.loss && (plan.slot < best.slot || (plan.slot === best.slot && o < best.victim)))
        )
          best = plan;
      }
    }
    return best;
  };

  const execute = (r: number, plan: Plan) => {
    unplace(plan.victim);
    place(r, plan.slot);
    if (plan.alt) place(plan.alt.request, plan.alt.slot);
    else tryInsert(plan.victim);
  };

  const tryReplace = (r: number): boolean => {
    const plan = planReplace(r);
    if (!plan || plan.loss >= gainOf(r)) return false;
    execute(r, plan);
    return true;
  };

  // 2. Coverage repair: uncovered candidates, hardest to place first, get an interview if a move
  //    or the displacement of someone else's extra interview allows it.
  if (beta > 0) {
    const options_ = (c: number) =>
      byCandidate[c]!.reduce((n, r) => n + capacity[reqs[r]!.booth]!.filter((x) => x > 0).length, 0);
    const uncovered = Array.from({ length: C }, (_, c) => c)
      .filter((c) => covered[c] === 0)
      .sort((a, b) => options_(a) - options_(b) || (candidateIds[a]! < candidateIds[b]! ? -1 : 1));
    for (const c of uncovered) {
      if (steps >= budget) break;
      if (byCandidate[c]!.some((r) => tryInsert(r))) continue;
      // Of all the candidate's requests, the displacement that costs least for what it brings.
      let chosen: { r: number; plan: Plan } | undefined;
      for (const r of byCandidate[c]!) {
        const plan = planReplace(r);
        if (plan && (!chosen || plan.loss - reqs[r]!.weight < chosen.plan.loss - reqs[chosen.r]!.weight)) chosen = { r, plan };
      }
      if (chosen && chosen.plan.loss < gainOf(chosen.r)) execute(chosen.r, chosen.plan);
    }
  }

  // 3. Improvement rounds: unscheduled requests, most valuable first, by moves or worthwhile replacements.
  for (let round = 0; round < 8 && steps < budget; round++) {
    let improved = false;
    const pending = fillOrder.filter((r) => slotOf[r]! < 0).sort((a, b) => gainOf(b) - gainOf(a) || a - b);
    for (const r of pending) {
      if (steps >= budget) break;
      if (slotOf[r]! >= 0) continue;
      if (tryInsert(r) || tryReplace(r)) improved = true;
    }
    if (!improved) break;
  }

  // Tables: number each booth-slot's interviews by request id.
  const assignments: Assignment[] = [];
  for (let b = 0; b < input.booths.length; b++) {
    for (let s = 0; s < S; s++) {
      const occ = [...occupants[b]![s]!].sort((x, y) => (reqs[x]!.id < reqs[y]!.id ? -1 : 1));
      occ.forEach((r, t) => {
        assignments.push({
          requestId: reqs[r]!.id,
          candidateId: candidateIds[reqs[r]!.cand]!,
          boothId: input.booths[b]!.id,
          slot: s,
          table: t + 1,
        });
      });
    }
  }
  assignments.sort((a, b) => a.slot - b.slot || (a.boothId < b.boothId ? -1 : a.boothId > b.boothId ? 1 : a.table - b.table));
  return { assignments, objective: Math.round(objective * 1000) / 1000, stats: scheduleStats(input, assignments) };
}

export function scheduleStats(input: SchedulingInput, assignments: readonly Assignment[]): ScheduleStats {
  const scheduledIds = new Set(assignments.map((a) => a.requestId));
  const perBooth: Record<string, { requested: number; scheduled: number }> = {};
  const perCandidate: Record<string, { requested: number; scheduled: number }> = {};
  for (const b of input.booths) perBooth[b.id] = { requested: 0, scheduled: 0 };
  const boothHasSlot = new Map(
    input.booths.map((b) => [b.id, b.tables > 0 && input.slots.some((s) => !b.unavailable?.some((u) => overlaps(u, s)))]),
  );
  const coverable = new Set<string>();
  for (const r of input.requests) {
    const pb = perBooth[r.boothId];
    if (pb) pb.requested++;
    perCandidate[r.candidateId] ??= { requested: 0, scheduled: 0 };
    const pc = perCandidate[r.candidateId]!;
    pc.requested++;
    if (scheduledIds.has(r.id)) {
      if (pb) pb.scheduled++;
      pc.scheduled++;
    }
    if (boothHasSlot.get(r.boothId)) coverable.add(r.candidateId);
  }
  const shortlisted = input.requests.filter((r) => r.shortlisted);
  return {
    requested: input.requests.length,
    scheduled: assignments.length,
    shortlistedRequested: shortlisted.length,
    shortlistedScheduled: shortlisted.filter((r) => scheduledIds.has(r.id)).length,
    candidatesRequesting: Object.keys(perCandidate).length,
    candidatesCoverable: coverable.size,
    candidatesCovered: Object.values(perCandidate).filter((c) => c.scheduled > 0).length,
    perBooth,
    perCandidate,
  };
}

/** The objective of any schedule, for comparing schedulers (and the exact solver) on one scale. */
export function objectiveOf(
  input: SchedulingInput,
  assignments: readonly Assignment[],
  coverage: CoverageMode = "first",
): number {
  const byId = new Map(input.requests.map((r) => [r.id, r]));
  const covered = new Set(assignments.map((a) => a.candidateId));
  const total =
    assignments.reduce((sum, a) => sum + requestWeight(byId.get(a.requestId)!), 0) + covered.size * COVERAGE_BONUS[coverage];
  return Math.round(total * 1000) / 1000;
}
