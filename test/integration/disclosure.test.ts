import * as core from "@jalur/core";
import { type Deps, type Principal, runScheduleJob } from "@jalur/core";
import { addDays, dateInZone } from "@jalur/domain";
import { aLawfulVacancyInput } from "@jalur/fixtures";
import { beforeAll, describe, expect, it } from "vitest";
import { freshDeployment } from "../support/deployment.ts";
import { importAndApply } from "../support/imports.ts";

/**
 * DOMAIN "Personal data": recruiters see a graduate's contact details only through an
 * application the graduate made; an organiser's import discloses nothing until the graduate
 * confirms; after consent is withdrawn no recruiter or organiser view shows their personal data.
 */
describe("what recruiters and organisers may see of a graduate (core)", () => {
  const today = dateInZone(new Date());
  const staff: Principal = { sub: "staff", role: "staff" };
  const recruiter: Principal = { sub: "rec", role: "recruiter", recruiterId: "org-a" };
  const organiser: Principal = { sub: "organiser", role: "organiser" };
  const rina: Principal = { sub: "rina", role: "graduate" };
  const dodi: Principal = { sub: "dodi", role: "graduate" };
  const wati: Principal = { sub: "wati", role: "graduate" };
  let deps: Deps;
  let vacancy: string;
  let fair: string;

  beforeAll(async () => {
    ({ deps } = await freshDeployment());
    await core.createRecruiter(
      deps,
      staff,
      {
        name: "PT A",
        kind: "p3mi",
        licence: { number: "SIP3MI/9", validFrom: addDays(today, -9), validUntil: addDays(today, 300) },
      },
      "org-a",
    );
    await core.reviewLicence(deps, staff, "org-a", true);
    for (const [who, name] of [
      [rina, "Rina Wulandari"],
      [dodi, "Dodi Prasetyo"],
      [wati, "Wati Susanti"],
    ] as const) {
      await core.registerGraduate(deps, who, {
        name,
        birthDate: "2000-02-02",
        ppkd: "Jakarta Utara",
        language: "id",
        nik: "3171010202000001",
        phone: "+6281311112222",
        email: `${who.sub}@example.id`,
      });
      await core.setConsent(deps, who, true);
    }
    const draft = await core.createVacancy(deps, recruiter, core.VacancyInput.parse(aLawfulVacancyInput(today)));
    await core.publishVacancy(deps, recruiter, draft.vacancyId);
    vacancy = draft.vacancyId;
    const created = await core.createFair(
      deps,
      organiser,
      core.FairInput.parse({
        name: "Bursa Kerja Jakarta Utara",
        venue: "GOR Koja",
        calendar: { firstDay: addDays(today, 4), lastDay: addDays(today, 4), opens: "09:00", closes: "11:00", slotMinutes: 20 },
        registrationOpens: new Date(Date.now() - 3_600_000).toISOString(),
        registrationCloses: new Date(Date.now() + 3_600_000).toISOString(),
      }),
    );
    fair = created.fairId;
    await core.admitBooth(deps, organiser, fair, { recruiterId: "org-a", tables: 2, vacancyIds: [vacancy], unavailable: [] });
    await core.moveFair(deps, organiser, fair, "open");
    // Rina registers herself (she applies); Dodi is registered by the organiser's import.
    await core.registerForFair(deps, rina, fair, { picks: [vacancy], applyAnyway: false });
    await core.registerForFair(deps, wati, fair, { picks: [vacancy], applyAnyway: false });
    const imported = await importAndApply(deps, organiser, fair, `graduate_id,picks\ndodi,${vacancy}\n`);
    expect(imported.job).toMatchObject({ state: "done", rows: 1, registered: 1, refused: 0 });
  }, 60_000);

  it("an import registers the graduate but applies for nothing and shows the booth nothing of them", async () => {
    await expect(core.readApplication(deps, recruiter, `${vacancy}~dodi`)).rejects.toMatchObject({ kind: "not_found" });
    const seenByBooth = await core.registrantsOfBooth(deps, recruiter, fair, "org-a", { limit: 10 });
    expect(seenByBooth.items.map((r) => r.graduateId)).toEqual(["rina", "wati"]);
    expect(JSON.stringify(seenByBooth)).not.toContain("Dodi");
    const seenByOrganiser = await core.registrantsOfBooth(deps, organiser, fair, "org-a", { limit: 10 });
    expect(seenByOrganiser.items.find((r) => r.graduateId === "dodi")?.graduate).toEqual({
      disclosed: false,
      reason: "awaiting-confirmation",
    });
    expect(await core.myRegistration(deps, dodi, fair)).toMatchObject({ source: "import", confirmed: false });
    // Nor can the booth probe for them through the shortlist.
    expect(await core.setShortlist(deps, recruiter, fair, "org-a", ["dodi"], true)).toEqual({
      updated: 0,
      notRegistered: ["dodi"],
    });
  });

  it("the booth sees an imported graduate only after they confirm, and then through their own application", async () => {
    const confirmed = await core.confirmRegistration(deps, dodi, fair, false);
    expect(confirmed).toMatchObject({ confirmed: true, notApplied: [] });
    const application = await core.readApplication(deps, recruiter, `${vacancy}~dodi`);
    expect(application.history).toEqual([expect.objectContaining({ to: "applied", by: "dodi", role: "graduate" })]);
    expect((application as { graduate: unknown }).graduate).toEqual({
      disclosed: true,
      name: "Dodi Prasetyo",
      ppkd: "Jakarta Utara",
      phone: "+6281311112222",
      email: "dodi@example.id",
    });
    expect(JSON.stringify(application)).not.toContain("3171010202000001");
    const registrants = await core.registrantsOfBooth(deps, recruiter, fair, "org-a", { limit: 10 });
    expect(registrants.items.map((r) => r.graduateId).sort()).toEqual(["dodi", "rina", "wati"]);
  });

  it("an organiser's re-import cannot undo what the graduate confirmed", async () => {
    const again = await importAndApply(deps, organiser, fair, `graduate_id,picks\ndodi,${vacancy}\n`);
    expect(again.job).toMatchObject({ registered: 0, refused: 1 });
    expect(again.refused).toMatchObject([{ code: "registered_by_graduate", line: 2, graduateId: "dodi" }]);
    expect(await core.myRegistration(deps, dodi, fair)).toMatchObject({ confirmed: true });
    // Unknown ids and graduates without consent get one and the same answer.
    const strangers = await importAndApply(deps, organiser, fair, `graduate_id,picks\nnobody,${vacancy}\n`);
    expect(strangers.refused.map((e) => e.code)).toEqual(["cannot_register"]);
  });

  it("records every disclosure in the graduate's own audit", async () => {
    const reads = await core.readsOfMe(deps, dodi, { limit: 20 });
    expect(reads.items.map((r) => r.what)).toEqual(
      expect.arrayContaining([
        `contact details via application ${vacancy}~dodi`,
        `name in the registrants of booth org-a at fair ${fair}`,
      ]),
    );
    for (const read of reads.items) expect(read).toMatchObject({ reader: "rec", role: "recruiter", recruiterId: "org-a" });
  });

  it("after Rina withdraws consent, no recruiter or organiser view shows her personal data", async () => {
    // Wati withdraws before the schedule runs: nothing is planned for her any more.
    await core.setConsent(deps, wati, false);
    await core.moveFair(deps, organiser, fair, "close");
    const job = await core.requestSchedule(deps, organiser, fair);
    expect(await runScheduleJob(deps, job.jobId)).toBe("done");
    await core.publishSchedule(deps, organiser, fair, job.jobId);
    const before = await core.boothSchedule(deps, recruiter, fair, "org-a");
    expect(JSON.stringify(before)).toContain("Rina Wulandari");

    await core.setConsent(deps, rina, false);

    const views: [string, unknown][] = [
      ["registrants (booth)", await core.registrantsOfBooth(deps, recruiter, fair, "org-a", { limit: 10 })],
      ["registrants (organiser)", await core.registrantsOfBooth(deps, organiser, fair, "org-a", { limit: 10 })],
      ["applications", await core.applicationsOfVacancy(deps, recruiter, vacancy, { limit: 10 })],
      ["application", await core.readApplication(deps, recruiter, `${vacancy}~rina`)],
      ["candidates", await core.candidatesForVacancy(deps, recruiter, vacancy, { limit: 10 })],
      ["booth schedule", await core.boothSchedule(deps, recruiter, fair, "org-a")],
      ["booth schedule (organiser)", await core.boothSchedule(deps, organiser, fair, "org-a")],
      ["booth export", await core.boothScheduleCsv(deps, recruiter, fair, "org-a")],
    ];
    for (const [name, view] of views) {
      const text = JSON.stringify(view);
      expect(text, name).not.toContain("Rina");
      expect(text, name).not.toContain("rina@example.id");
      // Dodi still consents: he is still shown where he was.
      if (name !== "candidates" && name !== "application") expect(text, name).toContain("Dodi");
    }
    expect(await core.myInterviews(deps, wati, fair)).toEqual([]);
    const application = (await core.readApplication(deps, recruiter, `${vacancy}~rina`)) as { graduate: unknown };
    expect(application.graduate).toEqual({ disclosed: false, reason: "consent-withdrawn" });
    expect(await core.boothScheduleCsv(deps, recruiter, fair, "org-a")).toContain("(consent withdrawn)");
  });

  it("keeps the fair's record: no reopening after publishing, no removing a place someone attended", async () => {
    await expect(core.moveFair(deps, organiser, fair, "open")).rejects.toMatchObject({ code: "schedule_published" });
    const [interview] = await core.myInterviews(deps, dodi, fair);
    expect(interview).toBeDefined();
    await core.checkIn(deps, recruiter, fair, interview!.checkInCode);
    await expect(core.removeSlot(deps, recruiter, fair, "org-a", interview!.slot, interview!.table)).rejects.toMatchObject({
      code: "place_attended",
    });
  });
});
