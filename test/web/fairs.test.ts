import type { Deps, Principal } from "@jalur/core";
import * as core from "@jalur/core";
import { db } from "@jalur/core/service";
import { addDays, dateInZone } from "@jalur/domain";
import { aLawfulVacancyInput } from "@jalur/fixtures";
import { calendarDate, dateTime } from "@jalur/web/format";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eventually } from "../support/deployment.ts";
import { csrfOf, signIn, startSite, type Visitor } from "./visitor.ts";

const today = dateInZone(new Date());
const fairDay = addDays(today, 4);

const STAFF: Principal = { sub: "staff", role: "staff" };
const ORGANISER: Principal = { sub: "organiser", role: "organiser" };
const graduate = (sub: string): Principal => ({ sub, role: "graduate" });
const recruiter = (org: string): Principal => ({ sub: `${org}-user`, role: "recruiter", recruiterId: org });

const GRADUATES = [
  ["w-ani", "Ani Lestari"],
  ["w-budi", "Budi Santoso"],
  ["w-citra", "Citra Dewi"],
  ["w-fajar", "Fajar Nugroho"],
  ["w-gita", "Gita Permata"],
] as const;

/** The fair's grid: one day, 09:00–11:00 WIB, 15-minute slots; slot n starts 15·n minutes after 09:00. */
const wib = (slot: number, plusHours = 0) => {
  const minutes = 9 * 60 + 15 * slot + plusHours * 60;
  return `${String(Math.floor(minutes / 60)).padStart(2, "0")}.${String(minutes % 60).padStart(2, "0")}`;
};

/**
 * The fair pages over the local site (real services): the public list and a fair, registering
 * with ordered picks, apply-anyway, confirming an import, and, after publishing, my interviews in
 * WIB (and the employer's time), the calendar file, the QR, cancelling, an offer, a lost race.
 */
describe("job fairs on the web: list, register, my interviews", () => {
  let site: Awaited<ReturnType<typeof startSite>>;
  let deps: Deps;
  let fairId: string;
  let vA: string; // Japan, no requirements (booth org-jp)
  let vN: string; // Japan, JLPT N4 required (booth org-jp)
  let vB: string; // Korea (booth org-kr)
  const visitors: Record<string, Visitor> = {};

  const as = async (sub: string) => {
    if (visitors[sub]) return visitors[sub];
    const visitor = site.visitor();
    await signIn(visitor, sub);
    visitors[sub] = visitor;
    return visitor;
  };
  const page = async (visitor: Visitor, path: string) => {
    const res = await visitor.go(path);
    return { status: res.status, html: await res.text() };
  };

  beforeAll(async () => {
    site = await startSite([
      ...GRADUATES.map(([sub, name]) => ({ sub, role: "graduate" as const, name })),
      { sub: "org-jp-user", role: "recruiter", org: "org-jp", name: "Rekruter Jepang" },
    ]);
    deps = site.deps;
    for (const [org, name] of [
      ["org-jp", "PT Nusantara Jepang"],
      ["org-kr", "PT Hanguk Karya"],
    ] as const) {
      await core.createRecruiter(
        deps,
        STAFF,
        {
          name,
          kind: "p3mi",
          licence: { number: `SIP3MI/${org}`, validFrom: addDays(today, -30), validUntil: addDays(today, 300) },
        },
        org,
      );
      await core.reviewLicence(deps, STAFF, org, true);
    }
    const publish = async (org: string, input: Record<string, unknown>) => {
      const draft = await core.createVacancy(deps, recruiter(org), core.VacancyInput.parse(aLawfulVacancyInput(today, input)));
      await core.publishVacancy(deps, recruiter(org), draft.vacancyId);
      return draft.vacancyId;
    };
    vA = await publish("org-jp", { title: "Pengelas kapal Nagasaki", jobOrderRef: "JO/JP/1" });
    vN = await publish("org-jp", {
      title: "Perawat lansia Osaka",
      jobOrderRef: "JO/JP/2",
      requirements: [{ id: "jlpt", skill: "lang.ja.jlpt", importance: "required", minLevel: "N4" }],
    });
    vB = await publish("org-kr", {
      title: "Operator pabrik Busan",
      country: "KR",
      sector: "manufacturing",
      program: "kr-eps",
      salary: { amount: 2_300_000, currency: "KRW", period: "month" },
      costs: [{ item: "airfare", amount: { amount: 900_000, currency: "KRW" }, paidBy: "employer" }],
      jobOrderRef: "JO/KR/1",
    });
    for (const [sub, name] of GRADUATES) {
      await core.registerGraduate(deps, graduate(sub), { name, birthDate: "2000-03-03", ppkd: "Jakarta Timur", language: "id" });
      await core.setConsent(deps, graduate(sub), true);
    }
    const fair = await core.createFair(
      deps,
      ORGANISER,
      core.FairInput.parse({
        name: "Bursa Kerja Luar Negeri Jakarta Timur",
        venue: "PPKD Jakarta Timur, Pulo Gadung",
        calendar: {
          timeZone: "Asia/Jakarta",
          firstDay: fairDay,
          lastDay: fairDay,
          opens: "09:00",
          closes: "11:00",
          slotMinutes: 15,
        },
        minGapMinutes: 10,
        registrationOpens: new Date(Date.now() - 3_600_000).toISOString(),
        registrationCloses: new Date(Date.now() + 3_600_000).toISOString(),
      }),
    );
    fairId = fair.fairId;
    await core.admitBooth(deps, ORGANISER, fairId, { recruiterId: "org-jp", tables: 1, vacancyIds: [vA, vN], unavailable: [] });
    await core.admitBooth(deps, ORGANISER, fairId, { recruiterId: "org-kr", tables: 1, vacancyIds: [vB], unavailable: [] });
    await core.moveFair(deps, ORGANISER, fairId, "open");
    // The organiser's import: its one batch applied here, or by the site's own schedule worker
    // if that takes it first (then this delivery is told the batch is busy, and waits for it).
    const accepted = await core.importRegistrations(deps, ORGANISER, fairId, `graduate_id,picks\nw-citra,${vA}\n`);
    await core.applyImportBatch(deps, { fairId, importId: accepted.importId, part: "0000" }).catch((error: unknown) => {
      if (!(error instanceof core.AppError && error.code === "import_batch_busy")) throw error;
    });
    const imported = await eventually(async () => {
      const job = await core.readImport(deps, ORGANISER, fairId, accepted.importId);
      return job.state === "done" ? job : undefined;
    });
    expect(imported).toMatchObject({ registered: 1, refused: 0 });
  }, 60_000);
  afterAll(async () => site?.runtime.stop());

  it("lists the fair and shows it with its booths and vacancies to anyone, in the fair's zone", async () => {
    const visitor = site.visitor();
    const list = await page(visitor, "/bursa");
    expect(list.status).toBe(200);
    expect(list.html).toContain("Bursa Kerja Luar Negeri Jakarta Timur");
    expect(list.html).toContain("PPKD Jakarta Timur, Pulo Gadung");
    expect(list.html).toContain(calendarDate(fairDay, "id"));
    expect(list.html).toContain("09.00–11.00 WIB");
    expect(list.html).toContain("Pendaftaran dibuka");
    expect(list.html).not.toContain("Bursa saya");
    const detail = await page(visitor, `/bursa/${fairId}`);
    expect(detail.status).toBe(200);
    for (const text of [
      "PT Nusantara Jepang",
      "PT Hanguk Karya",
      "Pengelas kapal Nagasaki",
      "Operator pabrik Busan",
      "Jepang",
      "Korea Selatan",
    ])
      expect(detail.html).toContain(text);
    expect(detail.html).toContain("Masuk untuk mendaftar");
    expect(detail.html).not.toContain('name="pick1"');
    expect(detail.html).not.toMatch(/<script>|style=/);
    const english = await page(visitor, `/bursa/${fairId}?lang=en`);
    expect(english.html).toContain("Companies and vacancies");
    expect(english.html).toContain("09:00–11:00 WIB");
  });

  it("answers 404 for ids that are not there or could never be", async () => {
    const visitor = site.visitor();
    for (const path of [
      "/bursa/not-a-fair",
      `/bursa/${"x".repeat(300)}`,
      "/bursa/%00%01",
      "/bursa/%E0%A4%A",
      `/bursa/${fairId}/wawancara/${"y".repeat(200)}/qr.svg`,
    ]) {
      const res = await visitor.go(path);
      expect(res.status, path).toBe(404);
      expect(await res.text()).toContain("Halaman tidak ditemukan");
    }
    // A list cursor we did not issue starts the list again.
    const forged = await visitor.go("/bursa?lanjut=eyJwayI6IngifQ~forged");
    expect(forged.status).toBe(303);
    expect(forged.headers.get("location")).toBe("/bursa");
  });

  it("registers a graduate with two ordered picks, first choice first", async () => {
    const ani = await as("w-ani");
    const form = await page(ani, `/bursa/${fairId}`);
    expect(form.html).toContain("Daftar ke bursa ini");
    expect(form.html).toContain("Pilihan 1 (Pilihan pertama)");
    expect(form.html).toContain("Pilihan 3");
    const csrf = csrfOf(form.html);
    // Nothing chosen: said beside the picks.
    const empty = await ani.submit(`/bursa/${fairId}/daftar`, { _csrf: csrf, pick1: "" });
    expect(empty.status).toBe(400);
    const emptyHtml = await empty.text();
    expect(emptyHtml).toContain('id="picks-error"');
    expect(emptyHtml).toContain("Pilih setidaknya satu lowongan.");
    // Korea first, Japan second (a blank choice between them is closed up).
    const saved = await ani.submit(`/bursa/${fairId}/daftar`, { _csrf: csrf, pick1: vB, pick2: "", pick3: vA });
    expect(saved.status).toBe(303);
    const after = await (await ani.follow(saved)).text();
    expect(after).toContain("Pendaftaran Anda tersimpan.");
    expect(after).toContain("Ubah pilihan Anda");
    expect(after).toMatch(new RegExp(`name="pick1">(?:(?!</select>).)*value="${vB}" selected`, "s"));
    expect(after).toMatch(new RegExp(`name="pick2">(?:(?!</select>).)*value="${vA}" selected`, "s"));
    const registration = await core.myRegistration(deps, graduate("w-ani"), fairId);
    expect(registration.picks).toEqual([vB, vA]);
    expect(registration.requests.map((r) => [r.recruiterId, r.preference])).toEqual([
      ["org-kr", 1],
      ["org-jp", 2],
    ]);
    // Listed among my fairs.
    const list = await page(ani, "/bursa");
    expect(list.html).toContain("Bursa saya");
    expect(list.html).toContain("Anda terdaftar");
  });

  it("shows core's not-eligible refusal beside the picks, keeps them, and registers with apply-anyway", async () => {
    const budi = await as("w-budi");
    const csrf = csrfOf((await page(budi, `/bursa/${fairId}`)).html);
    const refused = await budi.submit(`/bursa/${fairId}/daftar`, { _csrf: csrf, pick1: vN });
    expect(refused.status).toBe(422);
    const html = await refused.text();
    expect(html).toMatch(/id="picks-error"[^>]*>.*Belum memenuhi syarat untuk Perawat lansia Osaka/s);
    expect(html).toContain(`value="${vN}" selected`);
    expect(html).toContain('name="applyAnyway"');
    expect(html).toContain("Anda belum memenuhi semua syarat lowongan itu");
    await expect(core.myRegistration(deps, graduate("w-budi"), fairId)).rejects.toMatchObject({ kind: "not_found" });
    const anyway = await budi.submit(`/bursa/${fairId}/daftar`, { _csrf: csrf, pick1: vN, applyAnyway: "ya" });
    expect(anyway.status).toBe(303);
    expect(await core.myRegistration(deps, graduate("w-budi"), fairId)).toMatchObject({ picks: [vN], applyAnyway: true });
  });

  it("asks a graduate the organiser registered to confirm, and confirms", async () => {
    const citra = await as("w-citra");
    const detail = await page(citra, `/bursa/${fairId}`);
    expect(detail.html).toContain("Anda didaftarkan oleh penyelenggara");
    expect(detail.html).toContain("Pengelas kapal Nagasaki");
    expect((await page(citra, "/bursa")).html).toContain("Menunggu konfirmasi Anda");
    const confirmed = await citra.submit(`/bursa/${fairId}/konfirmasi`, { _csrf: csrfOf(detail.html) });
    expect(confirmed.status).toBe(303);
    const after = await (await citra.follow(confirmed)).text();
    expect(after).toContain("pendaftaran Anda sudah dikonfirmasi");
    expect(after).not.toContain("Anda didaftarkan oleh penyelenggara");
    expect(await core.myRegistration(deps, graduate("w-citra"), fairId)).toMatchObject({ confirmed: true, source: "import" });
  });

  it("after publishing, shows my interviews in WIB with the employer's time, and their check-in codes", async () => {
    const ani = await as("w-ani");
    expect((await page(ani, `/bursa/${fairId}/wawancara`)).html).toContain("Jadwal wawancara belum terbit");
    expect((await ani.go(`/bursa/${fairId}/wawancara.ics`)).status).toBe(409);
    await core.moveFair(deps, ORGANISER, fairId, "close");
    const job = await core.requestSchedule(deps, ORGANISER, fairId);
    await core.runScheduleJob(deps, job.jobId);
    await eventually(async () => {
      const read = await core.readScheduleJob(deps, ORGANISER, fairId, job.jobId);
      return read.state === "done" ? read : undefined;
    }, 20_000);
    await core.publishSchedule(deps, ORGANISER, fairId, job.jobId);
    // Two more graduates wait for booth org-jp (its waitlist): Fajar first, Gita after him.
    const at = new Date().toISOString();
    await db(deps)
      .fairRequest.put(
        [
          ["w-fajar", 90],
          ["w-gita", 0],
        ].map(([graduateId, matchScore]) => ({
          fairId,
          graduateId: graduateId as string,
          recruiterId: "org-jp",
          vacancyIds: [vA],
          preference: 1,
          matchScore: matchScore as number,
          registeredAt: at,
        })),
      )
      .go();

    const mine = await core.myInterviews(deps, graduate("w-ani"), fairId);
    expect(mine.map((i) => i.recruiterId).sort()).toEqual(["org-jp", "org-kr"]);
    const { status, html } = await page(ani, `/bursa/${fairId}/wawancara`);
    expect(status).toBe(200);
    for (const interview of mine) {
      expect(interview.startsAt).toBe(new Date(Date.parse(`${fairDay}T02:00:00Z`) + interview.slot * 15 * 60_000).toISOString());
      expect(html).toContain(`${wib(interview.slot)} WIB`);
      expect(html).toContain(`${wib(interview.slot + 1)} WIB`);
      // Japan and Korea are two hours ahead of WIB.
      expect(html).toContain(`${wib(interview.slot, 2)}–${wib(interview.slot + 1, 2)}`);
      expect(html).toContain(interview.checkInCode);
      expect(html).toContain(`/bursa/${fairId}/wawancara/${interview.recruiterId}/qr.svg`);
    }
    expect(html).toContain("Waktu di Jepang");
    expect(html).toContain("Waktu di Korea Selatan");
    expect(html).toContain(`href="/bursa/${fairId}/wawancara.ics"`);
    expect(html).not.toMatch(/<script>|style=/);
    // The same in English (then back to Bahasa Indonesia, which Ani's browser remembers).
    const english = (await page(ani, `/bursa/${fairId}/wawancara?lang=en`)).html;
    expect(english).toContain("Time in Japan");
    expect(english).toContain(`${wib(mine[0]!.slot).replace(".", ":")} WIB`);
    await ani.go(`/bursa/${fairId}/wawancara?lang=id`);
  });

  it("downloads the calendar file and draws the QR code", async () => {
    const ani = await as("w-ani");
    const ics = await ani.go(`/bursa/${fairId}/wawancara.ics`);
    expect(ics.status).toBe(200);
    expect(ics.headers.get("content-type")).toMatch(/^text\/calendar/);
    const body = await ics.text();
    expect(body).toContain("BEGIN:VTIMEZONE");
    for (const interview of await core.myInterviews(deps, graduate("w-ani"), fairId)) {
      const hhmm = wib(interview.slot).replace(".", "");
      expect(body).toContain(`DTSTART;TZID=Asia/Jakarta:${fairDay.replace(/-/g, "")}T${hhmm}00`);
    }
    expect(body.match(/BEGIN:VEVENT/g)).toHaveLength(2);
    const qr = await ani.go(`/bursa/${fairId}/wawancara/org-jp/qr.svg`);
    expect(qr.status).toBe(200);
    expect(qr.headers.get("content-type")).toBe("image/svg+xml");
    expect(await qr.text()).toMatch(/^<svg/);
    expect((await ani.go(`/bursa/${fairId}/wawancara/org-nowhere/qr.svg`)).status).toBe(404);
  });

  it("shows another graduate their own interviews only", async () => {
    const budi = await as("w-budi");
    const { html } = await page(budi, `/bursa/${fairId}/wawancara`);
    const [his] = await core.myInterviews(deps, graduate("w-budi"), fairId);
    expect(his).toBeDefined();
    expect(html).toContain(his!.checkInCode);
    for (const hers of await core.myInterviews(deps, graduate("w-ani"), fairId)) expect(html).not.toContain(hers.checkInCode);
    expect((await budi.go(`/bursa/${fairId}/wawancara/org-kr/qr.svg`)).status).toBe(404);
  });

  it("gives a recruiter none of a graduate's pages", async () => {
    const rec = await as("org-jp-user");
    for (const path of [
      `/bursa/${fairId}/wawancara`,
      `/bursa/${fairId}/wawancara.ics`,
      `/bursa/${fairId}/wawancara/org-jp/qr.svg`,
    ])
      expect((await rec.go(path)).status, path).toBe(403);
    const fair = await page(rec, `/bursa/${fairId}`);
    expect(fair.status).toBe(200);
    expect(fair.html).not.toContain('name="pick1"');
    // Someone not signed in is asked to sign in first.
    const anonymous = await site.visitor().go(`/bursa/${fairId}/wawancara`);
    expect(anonymous.status).toBe(303);
    expect(anonymous.headers.get("location")).toBe(`/masuk?kembali=${encodeURIComponent(`/bursa/${fairId}/wawancara`)}`);
    const booking = await rec.submit(`/bursa/${fairId}/wawancara/pesan`, {
      _csrf: csrfOf(fair.html),
      recruiterId: "org-jp",
      slot: "0",
    });
    expect(booking.status).toBe(403);
  });

  it("cancels an interview after a confirmation step; the place is offered to the waitlist", async () => {
    const ani = await as("w-ani");
    const [atJp] = (await core.myInterviews(deps, graduate("w-ani"), fairId)).filter((i) => i.recruiterId === "org-jp");
    const confirm = await page(ani, `/bursa/${fairId}/wawancara/org-jp/batal`);
    expect(confirm.status).toBe(200);
    expect(confirm.html).toContain("Anda yakin ingin membatalkan wawancara dengan PT Nusantara Jepang?");
    expect(confirm.html).toContain(`${wib(atJp!.slot)} WIB`);
    // Still there until the graduate says yes.
    expect((await core.myInterviews(deps, graduate("w-ani"), fairId)).map((i) => i.recruiterId)).toContain("org-jp");
    const done = await ani.submit(`/bursa/${fairId}/wawancara/org-jp/batal`, { _csrf: csrfOf(confirm.html) });
    expect(done.status).toBe(303);
    const after = await (await ani.follow(done)).text();
    expect(after).toContain("Wawancara sudah dibatalkan.");
    expect(after).toContain("Pesan tempat wawancara");
    expect((await core.myInterviews(deps, graduate("w-ani"), fairId)).map((i) => i.recruiterId)).toEqual(["org-kr"]);
    const offer = await eventually(async () => {
      const [held] = await core.myOffers(deps, graduate("w-fajar"), fairId);
      return held;
    }, 20_000);
    expect(offer).toMatchObject({ recruiterId: "org-jp", slot: atJp!.slot, table: atJp!.table });
  });

  it("accepts a place offered from the waitlist before its deadline", async () => {
    const fajar = await as("w-fajar");
    const [offer] = await core.myOffers(deps, graduate("w-fajar"), fairId);
    const { html } = await page(fajar, `/bursa/${fairId}/wawancara`);
    expect(html).toContain("Tawaran tempat wawancara");
    expect(html).toContain(`Jawab sebelum ${dateTime(offer!.offerExpires!, "id", "Asia/Jakarta")}`);
    expect(html).toContain(`${wib(offer!.slot)} WIB`);
    const accepted = await fajar.submit(`/bursa/${fairId}/tawaran/org-jp/${offer!.slot}/${offer!.table}`, {
      _csrf: csrfOf(html),
      jawab: "terima",
    });
    expect(accepted.status).toBe(303);
    const after = await (await fajar.follow(accepted)).text();
    expect(after).toContain("Tawaran diterima");
    expect(after).not.toContain("Tawaran tempat wawancara");
    expect(await core.myInterviews(deps, graduate("w-fajar"), fairId)).toEqual([
      expect.objectContaining({ recruiterId: "org-jp", slot: offer!.slot, state: "booked" }),
    ]);
  });

  it("books a free place; a place taken meanwhile is a clear 409 and the page shows what is free now", async () => {
    const ani = await as("w-ani");
    const before = (await page(ani, `/bursa/${fairId}/wawancara`)).html;
    const form = new RegExp(`action="/bursa/${fairId}/wawancara/pesan"[^]*?</form>`).exec(before)?.[0] ?? "";
    const free = [...form.matchAll(/<option value="(\d+)"/g)].map((m) => Number(m[1]));
    expect(free.length).toBeGreaterThanOrEqual(2);
    const [lost, won] = free as [number, number];
    // Gita, also waiting for this booth, takes the first free place a moment earlier.
    await core.bookSlot(deps, graduate("w-gita"), fairId, "org-jp", lost);
    const race = await ani.submit(`/bursa/${fairId}/wawancara/pesan`, {
      _csrf: csrfOf(before),
      recruiterId: "org-jp",
      slot: String(lost),
    });
    expect(race.status).toBe(409);
    const reread = await race.text();
    expect(reread).toContain("Semua meja di booth ini sudah terisi pada slot itu.");
    expect(reread).toContain("Daftar waktu kosong di halaman ini sudah diperbarui.");
    expect(reread).toContain('class="error-summary"');
    const formNow = new RegExp(`action="/bursa/${fairId}/wawancara/pesan"[^]*?</form>`).exec(reread)?.[0] ?? "";
    expect(formNow).not.toContain(`<option value="${lost}"`);
    expect(formNow).toContain(`<option value="${won}"`);
    const booked = await ani.submit(`/bursa/${fairId}/wawancara/pesan`, {
      _csrf: csrfOf(before),
      recruiterId: "org-jp",
      slot: String(won),
    });
    expect(booked.status).toBe(303);
    expect(await (await ani.follow(booked)).text()).toContain("Tempat wawancara sudah dipesan.");
    expect((await core.myInterviews(deps, graduate("w-ani"), fairId)).find((i) => i.recruiterId === "org-jp")?.slot).toBe(won);
  });

  it("answers bad form values beside the form or as a missing page, never with a server error", async () => {
    const ani = await as("w-ani");
    const csrf = csrfOf((await page(ani, `/bursa/${fairId}/wawancara`)).html);
    const garbled = await ani.submit(`/bursa/${fairId}/wawancara/org-kr/pindah`, { _csrf: csrf, slot: "pagi" });
    expect(garbled.status).toBe(400);
    expect(await garbled.text()).toContain("Pilih waktu.");
    const beyond = await ani.submit(`/bursa/${fairId}/wawancara/org-kr/pindah`, { _csrf: csrf, slot: "9999" });
    expect(beyond.status).toBe(400);
    expect(await beyond.text()).toContain("Bursa tidak punya slot tersebut.");
    expect((await ani.submit(`/bursa/${fairId}/tawaran/org-jp/x/1`, { _csrf: csrf, jawab: "terima" })).status).toBe(404);
    expect((await ani.submit(`/bursa/${fairId}/tawaran/org-jp/0/1`, { _csrf: csrf, jawab: "terima" })).status).toBe(409);
    const picks = await ani.submit(`/bursa/${fairId}/daftar`, { _csrf: csrf, pick1: "v".repeat(500) });
    expect(picks.status).toBe(400);
  });
});
