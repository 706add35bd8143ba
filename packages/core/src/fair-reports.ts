import { db } from "./db.ts";
import type { Deps } from "./deps.ts";
import { AppError } from "./errors.ts";
import { checkInCode } from "./fair-day.ts";
import { getScheduleJob, interviewKey, interviewsOfBooth, interviewsOfCandidate, localTime } from "./fair-schedule.ts";
import { boothsOf, calendarOf, getFair, RegistrationInput, registerForFair } from "./fairs.ts";
import { getGraduates } from "./graduates.ts";

/** Access pattern: a fair's running totals (one partition, a few hundred small items at most). */
async function statsOf(deps: Deps, fairId: string) {
  const { data } = await db(deps).fairStat.query.byFair({ fairId }).go({ pages: "all" });
  return data;
}

/**
 * A fair's report: registrations, requested vs scheduled interviews (from the published
 * schedule's job), attendance, no-shows, cancellations, outcomes by vacancy, country and skill.
 */
export async function fairReport(deps: Deps, fairId: string) {
  const fair = await getFair(deps, fairId);
  const stats = await statsOf(deps, fairId);
  const total = (name: string) => stats.find((s) => s.name === name && s.bucket === "all")?.count ?? 0;
  const outcomes: Record<string, Record<string, Record<string, number>>> = { vacancy: {}, country: {}, skill: {} };
  for (const s of stats) {
    if (!s.name.startsWith("outcome:")) continue;
    const outcome = s.name.slice("outcome:".length);
    const [dimension, value] = s.bucket.split(/:(.*)/s) as [string, string];
    const byValue = outcomes[dimension] ?? {};
    const row = byValue[value] ?? {};
    row[outcome] = (row[outcome] ?? 0) + s.count;
    byValue[value] = row;
    outcomes[dimension] = byValue;
  }
  const job = fair.publishedVersion ? await getScheduleJob(deps, fairId, fair.publishedVersion) : undefined;
  const schedule = job?.stats as
    | {
        requested: number;
        scheduled: number;
        shortlistedRequested: number;
        shortlistedScheduled: number;
        candidatesRequesting: number;
        candidatesCovered: number;
        perBooth: Record<string, { requested: number; scheduled: number }>;
      }
    | undefined;
  return {
    fairId,
    name: fair.name,
    state: fair.state,
    publishedVersion: fair.publishedVersion,
    registrations: total("registrations"),
    interviews: schedule
      ? {
          requested: schedule.requested,
          scheduled: schedule.scheduled,
          shortlistedRequested: schedule.shortlistedRequested,
          shortlistedScheduled: schedule.shortlistedScheduled,
          candidatesRequesting: schedule.candidatesRequesting,
          candidatesWithInterview: schedule.candidatesCovered,
          perBooth: schedule.perBooth,
        }
      : undefined,
    attended: total("attended"),
    noShows: total("no-shows"),
    cancellations: total("cancellations"),
    outcomes,
  };
}

const csvCell = (v: unknown) => {
  const s = String(v ?? "");
  // Quote when needed; a leading =,+,-,@ is neutralised so spreadsheets do not run it as a formula.
  const safe = /^[=+\-@]/.test(s) ? `'${s}` : s;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
};
export const toCsv = (rows: unknown[][]) => `${rows.map((r) => r.map(csvCell).join(",")).join("\r\n")}\r\n`;

/** A booth's schedule as CSV (times in the fair's zone). */
export async function boothScheduleCsv(deps: Deps, fairId: string, recruiterId: string): Promise<string> {
  const fair = await getFair(deps, fairId);
  if (!fair.publishedVersion) throw new AppError("conflict", "not_published", "The fair's schedule is not published yet.");
  const tz = calendarOf(fair).timeZone;
  const interviews = (await interviewsOfBooth(deps, fairId, fair.publishedVersion, recruiterId)).sort(
    (a, b) => a.slot - b.slot || a.table - b.table,
  );
  const names = new Map(
    (await getGraduates(deps, [...new Set(interviews.map((i) => i.graduateId).filter((g) => g !== "-"))])).map((g) => [
      g.graduateId,
      g.name,
    ]),
  );
  return toCsv([
    ["start", "end", "table", "interview_id", "graduate_id", "graduate_name", "state", "outcome"],
    ...interviews.map((i) => [
      localTime(i.startsAt, tz),
      localTime(i.endsAt, tz),
      i.table,
      interviewKey(i),
      i.graduateId,
      names.get(i.graduateId) ?? "",
      i.state,
      i.outcome ?? "",
    ]),
  ]);
}

/** A candidate's schedule as CSV. */
export async function candidateScheduleCsv(deps: Deps, fairId: string, graduateId: string): Promise<string> {
  const fair = await getFair(deps, fairId);
  if (!fair.publishedVersion) throw new AppError("conflict", "not_published", "The fair's schedule is not published yet.");
  const tz = calendarOf(fair).timeZone;
  const [mine, booths] = await Promise.all([
    interviewsOfCandidate(deps, fairId, fair.publishedVersion, graduateId),
    boothsOf(deps, fairId),
  ]);
  const names = new Map(booths.map((b) => [b.recruiterId, b.name]));
  return toCsv([
    ["start", "end", "booth", "table", "interview_id", "state", "check_in_code"],
    ...mine.map((i) => [
      localTime(i.startsAt, tz),
      localTime(i.endsAt, tz),
      names.get(i.recruiterId) ?? i.recruiterId,
      i.table,
      interviewKey(i),
      i.state,
      checkInCode(deps, i),
    ]),
  ]);
}

/** Parses CSV (RFC 4180: quotes, doubled quotes, CRLF or LF). */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"' && cell === "") quoted = true;
    else if (ch === ",") {
      row.push(cell);
      cell = "";
    } else if (ch === "\n" || ch === "\r") {
      if (ch === "\r" && text[i + 1] === "\n") i++;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = "";
    } else cell += ch;
  }
  if (quoted) throw new AppError("validation", "invalid_csv", "A quoted CSV cell is not closed.");
  if (cell !== "" || row.length > 0) {
    row.push(cell);
    rows.push(row);
  }
  return rows.filter((r) => r.some((c) => c.trim() !== ""));
}

/**
 * Imports registrations an organiser collected in a spreadsheet: columns `graduate_id` and
 * `picks` (vacancy ids in the graduate's order, separated by `;`), optionally `apply_anyway`.
 * Each row is registered like a self-registration; a bad row is reported, the rest go in.
 */
export async function importRegistrations(deps: Deps, fairId: string, text: string) {
  const rows = parseCsv(text.replace(/^\uFEFF/, ""));
  const header = (rows.shift() ?? []).map((h) => h.trim().toLowerCase());
  const gi = header.indexOf("graduate_id");
  const pi = header.indexOf("picks");
  const ai = header.indexOf("apply_anyway");
  if (gi < 0 || pi < 0)
    throw new AppError("validation", "invalid_csv_header", "The first row must name the columns graduate_id and picks.");
  if (rows.length > 2000) throw new AppError("validation", "too_many_rows", "Import at most 2,000 rows at a time.");
  await getFair(deps, fairId);
  const errors: { line: number; graduateId: string; code: string; message: string }[] = [];
  let imported = 0;
  for (const [n, row] of rows.entries()) {
    const graduateId = (row[gi] ?? "").trim();
    const parsed = RegistrationInput.safeParse({
      picks: (row[pi] ?? "")
        .split(";")
        .map((p) => p.trim())
        .filter(Boolean),
      applyAnyway: ["true", "yes", "ya", "1"].includes((row[ai] ?? "").trim().toLowerCase()),
    });
    const line = n + 2;
    if (!graduateId || !parsed.success) {
      errors.push({ line, graduateId, code: "invalid_row", message: "graduate_id and 1–10 picks are required." });
      continue;
    }
    try {
      await registerForFair(deps, graduateId, fairId, parsed.data, "import");
      imported++;
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      errors.push({ line, graduateId, code: error.code, message: error.message });
    }
  }
  return { imported, failed: errors.length, errors };
}
