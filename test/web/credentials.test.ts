import type { Deps, Principal } from "@jalur/core";
import * as core from "@jalur/core";
import { addDays, addMonths, dateInZone } from "@jalur/domain";
import { aLawfulVacancyInput } from "@jalur/fixtures";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { pageForLink, readDescription, unreadCount } from "../../packages/web/src/pages/credentials.tsx";
import { eventually } from "../support/deployment.ts";
import { csrfOf, signIn, startSite, type Visitor } from "./visitor.ts";

/**
 * "Sertifikat saya" (list, add with the skill picker, review states, reminders), the inbox, the
 * notification settings and "who read my data", through the pages of the local site; other
 * people's acts (a staff review, a recruiter's read, notices) arranged through core.
 */
const today = dateInZone(new Date());
const staff: Principal = { sub: "k-staff", role: "staff" };
const recruiter: Principal = { sub: "k-rec", role: "recruiter", recruiterId: "k-org" };
const graduate = (sub: string): Principal => ({ sub, role: "graduate" });

const GRADUATES = {
  "k-sari": "Sari Dewi",
  "k-budi": "Budi Santoso",
  "k-dodi": "Dodi Prasetyo",
  "k-wati": "Wati Susanti",
  "k-rina": "Rina Wulandari",
  "k-eka": "Eka Putri",
  "k-fajar": "Fajar Nugroho",
  "k-gita": "Gita Permata",
} as const;
type Who = keyof typeof GRADUATES;

describe("the graduate's certificates, inbox, notification settings and who read their data", () => {
  let site: Awaited<ReturnType<typeof startSite>>;
  let deps: Deps;

  beforeAll(async () => {
    site = await startSite([
      ...Object.entries(GRADUATES).map(([sub, name]) => ({ sub, role: "graduate" as const, name })),
      { sub: "k-rec", role: "recruiter", org: "k-org", name: "Perekrut K" },
    ]);
    deps = site.deps;
    for (const [sub, name] of Object.entries(GRADUATES)) {
      await core.registerGraduate(deps, graduate(sub), {
        name,
        birthDate: "2000-05-05",
        ppkd: "Jakarta Timur",
        language: "id",
        phone: "+6281322223333",
        ...(sub === "k-wati" ? {} : { email: `${sub}@example.id` }),
      });
      await core.setConsent(deps, graduate(sub), true);
    }
  }, 60_000);
  afterAll(async () => site?.runtime.stop());

  async function visitorFor(who: Who | "k-rec", returnTo = "/saya"): Promise<Visitor> {
    const visitor = site.visitor();
    await signIn(visitor, who, returnTo);
    return visitor;
  }
  const html = async (visitor: Visitor, path: string, status = 200) => {
    const res = await visitor.go(path);
    expect(res.status).toBe(status);
    return res.text();
  };
  const aCredentialForm = (csrf: string, overrides: Record<string, string> = {}) => ({
    _csrf: csrf,
    skill: "lang.ja.jlpt",
    level: "N4",
    issuer: "The Japan Foundation",
    number: "N4-2026-071234",
    issuedOn: addDays(today, -60),
    evidenceRef: "https://www.jlpt.jp/verify/N4-2026-071234",
    ...overrides,
  });

  it("adds a credential after a skill search (without JavaScript), and lists it waiting for review", async () => {
    const visitor = await visitorFor("k-sari");
    const empty = await html(visitor, "/saya/kredensial");
    expect(empty).toContain("Anda belum menambahkan sertifikat.");
    expect(empty).toContain('href="/saya/kredensial/tambah"');

    // The search as a plain GET form: the page comes back with matching skills, the query kept.
    const searched = await html(visitor, "/saya/kredensial/tambah?q=jlpt");
    expect(searched).toMatch(/<input[^>]*id="q"[^>]*value="jlpt"/);
    expect(searched).toContain('hx-get="/saya/kredensial/keahlian"');
    expect(searched).toContain('hx-trigger="input changed delay:300ms, search"');
    expect(searched).toMatch(/id="hasil-keahlian"[^>]*aria-live="polite"|aria-live="polite"[^>]*id="hasil-keahlian"/);
    expect(searched).toContain("Bahasa Jepang (JLPT)");
    const chosen = /href="(\/saya\/kredensial\/tambah\?skill=lang\.ja\.jlpt[^"]*)"/.exec(searched)?.[1];
    expect(chosen).toBeDefined();

    // The chosen skill's levels are offered as a select.
    const form = await html(visitor, (chosen as string).replaceAll("&amp;", "&"));
    expect(form).toContain('<input type="hidden" name="skill" value="lang.ja.jlpt"');
    expect(form).toMatch(/<select[^>]*name="level"/);
    expect(form).toContain('<option value="N4">JLPT N4</option>');
    expect(form).toContain('name="evidenceRef"');
    expect(form).not.toMatch(/<script>|style="/);

    const sent = await visitor.submit("/saya/kredensial/tambah", aCredentialForm(csrfOf(form)));
    expect(sent.status).toBe(303);
    expect(sent.headers.get("location")).toBe("/saya/kredensial?ditambah=1");
    const list = await (await visitor.follow(sent)).text();
    expect(list).toContain("menunggu pemeriksaan oleh petugas PPKD Jakarta Timur");
    expect(list).toContain("Menunggu pemeriksaan");
    expect(list).toContain("Bahasa Jepang (JLPT)");
    expect(list).toContain("N4-2026-071234");
    expect((await core.myProfile(deps, graduate("k-sari"))).credentials).toMatchObject([
      { skill: "lang.ja.jlpt", level: "N4", verification: "pending" },
    ]);
  });

  it("the active search answers htmx with the results alone; without htmx it sends to the search page", async () => {
    const visitor = await visitorFor("k-sari");
    const fragment = await visitor.go("/saya/kredensial/keahlian?q=las%20mag", { headers: { "hx-request": "true" } });
    expect(fragment.status).toBe(200);
    const body = await fragment.text();
    expect(body).not.toContain("<html");
    expect(body).toContain("weld.135");
    const none = await (await visitor.go("/saya/kredensial/keahlian?q=zzzzqqq", { headers: { "hx-request": "true" } })).text();
    expect(none).toContain("Tidak ada keahlian yang cocok dengan “zzzzqqq”");
    const plain = await visitor.go("/saya/kredensial/keahlian?q=jlpt");
    expect(plain.status).toBe(303);
    expect(plain.headers.get("location")).toBe("/saya/kredensial/tambah?q=jlpt");
  });

  it("adds a credential straight from the form, without a search step (a score skill, a welding qualification)", async () => {
    const visitor = await visitorFor("k-budi");
    const form = await html(visitor, "/saya/kredensial/tambah?skill=lang.ko.eps-topik");
    expect(form).toContain("Angka antara 0 dan 200");
    const csrf = csrfOf(form);
    const score = await visitor.submit(
      "/saya/kredensial/tambah",
      aCredentialForm(csrf, { skill: "lang.ko.eps-topik", level: "", score: "152", issuer: "HRD Korea", number: "EPS-1" }),
    );
    expect(score.status).toBe(303);
    const welding = await html(visitor, "/saya/kredensial/tambah?skill=weld.135");
    expect(welding).toContain('name="positions"');
    expect(welding).toContain('name="lastConfirmedOn"');
    const weld = await visitor.go("/saya/kredensial/tambah", {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded", origin: visitor.base },
      body: new URLSearchParams([
        ...Object.entries(aCredentialForm(csrf, { skill: "weld.135", level: "", issuer: "LPK Las", number: "W-135-9" })),
        ["positions", "plate-3G"],
        ["positions", "plate-4G"],
        ["thicknessMin", "3"],
        ["thicknessMax", "12,5"],
        ["lastConfirmedOn", addDays(today, -10)],
      ]).toString(),
    });
    expect(weld.status).toBe(303);
    const mine = (await core.myProfile(deps, graduate("k-budi"))).credentials;
    expect(mine).toContainEqual(expect.objectContaining({ skill: "lang.ko.eps-topik", score: 152 }));
    expect(mine).toContainEqual(
      expect.objectContaining({
        skill: "weld.135",
        welding: { positions: ["plate-3G", "plate-4G"], thicknessMm: { min: 3, max: 12.5 } },
        lastConfirmedOn: addDays(today, -10),
      }),
    );
    const list = await html(visitor, "/saya/kredensial");
    expect(list).toContain("Pelat vertikal (3G), Pelat di atas kepala (4G)");
    expect(list).toContain("152");
  });

  it("shows a mistake beside its field, in the error summary, with what was typed kept", async () => {
    const visitor = await visitorFor("k-dodi");
    const csrf = csrfOf(await html(visitor, "/saya/kredensial/tambah?skill=lang.ja.jlpt"));
    // Core refuses a certificate issued in the future; the page adds a missing field of its own.
    const future = addDays(today, 5);
    const wrong = await visitor.submit(
      "/saya/kredensial/tambah",
      aCredentialForm(csrf, { issuedOn: future, evidenceRef: "", issuer: "JF Jakarta" }),
    );
    expect(wrong.status).toBe(400);
    let page = await wrong.text();
    expect(page).toContain('class="error-summary"');
    expect(page).toContain('href="#evidenceRef"');
    expect(page).toMatch(/id="evidenceRef-error"[\s\S]*Tulis di mana petugas bisa melihat bukti sertifikat/);
    expect(page).toContain('value="JF Jakarta"');
    expect(page).toContain(`value="${future}"`);
    // With the evidence given, core's own refusal of the date stands beside the date, in Bahasa Indonesia.
    page = await (
      await visitor.submit("/saya/kredensial/tambah", aCredentialForm(csrf, { issuedOn: future, issuer: "JF Jakarta" }))
    ).text();
    expect(page).toContain('href="#issuedOn"');
    expect(page).toMatch(new RegExp(`id="issuedOn-error"[\\s\\S]*Tanggal terbit ${future} setelah hari ini`));
    expect(page).toContain('value="JF Jakarta"');
    // A level not on the skill's scale, and no level at all.
    page = await (await visitor.submit("/saya/kredensial/tambah", aCredentialForm(csrf, { level: "N7" }))).text();
    expect(page).toMatch(/id="level-error"[\s\S]*Pilih tingkat dari daftar/);
    page = await (await visitor.submit("/saya/kredensial/tambah", aCredentialForm(csrf, { level: "" }))).text();
    expect(page).toMatch(/id="level-error"[\s\S]*Pilih tingkat dari daftar/);
    expect((await core.myProfile(deps, graduate("k-dodi"))).credentials).toEqual([]);
  });

  it("answers an unknown skill with core's suggestion, in Bahasa Indonesia and in English, and keeps what was typed", async () => {
    const visitor = await visitorFor("k-eka");
    const csrf = csrfOf(await html(visitor, "/saya/kredensial/tambah"));
    const id = await visitor.submit("/saya/kredensial/tambah", aCredentialForm(csrf, { skill: "JLPT", number: "J-77" }));
    expect(id.status).toBe(400);
    const idPage = await id.text();
    expect(idPage).toContain("Keahlian JLPT tidak dikenal; maksud Anda lang.ja.jlpt?");
    expect(idPage).toContain('href="#skill"');
    expect(idPage).toMatch(/<input type="radio" id="skill" name="skill" value="lang.ja.jlpt"/);
    expect(idPage).toContain("Bahasa Jepang (JLPT)");
    expect(idPage).toContain('value="J-77"');
    const en = await visitor.submit("/saya/kredensial/tambah?lang=en", aCredentialForm(csrf, { skill: "JLPT", number: "J-77" }));
    expect(en.status).toBe(400);
    const enPage = await en.text();
    expect(enPage).toContain('<html lang="en">');
    expect(enPage).toContain("Unknown skill JLPT; did you mean lang.ja.jlpt?");
    expect(enPage).toContain("Japanese (JLPT)");
    // With another mistake too, both stand beside their fields.
    const both = await (
      await visitor.submit("/saya/kredensial/tambah", aCredentialForm(csrf, { skill: "JLPT", issuer: "" }))
    ).text();
    expect(both).toContain("Unknown skill JLPT; did you mean lang.ja.jlpt?");
    expect(both).toMatch(/id="issuer-error"[\s\S]*Enter the issuing body/);
    // Choosing the suggestion sends the same form again, the level typed kept.
    const fixed = await visitor.submit("/saya/kredensial/tambah", aCredentialForm(csrf, { number: "J-77" }));
    expect(fixed.status).toBe(303);
    // An unknown skill in the address: the search page with the suggestion, a 400, in English (remembered).
    const typed = await visitor.go("/saya/kredensial/tambah?skill=JLPT");
    expect(typed.status).toBe(400);
    expect(await typed.text()).toContain("Unknown skill JLPT; did you mean lang.ja.jlpt?");
  });

  it("shows waiting, then verified after a staff review, and rejected with the staff's reason", async () => {
    const dodi = graduate("k-dodi");
    const visitor = await visitorFor("k-dodi");
    const topik = await core.addCredential(deps, dodi, {
      skill: "lang.ko.topik",
      level: "3",
      issuer: "NIIED",
      number: "TOPIK-3-555",
      issuedOn: addDays(today, -30),
      evidenceRef: "scan://topik",
    });
    const cefr = await core.addCredential(deps, dodi, {
      skill: "lang.en.cefr",
      level: "B1",
      issuer: "Lembaga Bahasa",
      number: "EN-B1-42",
      issuedOn: addDays(today, -30),
      evidenceRef: "scan://cefr",
    });
    let list = await html(visitor, "/saya/kredensial");
    expect(list.match(/Menunggu pemeriksaan/g)?.length).toBe(2);
    await core.reviewCredential(deps, staff, "k-dodi", topik.id, { verification: "verified" });
    await core.reviewCredential(deps, staff, "k-dodi", cefr.id, {
      verification: "rejected",
      note: "Nomor sertifikat tidak terdaftar di lembaga penerbit",
    });
    list = await html(visitor, "/saya/kredensial");
    const card = (id: string) => new RegExp(`id="sertifikat-${id}"[\\s\\S]*?</li>`).exec(list)?.[0] ?? "";
    expect(card(topik.id)).toContain("Terverifikasi");
    expect(card(topik.id)).toContain("TOPIK level 3");
    expect(card(cefr.id)).toContain("Ditolak");
    expect(card(cefr.id)).toContain("Alasan dari petugas");
    expect(card(cefr.id)).toContain("Nomor sertifikat tidak terdaftar di lembaga penerbit");
    expect(list).not.toContain("Menunggu pemeriksaan");
    // The review's notice reaches the inbox through the queue, its link turned into the credentials page.
    const inbox = await eventually(async () => {
      const page = await html(visitor, "/saya/kotak-masuk");
      return page.includes("Kredensial diperiksa") ? page : undefined;
    }, 20_000);
    expect(inbox).toContain('href="/saya/kredensial"');
    expect(inbox).not.toContain("/v1/");
  });

  it("reminds the graduate of a credential falling due within 60 days, a lapsed one, and a welding confirmation", async () => {
    const fajar = graduate("k-fajar");
    await core.addCredential(deps, fajar, {
      skill: "lang.ja.jlpt",
      level: "N3",
      issuer: "The Japan Foundation",
      number: "N3-SOON",
      issuedOn: addDays(today, -300),
      expiresOn: addDays(today, 30),
      evidenceRef: "scan://n3",
    });
    await core.addCredential(deps, fajar, {
      skill: "cert.first-aid",
      issuer: "PMI",
      number: "FA-OLD",
      issuedOn: addDays(today, -800),
      expiresOn: addDays(today, -2),
      evidenceRef: "scan://fa",
    });
    await core.addCredential(deps, fajar, {
      skill: "weld.111",
      welding: { positions: ["plate-2G"] },
      issuer: "LPK Las",
      number: "W-111",
      issuedOn: addDays(addMonths(today, -6), 20),
      evidenceRef: "scan://w111",
    });
    await core.addCredential(deps, fajar, {
      skill: "lang.en.cefr",
      level: "B2",
      issuer: "British Council",
      number: "EN-FAR",
      issuedOn: addDays(today, -10),
      evidenceRef: "scan://en",
    });
    const visitor = await visitorFor("k-fajar");
    const list = await html(visitor, "/saya/kredensial");
    const due = /class="notice notice--warning credential-due"[\s\S]*?<\/div>/.exec(list)?.[0] ?? "";
    expect(due).toContain("Perlu perhatian");
    expect(due).toMatch(/JLPT N3 berlaku sampai [^<]+ \(30 hari lagi\)/);
    expect(due).toContain("Pertolongan pertama sudah tidak berlaku");
    expect(due).toMatch(/Las busur manual \(SMAW\) \(111\) perlu dikonfirmasi paling lambat [^<]+ \(\d+ hari lagi\)/);
    expect(due).not.toContain("Inggris B2");
    expect(list).toContain("Segera berakhir");
    expect(list).toContain("Tidak berlaku lagi");
    // English, for the same list.
    const en = await html(visitor, "/saya/kredensial?lang=en");
    expect(en).toMatch(/JLPT N3 is valid until [^<]+ \(in 30 days\)/);
  });

  it("lists the inbox with unread ones marked and links made pages; marks one read only with the CSRF token", async () => {
    const rina = graduate("k-rina");
    const notice = (n: string, template: string, params: Record<string, string>, link?: string) =>
      core.deliver(deps, {
        type: "notify",
        id: `k-inbox:${n}`,
        recipientId: "k-rina",
        channel: "in-app",
        template,
        params,
        ...(link ? { link } : {}),
      });
    await notice("1", "application-status", { title: "Welder, shipyard", state: "shortlisted" }, "/v1/applications/vac-1~k-rina");
    await notice("2", "vacancy-match", { title: "Perawat lansia", country: "JP", score: "88" }, "/v1/vacancies/vac-2");
    await notice("3", "vacancy-match", { title: "Koki", country: "KR", score: "70" }, "/v1/ops/probes/p-1");
    expect(await unreadCount(deps, rina)).toBe(3);
    expect(await unreadCount(deps, recruiter)).toBe(0);

    const visitor = await visitorFor("k-rina");
    const inbox = await html(visitor, "/saya/kotak-masuk");
    expect(inbox).toContain("Lamaran Anda untuk Welder, shipyard sekarang: masuk daftar pendek.");
    expect(inbox).toContain('href="/saya/lamaran/vac-1~k-rina"');
    expect(inbox).toContain('href="/lowongan/vac-2"');
    expect(inbox).not.toContain("/v1/");
    expect(inbox.match(/inbox__item--unread/g)?.length).toBe(3);
    const action = /action="(\/saya\/kotak-masuk\/[^"]+\/dibaca)"/.exec(inbox)?.[1] as string;

    expect((await visitor.submit(action, {})).status).toBe(403);
    expect(await unreadCount(deps, rina)).toBe(3);
    const marked = await visitor.submit(action, { _csrf: csrfOf(inbox) });
    expect(marked.status).toBe(303);
    expect(await (await visitor.follow(marked)).text()).toContain("Ditandai sudah dibaca.");
    expect(await unreadCount(deps, rina)).toBe(2);
    // Someone else's notice, or none: 404, never a 5xx.
    expect((await visitor.submit("/saya/kotak-masuk/bukan-milik-saya/dibaca", { _csrf: csrfOf(inbox) })).status).toBe(404);
  });

  it("pages the inbox with the signed cursor, and refuses a cursor it did not issue with a 400", async () => {
    for (let n = 0; n < 23; n++)
      await core.deliver(deps, {
        type: "notify",
        id: `k-many:${n}`,
        recipientId: "k-gita",
        channel: "in-app",
        template: "vacancy-match",
        params: { title: `Lowongan nomor ${n}`, country: "JP", score: "60" },
      });
    const visitor = await visitorFor("k-gita");
    const first = await html(visitor, "/saya/kotak-masuk");
    expect(first.match(/class="inbox__item/g)?.length).toBe(20);
    const older = /href="(\/saya\/kotak-masuk\?cursor=[^"]+)"[^>]*>Pemberitahuan lebih lama/.exec(first)?.[1] as string;
    expect(older).toBeDefined();
    const second = await html(visitor, older.replaceAll("&amp;", "&"));
    expect(second.match(/class="inbox__item/g)?.length).toBe(3);
    expect(second).toContain("Kembali ke yang terbaru");
    const forged = await visitor.go("/saya/kotak-masuk?cursor=eyJwayI6IngifQ~AAAA");
    expect(forged.status).toBe(400);
    expect(await forged.text()).toContain("Alamat halaman ini tidak berlaku lagi");
    expect((await visitor.go("/saya/data?cursor=x")).status).toBe(400);
  });

  it("saves notification preferences per type and channel and says which channels carry them", async () => {
    const visitor = await visitorFor("k-wati");
    const page = await html(visitor, "/saya/pemberitahuan");
    expect(page).toContain("Ke kotak masuk Jalur.");
    expect(page).toContain("Juga lewat SMS ke +6281322223333");
    expect(page).toContain("Jalur belum mengirim kabar lewat WhatsApp.");
    expect(page.match(/type="checkbox"[^>]*name="notices"[^>]*checked/g)?.length).toBe(8);
    const saved = await visitor.go("/saya/pemberitahuan", {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded", origin: visitor.base },
      body: new URLSearchParams([
        ["_csrf", csrfOf(page)],
        ["notices", "vacancy-match@in-app"],
        ["notices", "vacancy-match@external"],
        ["notices", "credential-reviewed@in-app"],
        ["notices", "fair-registration@external"],
        ["notices", "not-a-notice"],
      ]).toString(),
    });
    expect(saved.status).toBe(303);
    const after = await (await visitor.follow(saved)).text();
    expect(after).toContain("Pengaturan pemberitahuan tersimpan.");
    expect(after).toMatch(/value="vacancy-match@external" checked/);
    expect(after).not.toMatch(/value="application-status@in-app" checked/);
    // Both channels off is the type off; one channel off is that channel only.
    expect((await core.myProfile(deps, graduate("k-wati"))).notificationOptOut).toEqual([
      "application-status",
      "credential-reviewed@external",
      "fair-registration@in-app",
    ]);
    expect((await visitor.submit("/saya/pemberitahuan", { notices: "vacancy-match@in-app" })).status).toBe(403);
  });

  it("lists who read the graduate's data: a recruiter reading an application with contact details", async () => {
    await core.createRecruiter(
      deps,
      staff,
      {
        name: "PT Kerja Aman",
        kind: "p3mi",
        licence: { number: "SIP3MI/K1", validFrom: addDays(today, -9), validUntil: addDays(today, 400) },
      },
      "k-org",
    );
    await core.reviewLicence(deps, staff, "k-org", true);
    const draft = await core.createVacancy(deps, recruiter, core.VacancyInput.parse(aLawfulVacancyInput(today)));
    await core.publishVacancy(deps, recruiter, draft.vacancyId);
    const eka = graduate("k-eka");
    const application = await core.apply(deps, eka, draft.vacancyId, true);
    await core.readApplication(deps, recruiter, application.applicationId);

    const visitor = await visitorFor("k-eka");
    const page = await html(visitor, "/saya/data");
    expect(page).toContain("Siapa membaca data saya");
    expect(page).toContain("Perekrut dari organisasi k-org");
    expect(page).toContain("Nama, nomor HP dan email Anda, lewat lamaran yang Anda kirim");
    expect(page).toContain("WIB");
    expect(page).not.toContain("contact details via");
    const en = await html(visitor, "/saya/data?lang=en");
    expect(en).toContain("Recruiter from organisation k-org");
    expect(en).toContain("Your name, mobile number and email, through an application you sent");
  });

  it("refuses another role: a recruiter gets 403 pages and no graduate's data", async () => {
    const visitor = await visitorFor("k-rec", "/");
    for (const path of [
      "/saya/kredensial",
      "/saya/kredensial/tambah",
      "/saya/kotak-masuk",
      "/saya/pemberitahuan",
      "/saya/data",
    ]) {
      const res = await visitor.go(path);
      expect(res.status, path).toBe(403);
      const body = await res.text();
      expect(body).not.toMatch(/Sari Dewi|N4-2026-071234|Lamaran Anda|k-eka/);
    }
    const page = await html(visitor, "/");
    const post = await visitor.submit("/saya/kredensial/tambah", aCredentialForm(csrfOf(page)));
    expect(post.status).toBe(403);
    // Signed out: to sign in first.
    const anonymous = await site.visitor().go("/saya/kotak-masuk");
    expect(anonymous.status).toBe(303);
    expect(anonymous.headers.get("location")).toBe("/masuk?kembali=%2Fsaya%2Fkotak-masuk");
  });

  it("turns notice links into pages and describes reads in the graduate's words", () => {
    expect(pageForLink("/v1/fairs/f-1/interviews/mine")).toBe("/bursa/f-1");
    expect(pageForLink("/v1/fairs/f-1/registration")).toBe("/bursa/f-1");
    expect(pageForLink("/v1/graduates/me")).toBe("/saya/kredensial");
    expect(pageForLink("/v1/ops/outbox")).toBeUndefined();
    expect(pageForLink("https://evil.example/v1/vacancies/x")).toBeUndefined();
    expect(pageForLink(undefined)).toBeUndefined();
    expect(readDescription("name in the candidate list of vacancy v-1", "id")).toBe(
      "Nama Anda, di daftar kandidat yang cocok untuk sebuah lowongan",
    );
    expect(readDescription("a sms message to them, in the outbox", "en")).toBe(
      "A message sent to you by SMS (checked by an operator)",
    );
    expect(readDescription("something new", "id")).toBe("something new");
  });
});
