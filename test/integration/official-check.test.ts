import {
  ANONYMOUS,
  AppError,
  CHECKS_PER_MINUTE,
  closeVacancy,
  createRecruiter,
  createVacancy,
  type Deps,
  officialCheck,
  type Principal,
  publicRecruiters,
  publishVacancy,
  readVacancy,
  reviewLicence,
  submitLicence,
  updateVacancy,
  VacancyInput,
} from "@jalur/core";
import { licenceKey, nameKey } from "@jalur/core/recruiters/lookup";
import { addDays, dateInZone } from "@jalur/domain";
import { aLawfulVacancyInput } from "@jalur/fixtures";
import { beforeAll, describe, expect, it } from "vitest";
import { freshDeployment } from "../support/deployment.ts";

/**
 * ★ The official check in core: licensed recruiters by licence number or name, vacancies by
 * code (published, closed, refused with its reasons), bounded reads, no personal data, and at
 * most 30 checks a minute per client.
 */
const today = dateInZone(new Date());
const STAFF: Principal = { sub: "staff-check", role: "staff" };
const recruiterOf = (recruiterId: string): Principal => ({ sub: `rec-${recruiterId}`, role: "recruiter", recruiterId });
const licence = (number: string, from = -30, until = 300) => ({
  number,
  validFrom: addDays(today, from),
  validUntil: addDays(today, until),
});

describe("the official check (core): is this recruiter licensed, was this vacancy published through Jalur", () => {
  let deps: Deps;
  let clients = 0;
  /** Each call its own client, so the rate limit only matters where a test means it to. */
  const check = (text: string, client = `client-${++clients}`) => officialCheck(deps, ANONYMOUS, { text, client });
  const checked = async (text: string) => {
    const answer = await check(text);
    if (answer.outcome !== "checked") throw new Error("limited");
    return answer;
  };

  beforeAll(async () => {
    ({ deps } = await freshDeployment());
    await createRecruiter(
      deps,
      STAFF,
      { name: "PT. Jalur Samudra Tenaga Kerja", kind: "p3mi", licence: licence("SIP3MI/2025/0412") },
      "org-samudra",
    );
    await reviewLicence(deps, STAFF, "org-samudra", true);
    await createRecruiter(
      deps,
      STAFF,
      { name: "PT Menunggu Izin", kind: "p3mi", licence: licence("SIP3MI/2026/0007") },
      "org-pending",
    );
    await createRecruiter(
      deps,
      STAFF,
      { name: "PT Izin Ditolak", kind: "p3mi", licence: licence("SIP3MI/2026/0666") },
      "org-rejected",
    );
    await reviewLicence(deps, STAFF, "org-rejected", false);
    await createRecruiter(
      deps,
      STAFF,
      { name: "PT Izin Lama", kind: "p3mi", licence: licence("SIP3MI/2020/0001", -800, -400) },
      "org-expired",
    );
    await reviewLicence(deps, STAFF, "org-expired", true);
    await createRecruiter(deps, STAFF, { name: "BP2MI Program G to G Korea", kind: "government" }, "org-g2g");
    await createRecruiter(deps, STAFF, { name: "CV Tanpa Izin", kind: "p3mi" }, "org-none");
  });

  it("normalises licence numbers and names the way people type them", () => {
    expect(licenceKey("SIP3MI/2025/0412")).toBe("SIP3MI20250412");
    expect(licenceKey(" sip3mi 2025-0412 ")).toBe("SIP3MI20250412");
    expect(nameKey("PT. Jalur Samudra Tenaga-Kerja")).toBe("jalur samudra tenaga kerja");
    expect(nameKey("Jalur Samudra, Tbk")).toBe("jalur samudra");
    expect(nameKey("PT")).toBe("pt");
    expect(nameKey("Pérusahaan Ünggul")).toBe("perusahaan unggul");
  });

  it("finds a licensed recruiter by its exact licence number, however it is written, with its licence", async () => {
    for (const text of ["SIP3MI/2025/0412", "sip3mi 2025 0412", "ＳＩＰ３ＭＩ／２０２５／０４１２"]) {
      const answer = await checked(text);
      expect(answer.recruiters).toEqual([
        {
          recruiterId: "org-samudra",
          name: "PT. Jalur Samudra Tenaga Kerja",
          kind: "p3mi",
          licence: {
            number: "SIP3MI/2025/0412",
            validFrom: addDays(today, -30),
            validUntil: addDays(today, 300),
            verified: true,
          },
          standing: "licensed",
          matchedBy: "licence",
        },
      ]);
    }
    // Another number, even one differing by a digit, is not it.
    expect((await checked("SIP3MI/2025/0413")).recruiters).toEqual([]);
  });

  it("finds a recruiter by the start of its name, without the legal form", async () => {
    for (const text of ["PT Jalur Samudra", "jalur sam", "JALUR SAMUDRA TENAGA KERJA"])
      expect((await checked(text)).recruiters.map((r) => [r.recruiterId, r.matchedBy])).toEqual([["org-samudra", "name"]]);
    // A word inside the name is not its start: a prefix index, not a scan.
    expect((await checked("Samudra")).recruiters).toEqual([]);
    // Too short to mean anything.
    expect((await checked("PT J")).recruiters).toEqual([]);
  });

  it("says where each recruiter stands: waiting for review, rejected, expired, a government body, no licence", async () => {
    const standing = async (text: string) => (await checked(text)).recruiters.map((r) => r.standing);
    expect(await standing("SIP3MI/2026/0007")).toEqual(["pending"]);
    expect(await standing("SIP3MI/2026/0666")).toEqual(["rejected"]);
    expect(await standing("SIP3MI/2020/0001")).toEqual(["expired"]);
    expect(await standing("BP2MI Program")).toEqual(["government"]);
    expect(await standing("CV Tanpa Izin")).toEqual(["no_licence"]);
  });

  it("answers only what is public about a recruiter: nothing about who reviewed it, its versions or people", async () => {
    const [samudra] = await publicRecruiters(deps, ANONYMOUS, ["org-samudra", "no-such-org", "a".repeat(5000)]);
    expect(Object.keys(samudra ?? {}).sort()).toEqual(["kind", "licence", "name", "recruiterId", "standing"]);
    expect(Object.keys(samudra?.licence ?? {}).sort()).toEqual(["number", "validFrom", "validUntil", "verified"]);
    const many = Array.from({ length: 26 }, (_, i) => `org-${i}`);
    await expect(publicRecruiters(deps, ANONYMOUS, many)).rejects.toMatchObject({ kind: "validation" });
  });

  it("follows a renewed licence: the new number finds the recruiter, the old one no longer does", async () => {
    await createRecruiter(deps, STAFF, { name: "PT Pindah Nomor", kind: "p3mi", licence: licence("SIP3MI/OLD/1") }, "org-renew");
    expect((await checked("SIP3MI/OLD/1")).recruiters.map((r) => r.recruiterId)).toEqual(["org-renew"]);
    await submitLicence(deps, recruiterOf("org-renew"), "org-renew", licence("SIP3MI/NEW/2"));
    expect((await checked("SIP3MI/OLD/1")).recruiters).toEqual([]);
    expect((await checked("SIP3MI/NEW/2")).recruiters.map((r) => [r.recruiterId, r.standing])).toEqual([
      ["org-renew", "pending"],
    ]);
  });

  it("answers at most 10 recruiters for a name, however many share its start", async () => {
    for (let i = 0; i < 12; i++)
      await createRecruiter(
        deps,
        STAFF,
        { name: `PT Mitra Sejahtera ${String(i).padStart(2, "0")}`, kind: "p3mi" },
        `org-mitra-${i}`,
      );
    const answer = await checked("Mitra Sejahtera");
    expect(answer.recruiters).toHaveLength(10);
    expect(answer.recruiters.every((r) => r.name.startsWith("PT Mitra Sejahtera"))).toBe(true);
  });

  describe("vacancies by their code", () => {
    const samudra = recruiterOf("org-samudra");
    const draft = async (overrides: Record<string, unknown> = {}) =>
      (await createVacancy(deps, samudra, VacancyInput.parse(aLawfulVacancyInput(today, overrides)))).vacancyId;

    it("shows a published vacancy with its licensed recruiter, also from a link holding its code", async () => {
      const vacancyId = await draft({ title: "Tukang las kapal, Nagasaki" });
      await publishVacancy(deps, samudra, vacancyId);
      for (const text of [vacancyId, vacancyId.toUpperCase(), `https://jalur.example/lowongan/${vacancyId}`]) {
        const { vacancy, recruiters } = await checked(text);
        expect(recruiters).toEqual([]);
        expect(vacancy).toMatchObject({
          vacancyId,
          title: "Tukang las kapal, Nagasaki",
          country: "JP",
          standing: "published",
          recruiter: { recruiterId: "org-samudra", standing: "licensed" },
          violations: [],
        });
      }
    });

    it("shows a refused vacancy with every reason in both languages, until it is fixed and published", async () => {
      const vacancyId = await draft({
        title: "Perawat lansia",
        sector: "nursing-care",
        costs: [{ item: "agency_fee", amount: { amount: 50_000, currency: "JPY" }, paidBy: "worker" }],
      });
      await expect(publishVacancy(deps, samudra, vacancyId)).rejects.toMatchObject({ code: "vacancy_not_compliant" });
      const { vacancy } = await checked(vacancyId);
      expect(vacancy?.standing).toBe("refused");
      expect(vacancy?.refusedAt).toBeDefined();
      expect(vacancy?.violations.map((v) => v.code)).toEqual(["worker_cost_in_exempt_sector"]);
      expect(vacancy?.violations[0]?.message.id).toContain("tidak boleh dibebani biaya penempatan");
      expect(vacancy?.violations[0]?.message.en).toContain("may not be charged placement costs");
      // The recruiter's own read of it is unchanged (the refusal is the check's), and its version too.
      const own = await readVacancy(deps, samudra, vacancyId);
      expect(own).not.toHaveProperty("refusal");
      expect(own.version).toBe(1);
    });

    it("names a barred destination and pay under the floor among the reasons", async () => {
      const barred = await draft({ country: "KH", salary: { amount: 300, currency: "USD", period: "month" } });
      await expect(publishVacancy(deps, samudra, barred)).rejects.toBeInstanceOf(AppError);
      expect((await checked(barred)).vacancy?.violations.map((v) => v.code)).toContain("destination_barred");
      const low = await draft({ salary: { amount: 100_000, currency: "JPY", period: "month" } });
      await expect(publishVacancy(deps, samudra, low)).rejects.toBeInstanceOf(AppError);
      const { vacancy } = await checked(low);
      expect(vacancy?.violations.map((v) => [v.code, v.severity])).toEqual([["salary_below_floor", "refusal"]]);
    });

    it("forgets the refusal once the vacancy is published, and shows a closed one as closed", async () => {
      const vacancyId = await draft({ jobOrderRef: undefined });
      await expect(publishVacancy(deps, samudra, vacancyId)).rejects.toBeInstanceOf(AppError);
      expect((await checked(vacancyId)).vacancy?.standing).toBe("refused");
      await updateVacancy(deps, samudra, vacancyId, VacancyInput.parse(aLawfulVacancyInput(today)), 1);
      await publishVacancy(deps, samudra, vacancyId);
      expect((await checked(vacancyId)).vacancy).toMatchObject({ standing: "published", violations: [] });
      await closeVacancy(deps, samudra, vacancyId, "closed");
      expect((await checked(vacancyId)).vacancy?.standing).toBe("closed");
    });

    it("does not show a draft never offered for publishing, nor a code that is not ours", async () => {
      expect((await checked(await draft())).vacancy).toBeUndefined();
      expect((await checked("0193f7c4-8e21-7a3d-b5c6-2d9e0f1a3b47")).vacancy).toBeUndefined();
    });
  });

  it("refuses text that is empty, too long or on several lines; finds nothing for markup or other scripts", async () => {
    for (const text of ["   ", "x".repeat(10_240), "SIP3MI\n2025"]) {
      const refused = await check(text).catch((e: unknown) => e);
      expect(refused).toBeInstanceOf(AppError);
      expect(refused).toMatchObject({ kind: "validation", code: "invalid_request" });
    }
    for (const text of ["<script>alert(1)</script>", "' OR 1=1 --", "株式会社", "👷‍♀️👷‍♀️👷‍♀️", "__proto__"])
      expect(await checked(text)).toEqual({ outcome: "checked", recruiters: [] });
  });

  it("allows 30 checks a minute per client; the 31st is limited until the minute ends, other clients are not", async () => {
    const minute = new Date("2026-12-07T02:30:10.000Z");
    const at = { ...deps, now: () => minute };
    const one = () => officialCheck(at, ANONYMOUS, { text: "SIP3MI/2025/0412", client: "203.0.113.7" });
    for (let i = 0; i < CHECKS_PER_MINUTE; i++) expect((await one()).outcome).toBe("checked");
    expect(await one()).toEqual({ outcome: "limited", retryAfterSeconds: 50 });
    // Another client has its own minute.
    expect((await officialCheck(at, ANONYMOUS, { text: "SIP3MI/2025/0412", client: "203.0.113.8" })).outcome).toBe("checked");
    // The next minute starts afresh.
    const next = { ...deps, now: () => new Date("2026-12-07T02:31:00.000Z") };
    expect((await officialCheck(next, ANONYMOUS, { text: "SIP3MI/2025/0412", client: "203.0.113.7" })).outcome).toBe("checked");
  });
});
