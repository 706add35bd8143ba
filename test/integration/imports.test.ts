import type { Deps, Principal } from "@jalur/core";
import * as core from "@jalur/core";
import { inLanes } from "@jalur/core/platform/queue";
import { db } from "@jalur/core/service";
import { addDays, dateInZone } from "@jalur/domain";
import { aLawfulVacancyInput } from "@jalur/fixtures";
import { beforeAll, describe, expect, it } from "vitest";
import { freshDeployment } from "../support/deployment.ts";

/**
 * Registration imports are jobs: accepted at once with the file checked, applied in batches of
 * 100 rows by the schedule worker (here: called directly, as the worker does), each batch once.
 */
const today = dateInZone(new Date());
const staff: Principal = { sub: "staff", role: "staff" };
const organiser: Principal = { sub: "org-dki", role: "organiser" };
const recruiter: Principal = { sub: "rec", role: "recruiter", recruiterId: "org-a" };

describe("registration imports as jobs", () => {
  let deps: Deps;
  let vacancy: string;
  const graduates = Array.from({ length: 240 }, (_, i) => `g${String(i).padStart(3, "0")}`);

  async function openFair() {
    const created = await core.createFair(
      deps,
      organiser,
      core.FairInput.parse({
        name: "Bursa Kerja Jakarta Pusat",
        venue: "JIExpo",
        calendar: { firstDay: addDays(today, 5), lastDay: addDays(today, 5), opens: "09:00", closes: "12:00", slotMinutes: 20 },
        registrationOpens: new Date(Date.now() - 3_600_000).toISOString(),
        registrationCloses: new Date(Date.now() + 3_600_000).toISOString(),
      }),
    );
    await core.admitBooth(deps, organiser, created.fairId, {
      recruiterId: "org-a",
      tables: 2,
      vacancyIds: [vacancy],
      unavailable: [],
    });
    await core.moveFair(deps, organiser, created.fairId, "open");
    return created.fairId;
  }

  const apply = (fairId: string, importId: string, n: number) =>
    core.applyImportBatch(deps, { fairId, importId, part: String(n).padStart(4, "0") });

  async function allRows(fairId: string, importId: string) {
    const rows: core.ImportRowResult[] = [];
    let cursor: string | undefined;
    do {
      const page = await core.importRows(deps, organiser, fairId, importId, {}, cursor ? { cursor } : {});
      rows.push(...page.items);
      cursor = page.cursor;
    } while (cursor);
    return rows;
  }

  beforeAll(async () => {
    ({ deps } = await freshDeployment());
    await core.createRecruiter(
      deps,
      staff,
      {
        name: "PT A",
        kind: "p3mi",
        licence: { number: "SIP3MI/12", validFrom: addDays(today, -9), validUntil: addDays(today, 300) },
      },
      "org-a",
    );
    await core.reviewLicence(deps, staff, "org-a", true);
    const draft = await core.createVacancy(deps, recruiter, core.VacancyInput.parse(aLawfulVacancyInput(today)));
    await core.publishVacancy(deps, recruiter, draft.vacancyId);
    vacancy = draft.vacancyId;
    await inLanes(graduates, 8, async (sub) => {
      const who: Principal = { sub, role: "graduate" };
      await core.registerGraduate(deps, who, {
        name: `Lulusan ${sub}`,
        birthDate: "2001-03-03",
        ppkd: "Jakarta Pusat",
        language: "id",
      });
      // Every tenth graduate has not consented to share their profile.
      if (!sub.endsWith("0")) await core.setConsent(deps, who, true);
    });
  }, 120_000);

  it("accepts a file at once, applies it in batches and reports every row in file order", async () => {
    const fairId = await openFair();
    const lines = [
      "graduate_id,picks",
      ...graduates.slice(0, 239).map((g) => `${g},${vacancy}`),
      `g001,${vacancy}`, // a second row for one graduate
      `,${vacancy}`, // no id
      `nobody,${vacancy}`,
      "g239,not-at-this-fair",
    ];
    const accepted = await core.importRegistrations(deps, organiser, fairId, lines.join("\n"));
    expect(accepted).toMatchObject({ state: "queued", rows: 243, processed: 0 });
    // Nothing is registered until the worker applies the batches.
    await expect(core.myRegistration(deps, { sub: "g001", role: "graduate" }, fairId)).rejects.toMatchObject({
      kind: "not_found",
    });

    for (const n of [2, 0]) await apply(fairId, accepted.importId, n);
    expect(await core.readImport(deps, organiser, fairId, accepted.importId)).toMatchObject({ state: "running", processed: 143 });
    await apply(fairId, accepted.importId, 1);

    const job = await core.readImport(deps, organiser, fairId, accepted.importId);
    const refusedByConsent = graduates.filter((g) => g.endsWith("0")).length;
    expect(job).toMatchObject({ state: "done", rows: 243, processed: 243, registered: 239 - refusedByConsent });
    expect(job.refused).toBe(refusedByConsent + 4);

    const rows = await allRows(fairId, accepted.importId);
    expect(rows.map((r) => r.line)).toEqual(Array.from({ length: 243 }, (_, i) => i + 2));
    const byLine = new Map(rows.map((r) => [r.line, r]));
    expect(byLine.get(3)).toMatchObject({ graduateId: "g001", outcome: "registered" });
    expect(byLine.get(2)).toMatchObject({ graduateId: "g000", outcome: "refused", code: "cannot_register" });
    expect(byLine.get(241)).toMatchObject({ graduateId: "g001", code: "duplicate_row" });
    expect(byLine.get(241)?.message).toContain("line 3");
    expect(byLine.get(242)).toMatchObject({ code: "invalid_row" });
    expect(byLine.get(243)).toMatchObject({ graduateId: "nobody", code: "cannot_register" });
    expect(byLine.get(244)).toMatchObject({ graduateId: "g239", code: "not_at_fair" });
    // A graduate with a second (refused) row keeps what their first row registered.
    expect(await core.myRegistration(deps, { sub: "g001", role: "graduate" }, fairId)).toMatchObject({
      source: "import",
      confirmed: false,
      picks: [vacancy],
    });
    const refused = await core.importRows(deps, organiser, fairId, accepted.importId, { outcome: "refused" }, {});
    expect(refused.items.every((r) => r.outcome === "refused")).toBe(true);
    // The refused rows, in the import's own format: fixing the ids and uploading them again works.
    const file = await core.refusedRowsCsv(deps, organiser, fairId, accepted.importId);
    const fileLines = file.trim().split("\r\n");
    expect(fileLines[0]).toBe("graduate_id,picks,line,code,reason");
    expect(fileLines).toHaveLength(1 + job.refused);
    expect(fileLines).toContain(
      `nobody,${vacancy},243,cannot_register,"This graduate cannot be registered from a spreadsheet (unknown id, or no consent to share their profile); ask them to register in Jalur."`,
    );
    const listed = await core.importsOf(deps, organiser, fairId, { limit: 5 });
    expect(listed.items.map((i) => i.importId)).toEqual([accepted.importId]);
  }, 60_000);

  it("applies a batch once when it is delivered twice, or again after a crash before its results were written", async () => {
    const fairId = await openFair();
    const accepted = await core.importRegistrations(
      deps,
      organiser,
      fairId,
      ["graduate_id,picks", ...graduates.slice(1, 51).map((g) => `${g},${vacancy}`)].join("\n"),
    );
    // Two deliveries at once: one applies the batch; the other is told to come back later (or finds it done).
    const both = await Promise.allSettled([apply(fairId, accepted.importId, 0), apply(fairId, accepted.importId, 0)]);
    expect(both.filter((b) => b.status === "fulfilled" && b.value === "done")).toHaveLength(1);
    const other = both.find((b) => !(b.status === "fulfilled" && b.value === "done"));
    if (other?.status === "rejected") expect(other.reason).toMatchObject({ code: "import_batch_busy" });
    else expect(other).toMatchObject({ value: "skipped" });
    expect(await apply(fairId, accepted.importId, 0)).toBe("skipped");
    const job = await core.readImport(deps, organiser, fairId, accepted.importId);
    expect(job).toMatchObject({ state: "done", processed: 50 });
    expect(job.registered + job.refused).toBe(50);

    // A crash after the rows were registered but before the batch's results were written: the
    // redelivered message applies the batch again; the graduates' registrations stay as they were.
    const crashed = await core.importRegistrations(
      deps,
      organiser,
      fairId,
      ["graduate_id,picks", ...graduates.slice(51, 61).map((g) => `${g},${vacancy}`)].join("\n"),
    );
    await apply(fairId, crashed.importId, 0);
    const d = db(deps);
    await d.importBatch
      .patch({ fairId, importId: crashed.importId, part: "0000" })
      // The crashed delivery's lease has run out by the time its message comes back.
      .set({ state: "pending", leaseUntil: Date.now() - 1 })
      .remove(["results"])
      .go();
    await d.registrationImport
      .patch({ fairId, importId: crashed.importId })
      .set({ batchesDone: 0, processed: 0, registered: 0, refused: 0 })
      .go();
    expect(await apply(fairId, crashed.importId, 0)).toBe("done");
    const after = await core.readImport(deps, organiser, fairId, crashed.importId);
    expect(after).toMatchObject({ state: "done", processed: 10, registered: 9, refused: 1 });
    expect(await core.myRegistration(deps, { sub: "g052", role: "graduate" }, fairId)).toMatchObject({
      picks: [vacancy],
      confirmed: false,
    });
  }, 60_000);

  it("refuses every row when registration closed while the import waited", async () => {
    const fairId = await openFair();
    const accepted = await core.importRegistrations(deps, organiser, fairId, `graduate_id,picks\ng003,${vacancy}\n,${vacancy}\n`);
    await core.moveFair(deps, organiser, fairId, "close");
    await apply(fairId, accepted.importId, 0);
    const rows = await allRows(fairId, accepted.importId);
    expect(rows.map((r) => r.code)).toEqual(["registration_closed", "invalid_row"]);
    expect(await core.readImport(deps, organiser, fairId, accepted.importId)).toMatchObject({
      state: "done",
      registered: 0,
      refused: 2,
    });
  });

  it("refuses a file it cannot take before accepting anything", async () => {
    const fairId = await openFair();
    const tooMany = ["graduate_id,picks", ...Array.from({ length: 2001 }, (_, i) => `x${i},${vacancy}`)].join("\n");
    await expect(core.importRegistrations(deps, organiser, fairId, tooMany)).rejects.toMatchObject({ code: "too_many_rows" });
    await expect(core.importRegistrations(deps, organiser, fairId, "graduate_id,picks\n")).rejects.toMatchObject({
      code: "no_rows",
    });
    await expect(core.importRegistrations(deps, organiser, fairId, "id;picks\nx;y\n")).rejects.toMatchObject({
      code: "invalid_csv_header",
    });
    expect((await core.importsOf(deps, organiser, fairId, { limit: 5 })).items).toEqual([]);
    await expect(core.readImport(deps, organiser, fairId, "imp_nope")).rejects.toMatchObject({ kind: "not_found" });
    await expect(core.importRows(deps, organiser, fairId, "imp_nope", {}, {})).rejects.toMatchObject({ kind: "not_found" });
  });
});
