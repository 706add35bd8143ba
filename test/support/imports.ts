import * as core from "@jalur/core";

/**
 * An organiser's import, applied at once in the test's own process: accepts it as the API
 * does, then applies each batch as the schedule worker would (the worker may also be running:
 * a batch is applied once). Returns the job and every row's outcome.
 */
export async function importAndApply(deps: core.Deps, actor: core.Actor, fairId: string, csv: string) {
  const accepted = await core.importRegistrations(deps, actor, fairId, csv);
  const batches = Math.ceil(accepted.rows / 100);
  for (let n = 0; n < batches; n++)
    await core.applyImportBatch(deps, { fairId, importId: accepted.importId, part: String(n).padStart(4, "0") });
  const rows: core.ImportRowResult[] = [];
  let cursor: string | undefined;
  do {
    const page = await core.importRows(deps, actor, fairId, accepted.importId, {}, cursor ? { cursor } : {});
    rows.push(...page.items);
    cursor = page.cursor;
  } while (cursor);
  return {
    job: await core.readImport(deps, actor, fairId, accepted.importId),
    rows,
    refused: rows.filter((r) => r.outcome === "refused"),
  };
}
