import type { Deps, Principal } from "@jalur/core";
import * as core from "@jalur/core";
import { addDays, dateInZone } from "@jalur/domain";
import { aLawfulVacancyInput } from "@jalur/fixtures";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eventually } from "../support/deployment.ts";
import { csrfOf, signIn, startSite, type Visitor } from "./visitor.ts";

/** "Lowongan untuk saya" with its explanations and what to learn next; "Lamaran saya" with its history. */
const today = dateInZone(new Date());
const staff: Principal = { sub: "m-staff", role: "staff" };
const ani: Principal = { sub: "m-ani", role: "graduate" };

describe("the graduate's matches and applications pages", () => {
  let site: Awaited<ReturnType<typeof startSite>>;
  let deps: Deps;
  let vacancyId: string;
  let visitor: Visitor;

  beforeAll(async () => {
    site = await startSite([
      { sub: "m-ani", role: "graduate", name: "Ani Lestari" },
      { sub: "m-budi", role: "graduate", name: "Budi Santoso" },
      { sub: "m-rec", role: "recruiter", org: "m-org", name: "Perekrut Cocok" },
    ]);
    deps = site.deps;
    await core.createRecruiter(
      deps,
      staff,
      {
        name: "PT Cocok",
        kind: "p3mi",
        licence: { number: "SIP3MI/M1", validFrom: addDays(today, -9), validUntil: addDays(today, 400) },
      },
      "m-org",
    );
    await core.reviewLicence(deps, staff, "m-org", true);
    const recruiter: Principal = { sub: "m-rec", role: "recruiter", recruiterId: "m-org" };
    const draft = await core.createVacancy(
      deps,
      recruiter,
      core.VacancyInput.parse(
        aLawfulVacancyInput(today, {
          title: "Perawat lansia (kaigo), Osaka",
          requirements: [{ id: "ja", skill: "lang.ja.jlpt", importance: "required", minLevel: "N4" }],
        }),
      ),
    );
    await core.publishVacancy(deps, recruiter, draft.vacancyId);
    vacancyId = draft.vacancyId;
    await core.registerGraduate(deps, ani, {
      name: "Ani Lestari",
      birthDate: "2001-03-03",
      ppkd: "Jakarta Barat",
      language: "id",
    });
    await core.setConsent(deps, ani, true);
    const n5 = await core.addCredential(deps, ani, {
      skill: "lang.ja.jlpt",
      level: "N5",
      issuer: "The Japan Foundation",
      number: "N5-77",
      issuedOn: addDays(today, -100),
      evidenceRef: "scan://n5",
    });
    await core.reviewCredential(deps, { ...staff, ppkd: "Jakarta Barat" } as Principal, "m-ani", n5.id, {
      verification: "verified",
    });
    await eventually(async () => ((await core.myMatches(deps, ani, { limit: 5 })).items.length > 0 ? true : undefined), 20_000);
    visitor = site.visitor();
    await signIn(visitor, "m-ani");
  }, 60_000);
  afterAll(async () => site?.runtime.stop());

  it("explains each requirement, what is missing and how far, and names what to learn next", async () => {
    const page = await visitor.go("/saya/lowongan");
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain("Perawat lansia (kaigo), Osaka");
    expect(html).toContain("Belum memenuhi syarat");
    expect(html).toContain("JLPT N4 atau lebih tinggi");
    expect(html).toMatch(/N5/);
    expect(html).toContain("Apa yang sebaiknya dipelajari");
    expect(html).toMatch(/JLPT N4[^<]*akan membuka 1 lowongan di Jepang/);
    const english = await (await visitor.go("/saya/lowongan?lang=en")).text();
    expect(english).toContain("What to learn next");
    expect(english).toMatch(/would open 1 vacancy in Japan/);
    await visitor.go("/?lang=id");
  });

  it("filters by country and sector, and ignores values it does not know", async () => {
    expect(await (await visitor.go("/saya/lowongan?negara=KR")).text()).toContain(
      "Tidak ada lowongan yang cocok dengan saringan ini",
    );
    expect(await (await visitor.go("/saya/lowongan?negara=JP")).text()).toContain("Perawat lansia");
    const hostile = await visitor.go(`/saya/lowongan?negara=${encodeURIComponent("<script>")}&bidang=${"x".repeat(5000)}`);
    expect(hostile.status).toBe(200);
    expect(await hostile.text()).not.toContain("<script>");
    expect((await visitor.go("/saya/lowongan?cursor=forged")).status).toBe(400);
  });

  it("lists applications with their history and lets the graduate withdraw after confirming", async () => {
    const applied = await core.apply(deps, ani, vacancyId, true);
    const list = await (await visitor.go("/saya/lamaran")).text();
    expect(list).toContain("Perawat lansia (kaigo), Osaka");
    expect(list).toContain("Dilamar");
    const detailPath = `/saya/lamaran/${encodeURIComponent(applied.applicationId)}`;
    const detail = await (await visitor.go(detailPath)).text();
    expect(detail).toContain("Dilamar walau belum memenuhi syarat");
    expect(detail).toContain("Riwayat");
    // Withdrawing asks first; the confirmation is a second step that works without JavaScript.
    expect(detail).toContain(`href="${detailPath}?tarik=1"`);
    const confirm = await (await visitor.go(`${detailPath}?tarik=1`)).text();
    expect(confirm).toContain("Yakin ingin menarik lamaran ini?");
    const moved = await visitor.submit(detailPath, { _csrf: csrfOf(confirm), to: "withdrawn" });
    expect(moved.status).toBe(303);
    const after = await (await visitor.follow(moved)).text();
    expect(after).toContain("Lamaran diperbarui.");
    expect(after).toContain("Ditarik");
    // Withdrawing again is refused by core, shown as a page, not an error.
    const again = await visitor.submit(detailPath, { _csrf: csrfOf(confirm), to: "withdrawn" });
    expect(again.status).toBe(409);
  });

  it("shows a graduate's application to no other graduate, and asks a stranger to sign in", async () => {
    const path = `/saya/lamaran/${encodeURIComponent(`${vacancyId}~m-ani`)}`;
    expect((await site.visitor().go(path)).status).toBe(303);
    const budi = site.visitor();
    await signIn(budi, "m-budi");
    const res = await budi.go(path);
    expect(res.status).toBe(404);
    expect(await res.text()).not.toContain("Perawat lansia");
  });

  it("refuses a recruiter every graduate page and form, and changes nothing (core decides, by role)", async () => {
    const rec = site.visitor();
    await signIn(rec, "m-rec", "/");
    for (const path of ["/saya", "/saya/profil", "/saya/persetujuan", "/saya/lowongan", "/saya/lamaran"]) {
      const res = await rec.go(path);
      expect(res.status, path).toBe(403);
      expect(await res.text(), path).not.toContain("Ani Lestari");
    }
    const csrf = csrfOf(await (await rec.go("/")).text());
    expect((await rec.submit("/saya/persetujuan", { _csrf: csrf, given: "tidak" })).status).toBe(403);
    expect((await rec.submit(`/lowongan/${vacancyId}/lamar`, { _csrf: csrf })).status).toBe(403);
    expect(
      (await rec.submit(`/saya/lamaran/${encodeURIComponent(`${vacancyId}~m-ani`)}`, { _csrf: csrf, to: "withdrawn" })).status,
    ).not.toBe(303);
    expect((await core.myProfile(deps, ani)).consent).toBe("given");
  });
});
