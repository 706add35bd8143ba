import { createHash, randomBytes } from "node:crypto";
import { getGraduates } from "../../graduates/profile.ts";
import { parseCsv, toCsv } from "../../platform/csv.ts";
import type { Deps } from "../../platform/deps.ts";
import { AppError, committed, notFound } from "../../platform/errors.ts";
import type { ImportBatch } from "../../platform/messages.ts";
import { noticesTo } from "../../platform/notices.ts";
import { type PageRequest, pageOf, pageOptions } from "../../platform/paging.ts";
import { useCase } from "../../platform/principal.ts";
import { inLanes, intentOf } from "../../platform/queue.ts";
import { isConditionFailure } from "../../platform/table.ts";
import { db, type FairItem, type GraduateItem, type ImportBatchItem, type RegistrationImportItem } from "../../service.ts";
import { fairToRun, getFair } from "../access.ts";
import {
  assertRegistrationOpen,
  type FairOffer,
  fairOffer,
  RegistrationInput,
  requestsFor,
  writeRegistration,
} from "./register.ts";

/** An import takes at most this many rows. */
export const MAX_IMPORT_ROWS = 2000;
/** Rows applied per message: one batch is a few seconds of the schedule worker. */
export const IMPORT_BATCH_ROWS = 100;

/** A row as read from the file: its line, the graduate, the picks as written (`;`-separated). */
type ReadRow = { line: number; graduateId: string; picks: string; problem?: { code: string; message: string } };

/** What became of one row. */
export interface ImportRowResult {
  line: number;
  graduateId: string;
  picks: string;
  outcome: "registered" | "refused" | "pending";
  code?: string;
  message?: string;
}

/** An import as its organisers see it: counts so far and where to read the rows. */
export interface RegistrationImportView {
  importId: string;
  fairId: string;
  state: "queued" | "running" | "done";
  rows: number;
  processed: number;
  registered: number;
  refused: number;
  importedBy: string;
  createdAt: string;
  updatedAt: string;
}

const view = (job: RegistrationImportItem): RegistrationImportView => ({
  importId: job.importId,
  fairId: job.fairId,
  state: job.batchesDone >= job.batches ? "done" : job.batchesDone === 0 ? "queued" : "running",
  rows: job.rows,
  processed: job.processed,
  registered: job.registered,
  refused: job.refused,
  importedBy: job.importedBy,
  createdAt: job.createdAt,
  updatedAt: job.updatedAt,
});

/** Import ids sort by time (newest last), so a fair's imports list newest first in one Query. */
const importIdAt = (now: Date) => `imp_${now.getTime().toString(36).padStart(9, "0")}${randomBytes(5).toString("hex")}`;
const partOf = (n: number) => String(n).padStart(4, "0");

/** Reads the file: the header, then each row, each checked on its own; a graduate's second row is refused. */
function readRows(text: string): ReadRow[] {
  const rows = parseCsv(text.replace(/^\uFEFF/, ""));
  const header = (rows.shift() ?? []).map((h) => h.trim().toLowerCase());
  const gi = header.indexOf("graduate_id");
  const pi = header.indexOf("picks");
  if (gi < 0 || pi < 0)
    throw new AppError("validation", "invalid_csv_header", "The first row must name the columns graduate_id and picks.");
  if (rows.length > MAX_IMPORT_ROWS)
    throw new AppError("validation", "too_many_rows", `Import at most ${MAX_IMPORT_ROWS.toLocaleString("en")} rows at a time.`);
  if (rows.length === 0) throw new AppError("validation", "no_rows", "The file has a header but no rows.");
  const firstLine = new Map<string, number>();
  return rows.map((row, n) => {
    const line = n + 2;
    const graduateId = (row[gi] ?? "").trim().slice(0, 200);
    const picks = (row[pi] ?? "").trim().slice(0, 2000);
    const parsed = RegistrationInput.safeParse({
      picks: picks
        .split(";")
        .map((p) => p.trim())
        .filter(Boolean),
    });
    if (!graduateId || (row[gi] ?? "").trim().length > 200 || !parsed.success)
      return { line, graduateId, picks, problem: { code: "invalid_row", message: "graduate_id and 1–10 picks are required." } };
    const first = firstLine.get(graduateId);
    if (first !== undefined)
      return {
        line,
        graduateId,
        picks,
        problem: { code: "duplicate_row", message: `The graduate is already on line ${first}; only that line counts.` },
      };
    firstLine.set(graduateId, line);
    return { line, graduateId, picks };
  });
}

/**
 * The fair's organisers import registrations they collected (at a PPKD desk, on paper):
 * columns `graduate_id` and `picks` (vacancy ids in the graduate's order, separated by `;`).
 * The file is read and checked at once and the import accepted as a job (202): the schedule
 * worker applies it in batches of 100 rows; the job shows progress and every row's outcome,
 * and the refused rows come back as a file to fix and upload again. The import, its batches
 * and their messages are written in one transaction: accepted means it will be applied.
 *
 * An import registers the graduate for the fair; it does not apply for them, does not judge
 * their eligibility (they do, when they confirm) and shows nothing of them to recruiters until
 * they confirm (in the app, or by checking in). Each graduate is told once per set of picks. A
 * registration the graduate made or confirmed is left as it is.
 */
export const importRegistrations = useCase(["organiser"], async (deps, actor, fairId: string, text: string) => {
  const fair = await fairToRun(deps, actor, fairId);
  const rows = readRows(text);
  assertRegistrationOpen(fair, deps.now());
  const now = deps.now();
  const at = now.toISOString();
  const importId = importIdAt(now);
  const batches: ReadRow[][] = [];
  for (let i = 0; i < rows.length; i += IMPORT_BATCH_ROWS) batches.push(rows.slice(i, i + IMPORT_BATCH_ROWS));
  const job = {
    fairId,
    importId,
    importedBy: actor.sub,
    rows: rows.length,
    batches: batches.length,
    createdAt: at,
    updatedAt: at,
  };
  const result = await db(deps)
    .service.transaction.write(({ registrationImport, importBatch, intent }) => [
      registrationImport.create(job).commit(),
      ...batches.flatMap((batch, n) => [
        importBatch.create({ fairId, importId, part: partOf(n), rows: batch, state: "pending" }).commit(),
        intent
          .put(
            intentOf(deps, "schedule", {
              type: "import-batch",
              id: `import-batch:${importId}:${partOf(n)}`,
              fairId,
              importId,
              part: partOf(n),
            }),
          )
          .commit(),
      ]),
    ])
    .go();
  committed(result, "The import");
  return view({ ...job, batchesDone: 0, processed: 0, registered: 0, refused: 0 });
});

/** Registers one read row, or says why not (an AppError's code and message). */
async function applyRow(
  deps: Deps,
  fair: FairItem,
  offer: FairOffer,
  row: ReadRow,
  graduate: GraduateItem | undefined,
): Promise<ImportRowResult> {
  const base = { line: row.line, graduateId: row.graduateId, picks: row.picks };
  if (row.problem) return { ...base, outcome: "refused", ...row.problem };
  try {
    // One answer for "no such graduate" and "no consent": a spreadsheet learns nothing about people.
    if (graduate?.consent !== "given")
      throw new AppError(
        "unprocessable",
        "cannot_register",
        "This graduate cannot be registered from a spreadsheet (unknown id, or no consent to share their profile); ask them to register in Jalur.",
      );
    const { fairId } = fair;
    const { graduateId } = row;
    const { data: existing } = await db(deps).fairRegistration.get({ fairId, graduateId }).go();
    if (existing && (existing.source === "self" || existing.confirmed !== false))
      throw new AppError(
        "conflict",
        "registered_by_graduate",
        "The graduate registered or confirmed their registration themselves; their own picks stand.",
      );
    const picks = [
      ...new Set(
        row.picks
          .split(";")
          .map((p) => p.trim())
          .filter(Boolean),
      ),
    ];
    // Eligibility is the graduate's to weigh when they confirm; an import only registers.
    const requests = await requestsFor(deps, fair, graduate, picks, true, offer);
    const titles = picks.map((p) => offer.vacancyOf.get(p)?.title ?? p);
    // The graduate is told in the same transaction that registers them (once per set of picks).
    const notices = noticesTo(
      graduateId,
      `${fairId}:${createHash("sha256").update(picks.join(";")).digest("base64url").slice(0, 12)}`,
      "fair-registration",
      { fair: fair.name, picks: titles.join(", ") },
      `/v1/fairs/${fairId}/registration`,
    );
    await writeRegistration(
      deps,
      fairId,
      graduateId,
      picks,
      requests,
      { source: "import", confirmed: false, applyAnyway: false },
      existing ?? undefined,
      notices,
    );
    return { ...base, outcome: "registered" };
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    return { ...base, outcome: "refused", code: error.code, message: error.message };
  }
}

/**
 * The schedule worker applies one batch of an import, once: a batch already done is skipped;
 * rows are idempotent (re-registering the same picks changes nothing a graduate sees, notices
 * are keyed by their picks), so a delivery after a crash redoes the batch safely. The batch's
 * results and the job's counters are written in one transaction, conditioned on the batch
 * still pending, so two deliveries never count a batch twice.
 */
export async function applyImportBatch(
  deps: Deps,
  message: Pick<ImportBatch, "fairId" | "importId" | "part">,
  leaseSeconds = 300,
): Promise<"done" | "skipped"> {
  const d = db(deps);
  const { fairId, importId, part } = message;
  const now = deps.now().getTime();
  let batch: ImportBatchItem;
  try {
    // One delivery at a time: two applying the same rows at once would refuse each other's writes.
    const { data } = await d.importBatch
      .patch({ fairId, importId, part })
      .set({ leaseUntil: now + leaseSeconds * 1000 })
      .where((a, op) => `${op.eq(a.state, "pending")} AND (${op.notExists(a.leaseUntil)} OR ${op.lt(a.leaseUntil, now)})`)
      .go({ response: "all_new" });
    batch = data as ImportBatchItem;
  } catch (error) {
    if (!isConditionFailure(error)) throw error;
    const { data: current } = await d.importBatch.get({ fairId, importId, part }).go();
    if (!current || current.state === "done") return "skipped";
    // Another delivery is applying it: fail this one, so it comes back (and finds it done) or takes over after a crash.
    throw new AppError(
      "unavailable",
      "import_batch_busy",
      `Batch ${part} of import ${importId} is being applied by another delivery.`,
    );
  }
  const rows = batch.rows as ReadRow[];
  const fair = await getFair(deps, fairId);
  let results: ImportRowResult[];
  try {
    assertRegistrationOpen(fair, deps.now());
    const offer = await fairOffer(deps, fairId);
    const graduates = new Map(
      (
        await getGraduates(
          deps,
          rows.filter((r) => !r.problem).map((r) => r.graduateId),
        )
      ).map((g) => [g.graduateId, g]),
    );
    results = new Array(rows.length);
    const indexed = rows.map((row, i) => ({ row, i }));
    await inLanes(indexed, 8, async ({ row, i }) => {
      results[i] = await applyRow(deps, fair, offer, row, graduates.get(row.graduateId));
    });
  } catch (error) {
    // Registration closed while the import waited: every row says so.
    if (!(error instanceof AppError) || error.code !== "registration_closed") throw error;
    results = rows.map((r) => ({
      line: r.line,
      graduateId: r.graduateId,
      picks: r.picks,
      outcome: "refused",
      ...(r.problem ?? { code: error.code, message: error.message }),
    }));
  }
  const registered = results.filter((r) => r.outcome === "registered").length;
  const outcome = await d.service.transaction
    .write(({ importBatch, registrationImport }) => [
      importBatch
        .patch({ fairId, importId, part })
        .set({ state: "done", results })
        .where((a, op) => op.eq(a.state, "pending"))
        .commit(),
      registrationImport
        .patch({ fairId, importId })
        .add({ batchesDone: 1, processed: results.length, registered, refused: results.length - registered })
        .set({ updatedAt: deps.now().toISOString() })
        .commit(),
    ])
    .go();
  return outcome.canceled ? "skipped" : "done";
}

/** Access pattern: an import by id (one GetItem), for the fair's organisers. */
export const readImport = useCase(["organiser"], async (deps, actor, fairId: string, importId: string) => {
  await fairToRun(deps, actor, fairId);
  const { data } = await db(deps).registrationImport.get({ fairId, importId }).go();
  if (!data) throw notFound("import", importId);
  return view(data);
});

/** Access pattern: a fair's imports, newest first (one Query), for its organisers. */
export const importsOf = useCase(["organiser"], async (deps, actor, fairId: string, page: PageRequest) => {
  await fairToRun(deps, actor, fairId);
  const { data, cursor } = await db(deps)
    .registrationImport.query.byFair({ fairId })
    .go({ ...pageOptions(deps, page), order: "desc" });
  return pageOf(deps, data.map(view), cursor);
});

const rowsOf = (batch: ImportBatchItem): ImportRowResult[] =>
  batch.state === "done"
    ? (batch.results as ImportRowResult[])
    : (batch.rows as ReadRow[]).map(({ line, graduateId, picks }) => ({ line, graduateId, picks, outcome: "pending" }));

/**
 * Access pattern: an import's rows with their outcomes, in file order, one batch (≤100 rows)
 * per page (one Query of one item); optionally only the refused or registered ones.
 */
export const importRows = useCase(
  ["organiser"],
  async (
    deps,
    actor,
    fairId: string,
    importId: string,
    filter: { outcome?: ImportRowResult["outcome"] },
    page: Pick<PageRequest, "cursor">,
  ) => {
    await fairToRun(deps, actor, fairId);
    const { data, cursor } = await db(deps)
      .importBatch.query.byImport({ fairId, importId })
      .go(pageOptions(deps, { limit: 1, ...page }));
    if (data.length === 0 && !page.cursor) throw notFound("import", importId);
    const rows = data.flatMap(rowsOf).filter((r) => !filter.outcome || r.outcome === filter.outcome);
    return pageOf(deps, rows, cursor);
  },
);

/**
 * The refused rows as a file in the import's own format (`graduate_id,picks`, then the line,
 * code and reason, which an import ignores): fix them and upload the file again. Reads the
 * import's batches (at most 20) in pages of 5.
 */
export const refusedRowsCsv = useCase(["organiser"], async (deps, actor, fairId: string, importId: string) => {
  await fairToRun(deps, actor, fairId);
  const refused: ImportRowResult[] = [];
  let cursor: string | null = null;
  let batches = 0;
  do {
    const out: { data: ImportBatchItem[]; cursor: string | null } = await db(deps)
      .importBatch.query.byImport({ fairId, importId })
      .go({ limit: 5, ...(cursor ? { cursor } : {}) });
    batches += out.data.length;
    for (const batch of out.data) refused.push(...rowsOf(batch).filter((r) => r.outcome === "refused"));
    cursor = out.cursor;
  } while (cursor && batches < Math.ceil(MAX_IMPORT_ROWS / IMPORT_BATCH_ROWS));
  if (batches === 0) throw notFound("import", importId);
  return toCsv([
    ["graduate_id", "picks", "line", "code", "reason"],
    ...refused.map((r) => [r.graduateId, r.picks, r.line, r.code ?? "", r.message ?? ""]),
  ]);
});
