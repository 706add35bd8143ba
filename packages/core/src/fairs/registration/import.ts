import { createHash } from "node:crypto";
import { getGraduates } from "../../graduates/profile.ts";
import { parseCsv } from "../../platform/csv.ts";
import { AppError } from "../../platform/errors.ts";
import { noticesTo } from "../../platform/notices.ts";
import { useCase } from "../../platform/principal.ts";
import { db } from "../../service.ts";
import { fairToRun } from "../access.ts";
import { assertRegistrationOpen, fairOffer, RegistrationInput, requestsFor, writeRegistration } from "./register.ts";

/** An import takes at most this many rows. */
export const MAX_IMPORT_ROWS = 2000;

/**
 * The fair's organisers import registrations they collected (at a PPKD desk, on paper):
 * columns `graduate_id` and `picks` (vacancy ids in the graduate's order, separated by `;`).
 * An import registers the graduate for the fair; it does not apply for them, does not judge
 * their eligibility (they do, when they confirm) and shows nothing of them to recruiters until
 * they confirm (in the app, or by checking in). Each graduate is told once per set of picks. A
 * registration the graduate made or confirmed is left as it is. A bad row is reported with its
 * line; the rest go in.
 */
export const importRegistrations = useCase(["organiser"], async (deps, actor, fairId: string, text: string) => {
  const fair = await fairToRun(deps, actor, fairId);
  const rows = parseCsv(text.replace(/^\uFEFF/, ""));
  const header = (rows.shift() ?? []).map((h) => h.trim().toLowerCase());
  const gi = header.indexOf("graduate_id");
  const pi = header.indexOf("picks");
  if (gi < 0 || pi < 0)
    throw new AppError("validation", "invalid_csv_header", "The first row must name the columns graduate_id and picks.");
  if (rows.length > MAX_IMPORT_ROWS)
    throw new AppError("validation", "too_many_rows", `Import at most ${MAX_IMPORT_ROWS.toLocaleString("en")} rows at a time.`);
  assertRegistrationOpen(fair, deps.now());
  const offer = await fairOffer(deps, fairId);
  const errors: { line: number; graduateId: string; code: string; message: string }[] = [];
  let imported = 0;
  for (const [n, row] of rows.entries()) {
    const line = n + 2;
    const graduateId = (row[gi] ?? "").trim();
    const parsed = RegistrationInput.safeParse({
      picks: (row[pi] ?? "")
        .split(";")
        .map((p) => p.trim())
        .filter(Boolean),
    });
    if (!graduateId || graduateId.length > 200 || !parsed.success) {
      errors.push({
        line,
        graduateId: graduateId.slice(0, 200),
        code: "invalid_row",
        message: "graduate_id and 1–10 picks are required.",
      });
      continue;
    }
    try {
      const [graduate] = await getGraduates(deps, [graduateId]);
      // One answer for "no such graduate" and "no consent": a spreadsheet learns nothing about people.
      if (graduate?.consent !== "given")
        throw new AppError(
          "unprocessable",
          "cannot_register",
          "This graduate cannot be registered from a spreadsheet (unknown id, or no consent to share their profile); ask them to register in Jalur.",
        );
      const { data: existing } = await db(deps).fairRegistration.get({ fairId, graduateId }).go();
      if (existing && (existing.source === "self" || existing.confirmed !== false))
        throw new AppError(
          "conflict",
          "registered_by_graduate",
          "The graduate registered or confirmed their registration themselves; their own picks stand.",
        );
      const picks = [...new Set(parsed.data.picks)];
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
      imported++;
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      errors.push({ line, graduateId, code: error.code, message: error.message });
    }
  }
  return { imported, failed: errors.length, errors };
});
