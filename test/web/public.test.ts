import {
  createRecruiter,
  createVacancy,
  type Deps,
  type Principal,
  publishVacancy,
  registerGraduate,
  reviewLicence,
  setConsent,
  VacancyInput,
} from "@jalur/core";
import { addDays, dateInZone } from "@jalur/domain";
import { aLawfulVacancyInput } from "@jalur/fixtures";
import { calendarDate, moneyWithRupiah } from "@jalur/web/format";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { csrfOf, signIn, startSite, type Visitor } from "./visitor.ts";

/**
 * The public pages over the local site: open vacancies (country, sector, skill, pages), a
 * vacancy's public page and applying from it, and ★ the official check ("Cek resmi"), in both
 * languages, with hostile input and the rate limit. Data is arranged through core.
 */
const today = dateInZone(new Date());
const STAFF: Principal = { sub: "staff-web-public", role: "staff" };
const SAMUDRA: Principal = { sub: "rec-samudra", role: "recruiter", recruiterId: "org-samudra" };
const LICENCE = "SIP3MI/2025/0412";
const VALID_UNTIL = addDays(today, 300);

/** No inline script or style (the CSP forbids them): only htmx, loaded from its own file. */
function expectCspClean(html: string) {
  expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
  expect(html).not.toMatch(/\sstyle=/);
}

describe("public pages: open vacancies, a vacancy's page and applying, the official check", () => {
  let site: Awaited<ReturnType<typeof startSite>>;
  let deps: Deps;
  const ids: Record<"welder" | "hotel" | "korea" | "refused" | "draft", string> = {
    welder: "",
    hotel: "",
    korea: "",
    refused: "",
    draft: "",
  };
  const page = async (visitor: Visitor, path: string, headers: Record<string, string> = {}) => {
    const res = await visitor.go(path, { headers });
    return { status: res.status, html: await res.text(), res };
  };
  const draft = async (overrides: Record<string, unknown>) =>
    (await createVacancy(deps, SAMUDRA, VacancyInput.parse(aLawfulVacancyInput(today, overrides)))).vacancyId;
  const published = async (overrides: Record<string, unknown>) => {
    const vacancyId = await draft(overrides);
    await publishVacancy(deps, SAMUDRA, vacancyId);
    return vacancyId;
  };
  let clients = 0;
  /** Each check from its own address unless told, so only the rate-limit test meets the limit. */
  const check = (q: string, options: { lang?: "en"; ip?: string } = {}) =>
    page(site.visitor(), `/cek?q=${encodeURIComponent(q)}${options.lang ? `&lang=${options.lang}` : ""}`, {
      "x-forwarded-for": `${options.ip ?? `192.0.2.${++clients}`}, 10.0.0.1`,
    });

  beforeAll(async () => {
    site = await startSite([
      { sub: "w-dewi", role: "graduate", name: "Dewi Anggraini" },
      { sub: "w-tanpa", role: "graduate", name: "Tono Tanpa Izin" },
    ]);
    deps = site.deps;
    await createRecruiter(
      deps,
      STAFF,
      {
        name: "PT Jalur Samudra Tenaga Kerja",
        kind: "p3mi",
        licence: { number: LICENCE, validFrom: addDays(today, -30), validUntil: VALID_UNTIL },
      },
      "org-samudra",
    );
    await reviewLicence(deps, STAFF, "org-samudra", true);
    await createRecruiter(
      deps,
      STAFF,
      {
        name: "PT Belum Diperiksa",
        kind: "p3mi",
        licence: { number: "SIP3MI/2026/0077", validFrom: addDays(today, -1), validUntil: addDays(today, 360) },
      },
      "org-pending",
    );
    ids.welder = await published({
      title: "Tukang las kapal, Nagasaki",
      requirements: [
        { id: "jlpt", skill: "lang.ja.jlpt", importance: "required", minLevel: "N4" },
        { id: "mag", skill: "weld.135", importance: "preferred", welding: { positions: ["plate-3G"] }, weight: 3 },
      ],
    });
    ids.hotel = await published({
      title: "Staf hotel, Osaka",
      sector: "hospitality",
      salary: { amount: 230_000, currency: "JPY", period: "month" },
    });
    ids.korea = await published({
      title: "Operator pabrik, Changwon",
      country: "KR",
      sector: "manufacturing",
      scheme: "G-to-G",
      program: undefined,
      salary: { amount: 2_500_000, currency: "KRW", period: "month" },
      costs: [],
    });
    ids.refused = await draft({
      title: "Perawat lansia, Osaka",
      sector: "nursing-care",
      costs: [{ item: "agency_fee", amount: { amount: 50_000, currency: "JPY" }, paidBy: "worker" }],
    });
    await expect(publishVacancy(deps, SAMUDRA, ids.refused)).rejects.toMatchObject({ code: "vacancy_not_compliant" });
    ids.draft = await draft({ title: "Belum terbit" });
    for (const sub of ["w-dewi", "w-tanpa"])
      await registerGraduate(
        deps,
        { sub, role: "graduate" },
        { name: sub, birthDate: "2000-02-02", ppkd: "Jakarta Timur", language: "id" },
      );
    await setConsent(deps, { sub: "w-dewi", role: "graduate" }, true);
  });
  afterAll(async () => site?.runtime.stop());

  describe("open vacancies (/lowongan)", () => {
    it("lists a country's open vacancies with the recruiter's licence badge, pay with rupiah, scheme and deadline", async () => {
      const { status, html } = await page(site.visitor(), "/lowongan");
      expect(status).toBe(200);
      expect(html).toContain("Lowongan resmi");
      expect(html).toContain("Tukang las kapal, Nagasaki");
      expect(html).toContain("Staf hotel, Osaka");
      expect(html).not.toContain("Operator pabrik");
      expect(html).not.toContain("Perawat lansia, Osaka");
      expect(html).not.toContain("Belum terbit");
      expect(html).toContain("PT Jalur Samudra Tenaga Kerja");
      expect(html).toContain('class="tag tag--ok">Berizin resmi');
      expect(html).toContain(moneyWithRupiah(260_000, "JPY", "id"));
      expect(moneyWithRupiah(260_000, "JPY", "id")).toContain("Rp");
      expect(html).toContain("P to P (lewat perusahaan penempatan berizin)");
      expect(html).toContain(calendarDate(addDays(today, 20), "id"));
      expect(html).toContain(`href="/lowongan/${ids.welder}"`);
      expectCspClean(html);
    });

    it("filters by country and sector, and by a skill found through the taxonomy (a plain GET form)", async () => {
      const korea = (await page(site.visitor(), "/lowongan?negara=KR")).html;
      expect(korea).toContain("Operator pabrik, Changwon");
      expect(korea).not.toContain("Tukang las kapal");
      expect(korea).toContain("G to G");
      const hotels = (await page(site.visitor(), "/lowongan?negara=JP&sektor=hospitality")).html;
      expect(hotels).toContain("Staf hotel, Osaka");
      expect(hotels).not.toContain("Tukang las kapal");
      // "JLPT" names one skill: the list shows the vacancies asking for it.
      const jlpt = (await page(site.visitor(), "/lowongan?negara=JP&keahlian=JLPT")).html;
      expect(jlpt).toContain("Hanya lowongan yang meminta: Bahasa Jepang (JLPT)");
      expect(jlpt).toContain("Tukang las kapal, Nagasaki");
      expect(jlpt).not.toContain("Staf hotel, Osaka");
      // "las" (welding) names several: a choice of links, each a skill code.
      const las = (await page(site.visitor(), "/lowongan?negara=JP&keahlian=las")).html;
      expect(las).toContain("Pilih yang Anda maksud");
      expect(las).toContain("keahlian=weld.135");
      const chosen = (await page(site.visitor(), "/lowongan?negara=JP&keahlian=weld.135")).html;
      expect(chosen).toContain("Tukang las kapal, Nagasaki");
      expect((await page(site.visitor(), "/lowongan?negara=JP&keahlian=zzzz")).html).toContain("Tidak ada keahlian yang cocok");
      expect((await page(site.visitor(), "/lowongan?negara=TR")).html).toContain("Belum ada lowongan terbuka");
    });

    it("speaks English on request, with the amounts formatted for it", async () => {
      const { html } = await page(site.visitor(), "/lowongan?lang=en");
      expect(html).toContain('<html lang="en">');
      expect(html).toContain("Official vacancies");
      expect(html).toContain(">Licensed<");
      expect(html).toContain(moneyWithRupiah(260_000, "JPY", "en"));
      expect(html).toContain(calendarDate(addDays(today, 20), "en"));
    });

    it("pages with core's cursor behind 'Berikutnya', and refuses a cursor that is forged or from another list", async () => {
      for (let i = 0; i < 21; i++)
        await published({
          title: `Operator mesin ${String(i).padStart(2, "0")}, Taichung`,
          country: "TW",
          sector: "manufacturing",
          program: undefined,
          salary: { amount: 30_000, currency: "TWD", period: "month" },
          costs: [],
        });
      const visitor = site.visitor();
      const first = (await page(visitor, "/lowongan?negara=TW")).html;
      expect(first.match(/Operator mesin \d\d, Taichung/g)).toHaveLength(20);
      const next = /href="([^"]*lanjut=[^"]+)"/.exec(first)?.[1]?.replaceAll("&amp;", "&") as string;
      expect(first).toContain(">Berikutnya<");
      const second = await page(visitor, next);
      expect(second.status).toBe(200);
      expect(second.html.match(/Operator mesin \d\d, Taichung/g)).toHaveLength(1);
      expect(second.html).not.toContain(">Berikutnya<");
      expect(second.html).toContain("Ke halaman pertama");
      const cursor = new URL(next, "http://x").searchParams.get("lanjut") as string;
      const forged = await page(visitor, `/lowongan?negara=TW&lanjut=${encodeURIComponent(`${cursor}x`)}`);
      expect(forged.status).toBe(400);
      expect(forged.html).toContain("Tautan halaman ini sudah tidak berlaku");
      const elsewhere = await page(visitor, `/lowongan?negara=JP&lanjut=${encodeURIComponent(cursor)}`);
      expect(elsewhere.status).toBe(400);
    });

    it("answers hostile filters with a 400 page in the user's language, escaped", async () => {
      const script = await page(site.visitor(), `/lowongan?negara=${encodeURIComponent("<script>alert(1)</script>")}`);
      expect(script.status).toBe(400);
      expect(script.html).toContain("Pilih negara tujuan dari daftar.");
      expect(script.html).not.toContain("<script>alert(1)");
      const long = await page(site.visitor(), `/lowongan?keahlian=${"x".repeat(10_240)}`);
      expect(long.status).toBe(400);
      expect(long.html).toContain("paling banyak 100 karakter");
      const sector = await page(site.visitor(), "/lowongan?sektor=%F0%9F%91%B7");
      expect(sector.status).toBe(400);
      const unicode = await page(site.visitor(), `/lowongan?keahlian=${encodeURIComponent("株式会社<b>")}`);
      expect(unicode.status).toBe(200);
      expect(unicode.html).toContain("株式会社&lt;b&gt;");
    });
  });

  describe("a vacancy's public page (/lowongan/{id})", () => {
    it("shows the recruiter's licence, pay with its rupiah figure, who pays which cost, dates and requirements in plain words", async () => {
      const { status, html } = await page(site.visitor(), `/lowongan/${ids.welder}`);
      expect(status).toBe(200);
      expect(html).toContain("<h1>Tukang las kapal, Nagasaki</h1>");
      expect(html).toContain("Nomor izin SIP3MI");
      expect(html).toContain(LICENCE);
      expect(html).toContain(calendarDate(VALID_UNTIL, "id"));
      expect(html).toContain('class="tag tag--ok">Berizin resmi');
      expect(html).toContain(`${moneyWithRupiah(260_000, "JPY", "id")} per bulan`);
      expect(html).toContain("Tiket pesawat");
      expect(html).toContain(moneyWithRupiah(90_000, "JPY", "id"));
      expect(html).toContain("Pemberi kerja");
      expect(html).not.toContain("Perhatian: ada biaya yang dibebankan kepada pekerja");
      expect(html).toContain(calendarDate(addDays(today, 90), "id"));
      expect(html).toContain("Wajib dimiliki");
      expect(html).toContain("Bahasa Jepang (JLPT): JLPT N4 atau lebih tinggi");
      expect(html).toContain("Nilai tambah (tidak wajib)");
      expect(html).toContain("Pelat vertikal (3G)");
      // Not signed in: a way to sign in and come back, no form.
      expect(html).toContain(`/masuk?kembali=${encodeURIComponent(`/lowongan/${ids.welder}`)}`);
      expect(html).not.toContain('action="/lowongan/');
      expectCspClean(html);
      const en = (await page(site.visitor(), `/lowongan/${ids.welder}?lang=en`)).html;
      expect(en).toContain("SIP3MI licence number");
      expect(en).toContain("Japanese (JLPT): JLPT N4 or higher");
      expect(en).toContain(`${moneyWithRupiah(260_000, "JPY", "en")} a month`);
      expect(en).toContain("Who pays the placement costs");
    });

    it("answers 404 for a draft, an unknown code and a hostile one", async () => {
      for (const id of [ids.draft, "0193f7c4-8e21-7a3d-b5c6-2d9e0f1a3b47", "x".repeat(10_240), encodeURIComponent("<script>")]) {
        const res = await page(site.visitor(), `/lowongan/${id}`);
        expect(res.status).toBe(404);
        expect(res.html).not.toContain("<script>");
      }
    });

    it("lets a graduate apply: not eligible first, then apply anyway (flagged), then 'already applied'", async () => {
      const visitor = site.visitor();
      await signIn(visitor, "w-dewi", `/lowongan/${ids.welder}`);
      const detail = (await page(visitor, `/lowongan/${ids.welder}`)).html;
      expect(detail).toContain("Lamar lowongan ini");
      const csrf = csrfOf(detail);
      const refused = await visitor.submit(`/lowongan/${ids.welder}/lamar`, { _csrf: csrf });
      expect(refused.status).toBe(422);
      const explained = await refused.text();
      expect(explained).toContain("Anda belum memenuhi semua syarat wajib");
      expect(explained).toContain("Belum memenuhi syarat");
      expect(explained).toContain("JLPT N4");
      expect(explained).toContain("Perekrut akan melihat lamaran Anda dengan tanda");
      // Core's words for the page, without its hint for API clients.
      expect(explained).not.toContain("applyAnyway");
      expect(explained).toContain('name="lagi" value="ya"');
      const anyway = await visitor.submit(`/lowongan/${ids.welder}/lamar`, { _csrf: csrf, lagi: "ya" });
      expect(anyway.status).toBe(303);
      expect(anyway.headers.get("location")).toBe("/saya/lamaran");
      const after = (await page(visitor, `/lowongan/${ids.welder}`)).html;
      expect(after).toContain("Anda sudah melamar lowongan ini.");
      expect(after).toContain('href="/saya/lamaran"');
      const again = await visitor.submit(`/lowongan/${ids.welder}/lamar`, { _csrf: csrf, lagi: "ya" });
      expect(again.status).toBe(409);
      expect(await again.text()).toContain('href="/saya/lamaran"');
    });

    it("applies at once when the graduate meets every requirement", async () => {
      const visitor = site.visitor();
      await signIn(visitor, "w-dewi", `/lowongan/${ids.hotel}`);
      const csrf = csrfOf((await page(visitor, `/lowongan/${ids.korea}?lang=en`)).html);
      const korea = await visitor.submit(`/lowongan/${ids.korea}/lamar`, { _csrf: csrf });
      expect(korea.status).toBe(303);
      const hotel = await visitor.submit(`/lowongan/${ids.hotel}/lamar`, { _csrf: csrf });
      expect(hotel.status).toBe(303);
      expect(hotel.headers.get("location")).toBe("/saya/lamaran");
    });

    it("sends a graduate without consent to give it first, and changes nothing", async () => {
      const visitor = site.visitor();
      await signIn(visitor, "w-tanpa", `/lowongan/${ids.hotel}`);
      const csrf = csrfOf((await page(visitor, `/lowongan/${ids.hotel}`)).html);
      const res = await visitor.submit(`/lowongan/${ids.hotel}/lamar`, { _csrf: csrf });
      expect(res.status).toBe(422);
      const html = await res.text();
      expect(html).toContain("Berikan persetujuan untuk membagikan profil Anda");
      expect(html).toContain('href="/saya/persetujuan"');
      expect((await page(visitor, `/lowongan/${ids.hotel}`)).html).toContain("Lamar lowongan ini");
      // Without the form's token, nothing is sent.
      expect((await visitor.submit(`/lowongan/${ids.hotel}/lamar`, {})).status).toBe(403);
    });
  });

  describe("★ Cek resmi (/cek)", () => {
    it("shows the form, what the law says and where to report, without checking anything", async () => {
      const { status, html } = await page(site.visitor(), "/cek");
      expect(status).toBe(200);
      expect(html).toContain("Nama perekrut, nomor izin SIP3MI, atau kode lowongan");
      expect(html).toContain("itu melanggar hukum");
      expect(html).toContain("BP3MI DKI Jakarta");
      expect(html).toContain("0800-1000");
      expect(html).not.toContain("Hasil untuk");
      expectCspClean(html);
    });

    it("finds a licensed recruiter by its SIP3MI number, however it is written, with its validity", async () => {
      for (const q of [LICENCE, "sip3mi 2025 0412"]) {
        const { status, html } = await check(q);
        expect(status).toBe(200);
        expect(html).toContain("Cocok dengan nomor izin");
        expect(html).toContain("PT Jalur Samudra Tenaga Kerja");
        expect(html).toContain("Berizin resmi");
        expect(html).toContain(`Izin ${LICENCE} sudah diperiksa petugas dan berlaku sampai ${calendarDate(VALID_UNTIL, "id")}`);
        expect(html).toContain("itu melanggar hukum");
        expectCspClean(html);
      }
      const en = (await check(LICENCE, { lang: "en" })).html;
      expect(en).toContain(`Licence ${LICENCE} has been checked by staff and is valid until ${calendarDate(VALID_UNTIL, "en")}`);
      expect(en).toContain("that is against the law");
    });

    it("finds recruiters by name, and says plainly when a licence is not yet checked", async () => {
      const { html } = await check("jalur samudra");
      expect(html).toContain("Cocok dengan nama");
      expect(html).toContain("PT Jalur Samudra Tenaga Kerja");
      const pending = (await check("PT Belum Diperiksa")).html;
      expect(pending).toContain("Izin belum diperiksa");
      expect(pending).toContain("belum boleh menerbitkan lowongan");
    });

    it("shows a published vacancy by its code, with its recruiter and a link to it", async () => {
      const { html } = await check(ids.welder);
      expect(html).toContain("Resmi: diterbitkan lewat Jalur");
      expect(html).toContain("Tukang las kapal, Nagasaki");
      expect(html).toContain(`href="/lowongan/${ids.welder}"`);
      expect(html).toContain("Berizin resmi");
      expect((await check(`https://jalur.example/lowongan/${ids.welder.toUpperCase()}`)).html).toContain(
        "Resmi: diterbitkan lewat Jalur",
      );
    });

    it("shows a refused vacancy with the refusal's reasons, in Bahasa Indonesia and in English", async () => {
      const id = (await check(ids.refused)).html;
      expect(id).toContain("Ditolak: tidak boleh diterbitkan");
      expect(id).toContain("Perawat lansia, Osaka");
      expect(id).toContain("tidak boleh dibebani biaya penempatan");
      expect(id).toContain("jangan membayar");
      expect(id).not.toContain(`href="/lowongan/${ids.refused}"`);
      const en = (await check(ids.refused, { lang: "en" })).html;
      expect(en).toContain("Refused: may not be published");
      expect(en).toContain("may not be charged placement costs");
    });

    it("says 'not found' for an unknown name, number or code, and a draft never offered for publishing", async () => {
      for (const q of ["PT Tidak Pernah Ada", "SIP3MI/1999/9999", "0193f7c4-8e21-7a3d-b5c6-2d9e0f1a3b47", ids.draft]) {
        const { status, html } = await check(q);
        expect(status).toBe(200);
        expect(html).toContain("Tidak ditemukan di Jalur");
      }
    });

    it("escapes hostile text and answers too long or broken text with a 400 page, never a 5xx", async () => {
      const script = await check("<script>alert(1)</script>");
      expect(script.status).toBe(200);
      expect(script.html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
      expect(script.html).not.toContain("<script>alert(1)");
      expect(script.html).toContain("Tidak ditemukan di Jalur");
      const long = await check("x".repeat(10_240));
      expect(long.status).toBe(400);
      expect(long.html).toContain("Terlalu panjang: paling banyak 200 karakter.");
      expect(long.html).toContain('id="q-error"');
      for (const q of ["", "a\u0000b", "👷‍♀️👷‍♀️", "株式会社", "\u202Eevil", "' OR 1=1 --", "%00", "__proto__"]) {
        const res = await check(q);
        expect([200, 400]).toContain(res.status);
        expect(res.html).not.toContain("Maaf, ada gangguan");
      }
    });

    it("allows 30 checks a minute from one address; the 31st gets a 429 page in the user's language", async () => {
      // A fixed one-minute window: start early in a minute so the 31 checks fall in one.
      const second = new Date().getUTCSeconds();
      if (second > 45) await new Promise((r) => setTimeout(r, (61 - second) * 1000));
      const ip = "198.51.100.77";
      for (let i = 0; i < 30; i++) expect((await check(`PT Coba ${i}`, { ip })).status).toBe(200);
      const limited = await check("PT Coba lagi", { ip, lang: "en" });
      expect(limited.status).toBe(429);
      expect(Number(limited.res.headers.get("retry-after"))).toBeGreaterThan(0);
      expect(limited.html).toContain("Too many checks");
      expect(limited.html).toContain("Wait");
      const indonesian = await check("PT Coba lagi", { ip });
      expect(indonesian.status).toBe(429);
      expect(indonesian.html).toContain("Terlalu banyak pengecekan");
      // Another address is not held back.
      expect((await check("PT Coba lagi", { ip: "198.51.100.78" })).status).toBe(200);
    });
  });
});
