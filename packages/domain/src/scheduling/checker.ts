import { type Assignment, type SchedulingInput, slotsConflict } from "./scheduler.ts";

/**
 * Every hard constraint, checked on a finished schedule. Tests and benches run it on every
 * schedule any scheduler produces; an empty list means valid.
 */
export function scheduleViolations(input: SchedulingInput, assignments: readonly Assignment[]): string[] {
  const problems: string[] = [];
  const requests = new Map(input.requests.map((r) => [r.id, r]));
  const booths = new Map(input.booths.map((b) => [b.id, b]));
  const gapMs = input.minGapMinutes * 60_000;
  const seenRequest = new Set<string>();
  const tables = new Map<string, Set<number>>();
  const byCandidate = new Map<string, Assignment[]>();

  for (const a of assignments) {
    const r = requests.get(a.requestId);
    const b = booths.get(a.boothId);
    const slot = input.slots[a.slot];
    if (!r) {
      problems.push(`${a.requestId}: not a request`);
      continue;
    }
    if (seenRequest.has(a.requestId)) problems.push(`${a.requestId}: scheduled twice`);
    seenRequest.add(a.requestId);
    if (r.boothId !== a.boothId || r.candidateId !== a.candidateId) problems.push(`${a.requestId}: wrong booth or candidate`);
    if (!b || !slot) {
      problems.push(`${a.requestId}: unknown booth or slot`);
      continue;
    }
    if (b.unavailable?.some((u) => u.startMs < slot.endMs && slot.startMs < u.endMs))
      problems.push(`${a.requestId}: booth ${b.id} unavailable in slot ${a.slot}`);
    if (!Number.isInteger(a.table) || a.table < 1 || a.table > b.tables)
      problems.push(`${a.requestId}: table ${a.table} outside 1..${b.tables}`);
    const key = `${a.boothId}|${a.slot}`;
    const used = tables.get(key) ?? new Set<number>();
    if (used.has(a.table)) problems.push(`${a.requestId}: table ${a.table} of ${a.boothId} double-booked in slot ${a.slot}`);
    used.add(a.table);
    tables.set(key, used);
    if (used.size > b.tables) problems.push(`${a.boothId}: more than ${b.tables} interviews in slot ${a.slot}`);
    const list = byCandidate.get(a.candidateId) ?? [];
    list.push(a);
    byCandidate.set(a.candidateId, list);
  }
  for (const [candidate, list] of byCandidate) {
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        const [x, y] = [list[i]!, list[j]!];
        if (x.boothId === y.boothId) problems.push(`${candidate}: two interviews at booth ${x.boothId}`);
        if (slotsConflict(input.slots[x.slot]!, input.slots[y.slot]!, gapMs))
          problems.push(`${candidate}: slots ${x.slot} and ${y.slot} closer than the gap`);
      }
    }
  }
  return problems;
}
