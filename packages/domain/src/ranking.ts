import type { Evaluation } from "./evaluate.ts";

/** What the ranking reads of an evaluation. */
export type Ranked = Pick<Evaluation, "eligible" | "missingRequired" | "renewalsBeforeStart" | "score">;

/**
 * The domain's one ranking, best first: eligible, then fewer missing required items, then
 * fewer renewals needed before the start, then higher score, then id (`<` on strings), so the
 * order is total and stable. `rankKey` encodes the same order as a string.
 */
export function compareEvaluations<E extends Ranked>(a: E, b: E, idOf: (e: E) => string): number {
  return (
    Number(b.eligible) - Number(a.eligible) ||
    a.missingRequired - b.missingRequired ||
    a.renewalsBeforeStart - b.renewalsBeforeStart ||
    b.score - a.score ||
    (idOf(a) < idOf(b) ? -1 : idOf(a) > idOf(b) ? 1 : 0)
  );
}

/** Counts fit two digits: a vacancy lists at most 20 requirements (the vacancy schema). */
const MAX_COUNT = 99;

const count = (name: string, n: number): string => {
  if (!Number.isInteger(n) || n < 0 || n > MAX_COUNT)
    throw new RangeError(`rankKey: ${name} must be an integer 0–${MAX_COUNT}, got ${n}`);
  return String(n).padStart(2, "0");
};

/** Score 0–100 on evaluate's 0.1 grid, inverted so that higher scores sort first: 100 → 0000, 0 → 1000. */
const invertedScore = (score: number): string => {
  const tenths = Math.round(score * 10);
  if (!(score >= 0 && score <= 100) || Math.abs(score * 10 - tenths) > 1e-6) {
    throw new RangeError(`rankKey: score must be 0–100 in steps of 0.1, got ${score}`);
  }
  return String(1000 - tenths).padStart(4, "0");
};

/**
 * A sort key that orders evaluations exactly as `compareEvaluations` does under plain string
 * comparison (a DynamoDB sort key, read ascending = best first):
 * `<0 eligible|1 not>.<missing, 2 digits>.<renewals, 2 digits>.<1000 − 10 × score, 4 digits>.<tieBreak>`.
 *
 * Every field before the tie-break has a fixed width, so two keys differ first where their
 * fields differ, and the tie-break (the other side's id) compares as `<` on the ids: it is
 * the last thing in the key, so an id that is a prefix of another sorts first, as with `<`.
 * Nothing may be appended after it. (DynamoDB compares UTF-8 bytes, which agrees with `<`
 * for every id without characters beyond U+FFFF; Jalur's ids are ASCII.)
 *
 * Throws a RangeError for values an evaluation cannot produce (counts outside 0–99, a score
 * outside 0–100 or off its 0.1 grid) rather than return a key that sorts wrongly.
 */
export function rankKey(evaluation: Ranked, tieBreak: string): string {
  return [
    evaluation.eligible ? "0" : "1",
    count("missingRequired", evaluation.missingRequired),
    count("renewalsBeforeStart", evaluation.renewalsBeforeStart),
    invertedScore(evaluation.score),
    tieBreak,
  ].join(".");
}
