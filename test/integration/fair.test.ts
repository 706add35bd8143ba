import {
  createRecruiter,
  createVacancy,
  expireOffer,
  fairClockTick,
  myInbox,
  outboxOf,
  type Principal,
  publishVacancy,
  registerGraduate,
  reviewLicence,
  setConsent,
  VacancyInput,
} from "@jalur/core";
import { db } from "@jalur/core/service";
import { addDays, dateInZone } from "@jalur/domain";
import { aLawfulVacancyInput } from "@jalur/fixtures";
import { sendEverythingTwice } from "@jalur/local";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Caller, eventually, startApi } from "../support/api.ts";

const today = dateInZone(new Date());
const in_ = (days: number) => addDays(today, days);

const vacancy = (title: string) =>
  VacancyInput.parse(aLawfulVacancyInput(today, { title, jobOrderRef: `JO/JP/2026/${title.length}` }));

const GRADUATES = ["g1", "g2", "g3", "g4", "g5", "g6"];

const STAFF: Principal = { sub: "staff-1", role: "staff" };
const OPERATOR: Principal = { sub: "ops", role: "operator" };
const graduate = (sub: string): Principal => ({ sub, role: "graduate" });
const recruiter = (recruiterId: string): Principal => ({ sub: `${recruiterId}-user`, role: "recruiter", recruiterId });
type Notice = { type: string; title: string; body: string };
/** A graduate's own inbox, newest first. */
const inboxOf = async (deps: Parameters<typeof myInbox>[0], sub: string, limit = 50): Promise<Notice[]> =>
  (await myInbox(deps, graduate(sub), { limit })).items;

/**
 * A whole fair over HTTP on the embedded services, with every SQS message sent twice (as if
 * SQS delivered everything twice): create, admit, register, shortlist, schedule, publish,
 * notify, book, cancel and backfill, remind, check in, no-shows, outcomes, report, exports.
 */
describe("a job fair end to end, every message delivered twice", () => {
  let api: Awaited<ReturnType<typeof startApi>>;
  let organiser: Caller;
  let coOrganiser: Caller;
  let otherOrganiser: Caller;
  let staff: Caller;
  let recA: Caller;
  let recB: Caller;
  const grads: Record<string, Caller> = {};
  let vA: string;
  let vB: string;
  let fairId: string;
  let version: string;

  beforeAll(async () => {
    api = await startApi();
    const { deps } = api;
    // Every message any part of the system sends goes to SQS twice.
    sendEverythingTwice(deps.sqs);
    for (const [id, name] of [
      ["rA", "PT Mitra Kerja Nippon"],
      ["rB", "PT Hanguk Karya"],
      ["rX", "PT Tanpa Izin"],
    ] as const) {
      await createRecruiter(
        deps,
        STAFF,
        { name, kind: "p3mi", licence: { number: `SIP3MI/${id}/2026`, validFrom: in_(-100), validUntil: in_(300) } },
        id,
      );
      if (id !== "rX") await reviewLicence(deps, STAFF, id, true);
    }
    vA = (await createVacancy(deps, recruiter("rA"), vacancy("Welder, shipyard"))).vacancyId;
    vB = (await createVacancy(deps, recruiter("rB"), vacancy("Welder, steel structures"))).vacancyId;
    for (const [v, r] of [
      [vA, "rA"],
      [vB, "rB"],
    ] as const)
      await publishVacancy(deps, recruiter(r), v);
    for (const g of GRADUATES) {
      await registerGraduate(deps, graduate(g), {
        name: `Graduate ${g}`,
        birthDate: "1999-01-01",
        ppkd: "Jakarta Timur",
        language: g === "g1" ? "en" : "id",
        email: `${g}@example.id`,
      });
      await setConsent(deps, graduate(g), true);
      grads[g] = await api.as({ sub: g, role: "graduate" });
    }
    await registerGraduate(deps, graduate("g7"), {
      name: "No consent",
      birthDate: "1999-01-01",
      ppkd: "Jakarta Barat",
      language: "id",
    });
    grads.g7 = await api.as({ sub: "g7", role: "graduate" });
    organiser = await api.as({ sub: "org-1", role: "organiser" });
    coOrganiser = await api.as({ sub: "org-2", role: "organiser" });
    otherOrganiser = await api.as({ sub: "org-3", role: "organiser" });
    staff = await api.as({ sub: "staff-1", role: "staff" });
    recA = await api.as({ sub: "rA-user", role: "recruiter", org: "rA" });
    recB = await api.as({ sub: "rB-user", role: "recruiter", org: "rB" });
  });
  afterAll(async () => api?.stop());

  const fairInput = () => ({
    name: "Bursa Kerja Luar Negeri Jakarta",
    venue: "JIExpo Kemayoran, Hall B",
    calendar: {
      timeZone: "Asia/Jakarta",
      firstDay: in_(3),
      lastDay: in_(4),
      opens: "09:00",
      closes: "11:00",
      breaks: [{ start: "10:00", end: "10:15" }],
      slotMinutes: 15,
    },
    minGapMinutes: 10,
    registrationOpens: new Date(Date.now() - 3_600_000).toISOString(),
    registrationCloses: `${in_(2)}T17:00:00+07:00`,
  });

  it("refuses a bad fair with a clear 400 and creates nothing", async () => {
    const bad = await organiser.request("POST", "/v1/fairs", {
      ...fairInput(),
      calendar: { ...fairInput().calendar, timeZone: "Mars/Olympus", closes: "08:00" },
    });
    expect(bad.status).toBe(400);
    expect(bad.body).toMatchObject({ status: 400, code: "invalid_request" });
    const late = await organiser.request("POST", "/v1/fairs", { ...fairInput(), registrationCloses: `${in_(3)}T09:30:00+07:00` });
    expect(late.body.code).toBe("registration_after_start");
    expect((await grads.g1!.request("POST", "/v1/fairs", fairInput())).status).toBe(403);
    // Staff verify and read reports; they do not run fairs.
    expect((await staff.request("POST", "/v1/fairs", fairInput())).status).toBe(403);
    const created = await organiser.request("POST", "/v1/fairs", fairInput());
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    expect(created.body).toMatchObject({ state: "draft", slots: 14 }); // 7 slots a day (break 10:00–10:15) × 2 days
    expect(created.body.firstSlotStartsAt).toBe(new Date(`${in_(3)}T09:00:00+07:00`).toISOString());
    fairId = created.body.fairId;
  });

  it("is run by its organisers only: the owner adds a co-organiser; other organisers and staff cannot act on it", async () => {
    // A draft is invisible to another organiser; acting on it answers 404 as if it were not there.
    expect((await otherOrganiser.request("GET", `/v1/fairs/${fairId}`)).status).toBe(404);
    expect((await otherOrganiser.request("PUT", `/v1/fairs/${fairId}/booths/rA`, { tables: 1, vacancyIds: [vA] })).status).toBe(
      404,
    );
    expect((await coOrganiser.request("POST", `/v1/fairs/${fairId}/registration/open`)).status).toBe(404);
    expect((await staff.request("POST", `/v1/fairs/${fairId}/registration/open`)).status).toBe(403);
    const added = await organiser.request("PUT", `/v1/fairs/${fairId}/organisers/org-2`);
    expect(added.status, JSON.stringify(added.body)).toBe(200);
    expect(added.body).toMatchObject({ organiserId: "org-1", coOrganisers: ["org-2"] });
    // The co-organiser now runs the fair with the owner, but only the owner changes who organises it.
    const read = await coOrganiser.request("GET", `/v1/fairs/${fairId}`);
    expect(read.status).toBe(200);
    expect(read.body.coOrganisers).toEqual(["org-2"]);
    const notOwner = await coOrganiser.request("PUT", `/v1/fairs/${fairId}/organisers/org-3`);
    expect(notOwner.status).toBe(403);
    expect(notOwner.body.code).toBe("not_fair_owner");
    expect((await otherOrganiser.request("GET", `/v1/fairs/${fairId}`)).status).toBe(404);
  });

  it("admits licensed recruiters only, and opens registration once there are booths", async () => {
    expect((await organiser.request("POST", `/v1/fairs/${fairId}/registration/open`)).body.code).toBe("no_booths");
    const unlicensed = await organiser.request("PUT", `/v1/fairs/${fairId}/booths/rX`, { tables: 1, vacancyIds: [vA] });
    expect(unlicensed.status).toBe(422);
    expect(unlicensed.body.code).toBe("licence_unverified");
    const notTheirs = await organiser.request("PUT", `/v1/fairs/${fairId}/booths/rA`, { tables: 1, vacancyIds: [vB] });
    expect(notTheirs.body.code).toBe("vacancy_not_of_recruiter");
    expect((await organiser.request("PUT", `/v1/fairs/${fairId}/booths/rA`, { tables: 1, vacancyIds: [vA] })).status).toBe(200);
    // The co-organiser admits the second booth.
    expect((await coOrganiser.request("PUT", `/v1/fairs/${fairId}/booths/rB`, { tables: 2, vacancyIds: [vB] })).status).toBe(200);
    // Booth B's interviewers are away for the first slot of day one.
    const away = await recB.request("PUT", `/v1/fairs/${fairId}/booths/rB/unavailable`, {
      unavailable: [{ from: `${in_(3)}T09:00:00+07:00`, to: `${in_(3)}T09:15:00+07:00` }],
    });
    expect(away.status, JSON.stringify(away.body)).toBe(200);
    expect((await recA.request("PUT", `/v1/fairs/${fairId}/booths/rB/unavailable`, { unavailable: [] })).status).toBe(404);
    const opened = await organiser.request("POST", `/v1/fairs/${fairId}/registration/open`);
    expect(opened.body.state).toBe("registration-open");
  });

  it("registers graduates with their picks (self, or by an organiser's CSV import); a bad pick changes nothing", async () => {
    const bad = await grads.g1!.request("PUT", `/v1/fairs/${fairId}/registration`, { picks: [vA, "no-such-vacancy"] });
    expect(bad.status).toBe(400);
    expect(bad.body.code).toBe("not_at_fair");
    expect((await grads.g1!.request("GET", `/v1/fairs/${fairId}/registration`)).status).toBe(404);
    const noConsent = await grads.g7!.request("PUT", `/v1/fairs/${fairId}/registration`, { picks: [vA] });
    expect(noConsent.status).toBe(422);
    expect(noConsent.body.code).toBe("consent_required");
    expect((await grads.g7!.request("GET", `/v1/fairs/${fairId}/registration`)).status).toBe(404);
    expect((await grads.g7!.request("GET", "/v1/graduates/me/applications")).body.items).toEqual([]);

    for (const g of ["g1", "g2", "g3", "g4"]) {
      const res = await grads[g]!.request("PUT", `/v1/fairs/${fairId}/registration`, { picks: g === "g2" ? [vB, vA] : [vA, vB] });
      expect(res.status, JSON.stringify(res.body)).toBe(200);
    }
    const mine = await grads.g2!.request("GET", `/v1/fairs/${fairId}/registration`);
    const pref = Object.fromEntries(
      mine.body.requests.map((r: { recruiterId: string; preference: number }) => [r.recruiterId, r.preference]),
    );
    expect(pref).toEqual({ rB: 1, rA: 2 });

    // The organiser imports what a PPKD desk collected: g5 and g6 are registered (not applied);
    // a graduate who registered themselves (g1) keeps their own picks.
    const csv = `graduate_id,picks\r\ng5,"${vA};${vB}"\r\ng6,${vB}\r\nnobody,${vA}\r\ng1,${vB}\r\n`;
    const importAs = (caller: Caller) =>
      caller.client.POST("/v1/fairs/{fairId}/registrations/import", {
        params: { path: { fairId } },
        body: csv,
        bodySerializer: (b) => b,
        headers: { "content-type": "text/csv" },
      });
    expect((await importAs(otherOrganiser)).response.status).toBe(404);
    const res = await importAs(organiser);
    const accepted = { status: res.response.status, body: res.data, location: res.response.headers.get("location") };
    expect(accepted.status, JSON.stringify(res.error)).toBe(202);
    const importId = accepted.body?.importId as string;
    expect(accepted.location).toBe(`/v1/fairs/${fairId}/imports/${importId}`);
    const imported = await eventually(async () => {
      const job = await organiser.request("GET", accepted.location as string);
      return job.body.state === "done" ? job.body : undefined;
    });
    expect(imported).toMatchObject({ rows: 4, processed: 4, registered: 2, refused: 2 });
    const refused = (await organiser.request("GET", `${accepted.location}/rows?outcome=refused`)).body.items;
    expect(refused[0]).toMatchObject({ line: 4, graduateId: "nobody", code: "cannot_register", outcome: "refused" });
    expect(refused[1]).toMatchObject({ line: 5, graduateId: "g1", code: "registered_by_graduate" });
    // The refused rows come back in the import's own format, to fix and upload again.
    const again = await organiser.client.GET("/v1/fairs/{fairId}/imports/{importId}/refused.csv", {
      params: { path: { fairId, importId } },
      parseAs: "text",
    });
    expect(again.response.headers.get("content-type")).toContain("text/csv");
    const file = again.data ?? "";
    expect(file.split("\r\n")[0]).toBe("graduate_id,picks,line,code,reason");
    expect(file).toContain(`nobody,${vA},4,cannot_register,`);
    expect((await organiser.request("GET", `/v1/fairs/${fairId}/imports`)).body.items[0]).toMatchObject({
      importId,
      state: "done",
    });
    const g1Picks = (await grads.g1!.request("GET", `/v1/fairs/${fairId}/registration`)).body;
    expect(g1Picks).toMatchObject({ source: "self", confirmed: true, picks: [vA, vB] });

    // An import applies for nobody: the registration and its requests wait for the graduate.
    for (const g of ["g5", "g6"]) {
      const reg = await grads[g]!.request("GET", `/v1/fairs/${fairId}/registration`);
      expect(reg.status, JSON.stringify(reg.body)).toBe(200);
      expect(reg.body).toMatchObject({ source: "import", confirmed: false });
      expect(reg.body.requests.length).toBeGreaterThan(0);
      expect(reg.body.requests.every((r: { confirmed: boolean }) => r.confirmed === false)).toBe(true);
      expect((await grads[g]!.request("GET", "/v1/graduates/me/applications")).body.items).toEqual([]);
    }
    // Each imported graduate is told, in the app and by email, once.
    for (const g of ["g5", "g6"]) {
      const notices = await eventually(async () => {
        const items = (await inboxOf(api.deps, g)).filter((n) => n.type === "fair-registration");
        return items.length > 0 ? items : undefined;
      });
      expect(notices).toHaveLength(1);
      expect(notices[0]!.title).toBe(`Anda didaftarkan ke ${fairInput().name}`);
    }
    const registrationEmails = await eventually(async () => {
      const { items } = await outboxOf(api.deps, OPERATOR, "email", { limit: 100 });
      const mine = items.filter((e) => e.subject === `Anda didaftarkan ke ${fairInput().name}`);
      return mine.length >= 2 ? mine : undefined;
    });
    expect(registrationEmails.map((e) => e.recipientId).sort()).toEqual(["g5", "g6"]);

    // The recruiter does not see unconfirmed registrants; the organisers see them, withheld.
    const names = (items: { graduateId: string }[]) => items.map((r) => r.graduateId).sort();
    const atA = await recA.request("GET", `/v1/fairs/${fairId}/booths/rA/registrants?limit=100`);
    expect(names(atA.body.items)).toEqual(["g1", "g2", "g3", "g4"]);
    expect(atA.body.items.find((r: { graduateId: string }) => r.graduateId === "g1")).toMatchObject({
      graduate: { disclosed: true, name: "Graduate g1", ppkd: "Jakarta Timur" },
    });
    expect(atA.body.items.every((r: Record<string, unknown>) => !("graduateName" in r))).toBe(true);
    expect(names((await recB.request("GET", `/v1/fairs/${fairId}/booths/rB/registrants?limit=100`)).body.items)).toEqual([
      "g1",
      "g2",
      "g3",
      "g4",
    ]);
    const byOrganiser = await organiser.request("GET", `/v1/fairs/${fairId}/booths/rA/registrants?limit=100`);
    expect(names(byOrganiser.body.items)).toEqual(["g1", "g2", "g3", "g4", "g5"]);
    expect(byOrganiser.body.items.find((r: { graduateId: string }) => r.graduateId === "g5")).toMatchObject({
      confirmed: false,
      graduate: { disclosed: false, reason: "awaiting-confirmation" },
    });
    expect((await recB.request("GET", `/v1/fairs/${fairId}/booths/rA/registrants`)).status).toBe(404);
    expect((await otherOrganiser.request("GET", `/v1/fairs/${fairId}/booths/rA/registrants`)).status).toBe(404);
    // Every name shown is in the graduate's audit; nothing of an unconfirmed graduate was read.
    const g1Reads = (await grads.g1!.request("GET", "/v1/graduates/me/data-access?limit=100")).body.items;
    expect(g1Reads).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ reader: "rA-user", role: "recruiter", recruiterId: "rA" }),
        expect.objectContaining({ reader: "org-1", role: "organiser" }),
      ]),
    );
    // Only the operator reading the outbox above has seen anything of g5 (their address, masked).
    const byField = <T extends { role: string }>(items: T[]) => items.filter((r) => r.role !== "operator");
    expect(byField((await grads.g5!.request("GET", "/v1/graduates/me/data-access")).body.items)).toEqual([]);

    // g5 confirms in the app: the applications are theirs now, and the booth sees them.
    const confirmed = await grads.g5!.request("POST", `/v1/fairs/${fairId}/confirm-registration`);
    expect(confirmed.status, JSON.stringify(confirmed.body)).toBe(200);
    expect(confirmed.body).toMatchObject({ confirmed: true, notApplied: [] });
    const g5Applications = (await grads.g5!.request("GET", "/v1/graduates/me/applications")).body.items;
    expect(g5Applications.map((a: { vacancyId: string }) => a.vacancyId).sort()).toEqual([vA, vB].sort());
    expect(g5Applications.every((a: { state: string }) => a.state === "applied")).toBe(true);
    const g5Registration = (await grads.g5!.request("GET", `/v1/fairs/${fairId}/registration`)).body;
    expect(g5Registration.confirmed).toBe(true);
    expect(g5Registration.requests.every((r: { confirmed: boolean }) => r.confirmed === true)).toBe(true);
    const afterConfirm = await recA.request("GET", `/v1/fairs/${fairId}/booths/rA/registrants?limit=100`);
    expect(names(afterConfirm.body.items)).toEqual(["g1", "g2", "g3", "g4", "g5"]);
    expect(afterConfirm.body.items.find((r: { graduateId: string }) => r.graduateId === "g5")).toMatchObject({
      graduate: { disclosed: true, name: "Graduate g5" },
    });
    // g6 has not confirmed: still nothing for the recruiter (they confirm by checking in, below).
    expect((await grads.g6!.request("GET", "/v1/graduates/me/applications")).body.items).toEqual([]);
  });

  it("lets the recruiter shortlist among the registrants", async () => {
    const res = await recA.request("POST", `/v1/fairs/${fairId}/booths/rA/shortlist`, { graduateIds: ["g4", "g6"] });
    expect(res.body).toEqual({ updated: 1, notRegistered: ["g6"] });
    expect((await recB.request("POST", `/v1/fairs/${fairId}/booths/rA/shortlist`, { graduateIds: ["g1"] })).status).toBe(404);
  });

  it("schedules after registration closes: 202, a job with progress and the result", async () => {
    expect((await organiser.request("POST", `/v1/fairs/${fairId}/schedule`)).body.code).toBe("registration_not_closed");
    expect((await coOrganiser.request("POST", `/v1/fairs/${fairId}/registration/close`)).body.state).toBe("registration-closed");
    expect((await staff.request("POST", `/v1/fairs/${fairId}/schedule`)).status).toBe(403);
    expect((await otherOrganiser.request("POST", `/v1/fairs/${fairId}/schedule`)).status).toBe(404);
    const queued = await organiser.request("POST", `/v1/fairs/${fairId}/schedule`, { coverage: "first" });
    expect(queued.status).toBe(202);
    expect(queued.headers.get("location")).toBe(`/v1/fairs/${fairId}/schedule-jobs/${queued.body.jobId}`);
    const job = await eventually(async () => {
      const res = await organiser.request("GET", `/v1/fairs/${fairId}/schedule-jobs/${queued.body.jobId}`);
      return res.body.state === "done" ? res.body : undefined;
    }, 20_000);
    // The message was delivered twice: the job ran once.
    expect(job.attempts).toBe(1);
    // Imported requests are scheduled too (g6 has not confirmed yet): the graduate decides at the booth.
    expect(job.stats).toMatchObject({ requested: 11, scheduled: 11, candidatesRequesting: 6, candidatesCovered: 6 });
    expect(job.stats.perBooth).toEqual({ rA: { requested: 5, scheduled: 5 }, rB: { requested: 6, scheduled: 6 } });
    version = job.jobId;
  });

  it("publishes atomically and tells each candidate once (in-app and email), in their language", async () => {
    expect((await grads.g1!.request("GET", `/v1/fairs/${fairId}/interviews/mine`)).body.code).toBe("not_published");
    const published = await organiser.request("POST", `/v1/fairs/${fairId}/schedule-jobs/${version}/publish`);
    expect(published.body.publishedVersion).toBe(version);
    for (const g of GRADUATES) {
      const items = await eventually(async () => {
        const schedule = (await inboxOf(api.deps, g)).filter((n) => n.type === "interview-schedule");
        return schedule.length > 0 ? schedule : undefined;
      });
      expect(items).toHaveLength(1);
      expect(items[0]!.title).toBe(
        g === "g1" ? `Your interview schedule: ${fairInput().name}` : `Jadwal wawancara Anda: ${fairInput().name}`,
      );
    }
    const mine = await grads.g4!.request("GET", `/v1/fairs/${fairId}/interviews/mine`);
    expect(mine.body.items).toHaveLength(2);
    // Never two of one candidate's interviews closer than the gap; never inside booth B's away time.
    const [a, b] = mine.body.items as { startsAt: string; endsAt: string; recruiterId: string }[];
    expect(Date.parse(b!.startsAt) - Date.parse(a!.endsAt)).toBeGreaterThanOrEqual(10 * 60_000);
    expect(mine.body.items[0].local.startsAt).toMatch(/ WIB$/);
    const boothB = await recB.request("GET", `/v1/fairs/${fairId}/booths/rB/interviews`);
    expect(boothB.body.slots[0].free).toBe(0);
    expect(boothB.body.interviews.every((i: { slot: number }) => i.slot !== 0)).toBe(true);
    // The booth sees who is booked, by name (audited), or why not: g6 has not confirmed the import.
    const whoAtB = async (g: string) => {
      const theirs = (await grads[g]!.request("GET", `/v1/fairs/${fairId}/interviews/mine`)).body.items.find(
        (i: { recruiterId: string }) => i.recruiterId === "rB",
      );
      return boothB.body.interviews.find((i: { interviewId: string }) => i.interviewId === theirs.interviewId).graduate;
    };
    expect(await whoAtB("g1")).toEqual({ disclosed: true, name: "Graduate g1", ppkd: "Jakarta Timur" });
    expect(await whoAtB("g6")).toEqual({ disclosed: false, reason: "awaiting-confirmation" });
    expect(boothB.body.interviews.every((i: Record<string, unknown>) => !("graduateName" in i))).toBe(true);
    // A graduate sees the free places only.
    const asGraduate = await grads.g1!.request("GET", `/v1/fairs/${fairId}/booths/rB/interviews`);
    expect(asGraduate.body.slots).toHaveLength(boothB.body.slots.length);
    expect(asGraduate.body.interviews).toEqual([]);
    await new Promise((r) => setTimeout(r, 1500)); // let any duplicate deliveries land
    const titles = [`Your interview schedule: ${fairInput().name}`, `Jadwal wawancara Anda: ${fairInput().name}`];
    const emails = (await outboxOf(api.deps, OPERATOR, "email", { limit: 100 })).items.filter((e) => titles.includes(e.subject));
    expect(emails).toHaveLength(6);
    expect(new Set(emails.map((e) => e.recipientId)).size).toBe(6);
  });

  it("takes 200 concurrent attempts at one free place: exactly one wins", async () => {
    // 200 more registrants at booth A (straight into the table: this test is about the race).
    const d = db(api.deps);
    const racers = Array.from({ length: 200 }, (_, i) => `racer-${String(i).padStart(3, "0")}`);
    const at = new Date().toISOString();
    // They are consenting graduates (the waitlist and the scheduler leave anyone else out).
    await d.graduate
      .put(
        racers.map((graduateId) => ({
          graduateId,
          name: `Racer ${graduateId}`,
          birthDate: "2000-01-01",
          ppkd: "Jakarta Timur",
          language: "id" as const,
          consent: "given" as const,
          credentials: [],
          createdAt: at,
          updatedAt: at,
        })),
      )
      .go({ concurrency: 4 });
    await d.fairRequest
      .put(
        racers.map((graduateId) => ({
          fairId,
          graduateId,
          recruiterId: "rA",
          vacancyIds: [vA],
          preference: 1,
          matchScore: 50,
          registeredAt: new Date().toISOString(),
        })),
      )
      .go({ concurrency: 4 });
    const boothA = await recA.request("GET", `/v1/fairs/${fairId}/booths/rA/interviews`);
    const free = boothA.body.slots.find((s: { free: number }) => s.free === 1);
    const callers = await Promise.all(racers.map((sub) => api.as({ sub, role: "graduate" })));
    const results = await Promise.all(
      callers.map((c) => c.request("POST", `/v1/fairs/${fairId}/bookings`, { recruiterId: "rA", slot: free.slot })),
    );
    const won = results.filter((r) => r.status === 201);
    expect(won).toHaveLength(1);
    expect(results.filter((r) => r.status === 409)).toHaveLength(199);
    // Losers learn the place is taken (or, after many lost races in a row, to try again).
    for (const r of results.filter((x) => x.status === 409)) expect(["slot_taken", "busy"]).toContain(r.body.code);
    const after = await recA.request("GET", `/v1/fairs/${fairId}/booths/rA/interviews`);
    expect(after.body.interviews.filter((i: { slot: number }) => i.slot === free.slot)).toHaveLength(1);
    // The winner cannot take a second place at the same booth.
    const winner = callers[results.indexOf(won[0]!)]!;
    const again = await winner.request("POST", `/v1/fairs/${fairId}/bookings`, { recruiterId: "rA", slot: free.slot + 1 });
    expect(again.body.code).toBe("candidate_busy");
  });

  it("offers a cancelled place to the booth's waitlist; the offer can be accepted once", async () => {
    const before = (await grads.g3!.request("GET", `/v1/fairs/${fairId}/interviews/mine`)).body.items;
    const atA = before.find((i: { recruiterId: string }) => i.recruiterId === "rA");
    expect((await grads.g3!.request("DELETE", `/v1/fairs/${fairId}/interviews/mine/rA`)).status).toBe(204);
    // The best-placed waiting racer (all equal: by id) without a place at booth A gets the offer.
    const offer = await eventually(async () => {
      const { data } = await db(api.deps)
        .interview.get({ fairId, scheduleVersion: version, recruiterId: "rA", slot: atA.slot, table: atA.table })
        .go();
      return data?.state === "offered" ? data : undefined;
    });
    expect(offer.graduateId).toMatch(/^racer-/);
    const offered = await api.as({ sub: offer.graduateId, role: "graduate" });
    const notices = await eventually(async () => {
      const items = await inboxOf(api.deps, offer.graduateId, 10);
      return items.length > 0 ? items : undefined;
    });
    expect(notices.map((n) => n.type)).toEqual(["slot-offered"]);
    const someoneElse = await api.as({ sub: "racer-199", role: "graduate" });
    const path = `/v1/fairs/${fairId}/offers/rA/${atA.slot}/${atA.table}`;
    expect((await someoneElse.request("POST", path, { accept: true })).status).toBe(404);
    const accepted = await offered.request("POST", path, { accept: true });
    expect(accepted.status, JSON.stringify(accepted.body)).toBe(200);
    expect(accepted.body.state).toBe("booked");
    expect((await offered.request("POST", path, { accept: true })).status).toBe(404);
  });

  it("reminds 24 h and 1 h before, each once", async () => {
    const first = (await grads.g4!.request("GET", `/v1/fairs/${fairId}/interviews/mine`)).body.items[0];
    const start = Date.parse(first.startsAt);
    for (let i = 0; i < 2; i++) await fairClockTick(api.deps, start - 24 * 3_600_000 - 60_000, start - 24 * 3_600_000);
    await fairClockTick(api.deps, start - 3_600_000 - 60_000, start - 3_600_000);
    const reminders = await eventually(async () => {
      const r = (await inboxOf(api.deps, "g4")).filter((n) => n.type.startsWith("interview-reminder"));
      return r.length >= 2 ? r : undefined;
    });
    await new Promise((r) => setTimeout(r, 1000));
    const items = await inboxOf(api.deps, "g4");
    expect(items.filter((n) => n.type === "interview-reminder-24h")).toHaveLength(1);
    expect(items.filter((n) => n.type === "interview-reminder-1h")).toHaveLength(1);
    expect(reminders[0]!.body).toContain("WIB");
  });

  it("reschedules atomically, lets the booth remove a place, and passes declined or expired offers down the waitlist", async () => {
    // Reschedule: g5 moves their booth-B interview to a free slot; the old one is free again.
    const mine = (await grads.g5!.request("GET", `/v1/fairs/${fairId}/interviews/mine`)).body.items;
    const atB = mine.find((i: { recruiterId: string }) => i.recruiterId === "rB");
    const other = mine.find((i: { recruiterId: string }) => i.recruiterId !== "rB");
    const boothB = (await recB.request("GET", `/v1/fairs/${fairId}/booths/rB/interviews`)).body;
    const gap = 10 * 60_000;
    const target = boothB.slots.find(
      (s: { slot: number; free: number; startsAt: string }) =>
        s.free > 0 &&
        s.slot !== atB.slot &&
        (!other || Math.abs(Date.parse(s.startsAt) - Date.parse(other.startsAt)) >= 15 * 60_000 + gap),
    );
    const moved = await grads.g5!.request("POST", `/v1/fairs/${fairId}/interviews/mine/rB/reschedule`, { slot: target.slot });
    expect(moved.status, JSON.stringify(moved.body)).toBe(200);
    expect(moved.body.slot).toBe(target.slot);
    const after = (await recB.request("GET", `/v1/fairs/${fairId}/booths/rB/interviews`)).body;
    expect(after.interviews.filter((i: { graduateId: string }) => i.graduateId === "g5")).toHaveLength(1);
    expect(after.slots[atB.slot].free).toBe(boothB.slots[atB.slot].free + 1);

    // The booth removes g2's place: g2 is told, and the place cannot be booked.
    const g2AtB = (await grads.g2!.request("GET", `/v1/fairs/${fairId}/interviews/mine`)).body.items.find(
      (i: { recruiterId: string }) => i.recruiterId === "rB",
    );
    const removed = await recB.request("DELETE", `/v1/fairs/${fairId}/booths/rB/interviews/${g2AtB.slot}/${g2AtB.table}`);
    expect(removed.body.notified).toBe(1);
    expect(
      (await grads.g2!.request("GET", `/v1/fairs/${fairId}/interviews/mine`)).body.items.map(
        (i: { recruiterId: string }) => i.recruiterId,
      ),
    ).not.toContain("rB");
    await eventually(async () =>
      (await inboxOf(api.deps, "g2")).some((n) => n.type === "interview-cancelled") ? true : undefined,
    );
    expect((await recA.request("DELETE", `/v1/fairs/${fairId}/booths/rB/interviews/${g2AtB.slot}/${g2AtB.table}`)).status).toBe(
      404,
    );

    // g1 cancels at booth A: the first in line declines, the next lets it expire, the one after gets it.
    const g1AtA = (await grads.g1!.request("GET", `/v1/fairs/${fairId}/interviews/mine`)).body.items.find(
      (i: { recruiterId: string }) => i.recruiterId === "rA",
    );
    const key = { fairId, scheduleVersion: version, recruiterId: "rA", slot: g1AtA.slot, table: g1AtA.table };
    const offerTo = (not: string[]) =>
      eventually(async () => {
        const { data } = await db(api.deps).interview.get(key).go();
        return data?.state === "offered" && !not.includes(data.graduateId) ? data : undefined;
        // Each offer is a hop through the outbox, the stream relay and the schedule worker: slow under a loaded CI.
      }, 25_000);
    expect((await grads.g1!.request("DELETE", `/v1/fairs/${fairId}/interviews/mine/rA`)).status).toBe(204);
    const first = await offerTo([]);
    const path = `/v1/fairs/${fairId}/offers/rA/${key.slot}/${key.table}`;
    const declined = await (await api.as({ sub: first.graduateId, role: "graduate" })).request("POST", path, { accept: false });
    expect(declined.body).toEqual({
      declined: true,
      interviewId: `rA~${key.slot}~${key.table}`,
      recruiterId: "rA",
      slot: key.slot,
      table: key.table,
    });
    const second = await offerTo([first.graduateId]);
    expect(second.graduateId).not.toBe(first.graduateId);
    // Its deadline passes: the expiry (normally a delayed message) hands it on.
    const later = { ...api.deps, now: () => new Date(Date.parse(second.offerExpires!) + 1000) };
    expect(
      await expireOffer(later, {
        type: "offer-expiry",
        id: "x",
        fairId,
        version,
        recruiterId: "rA",
        slot: key.slot,
        table: key.table,
        graduateId: second.graduateId,
        expiresAt: second.offerExpires!,
      }),
    ).toBe("reoffered");
    const third = await offerTo([first.graduateId, second.graduateId]);
    expect([first.graduateId, second.graduateId]).not.toContain(third.graduateId);
    // The expired offer can no longer be accepted by the one who let it pass.
    expect(
      (await (await api.as({ sub: second.graduateId, role: "graduate" })).request("POST", path, { accept: true })).status,
    ).toBe(404);
  }, 90_000);

  it("serves the candidate's calendar with the fair's VTIMEZONE, and CSV exports", async () => {
    const res = await grads.g4!.client.GET("/v1/fairs/{fairId}/interviews/mine.ics", {
      params: { path: { fairId } },
      parseAs: "text",
    });
    const ics = res.data ?? "";
    expect(res.response.headers.get("content-type")).toContain("text/calendar");
    expect(ics).toContain("BEGIN:VTIMEZONE\r\nTZID:Asia/Jakarta");
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(2);
    expect(ics).toMatch(/DTSTART;TZID=Asia\/Jakarta:\d{8}T(09|10)\d{4}/);
    const csv =
      (
        await recA.client.GET("/v1/fairs/{fairId}/booths/{recruiterId}/schedule.csv", {
          params: { path: { fairId, recruiterId: "rA" } },
          parseAs: "text",
        })
      ).data ?? "";
    const lines = csv.trim().split("\r\n");
    expect(lines[0]).toBe("start,end,table,interview_id,graduate_id,graduate_name,state,outcome");
    const boothA = (await recA.request("GET", `/v1/fairs/${fairId}/booths/rA/interviews`)).body;
    expect(lines).toHaveLength(1 + boothA.interviews.length); // a row for every place: booked, offered, removed
    const qr = await grads.g4!.client.GET("/v1/fairs/{fairId}/interviews/mine/{recruiterId}/qr.svg", {
      params: { path: { fairId, recruiterId: "rA" } },
      parseAs: "text",
    });
    expect(qr.response.headers.get("content-type")).toBe("image/svg+xml");
    expect(qr.data).toContain("<svg");
  });

  it("checks in by signed code (forgeries refused), marks no-shows, records outcomes that move applications", async () => {
    const mine = (await grads.g4!.request("GET", `/v1/fairs/${fairId}/interviews/mine`)).body.items;
    const atA = mine.find((i: { recruiterId: string }) => i.recruiterId === "rA");
    const forged = atA.checkInCode.replace(/.$/, (c: string) => (c === "A" ? "B" : "A"));
    expect((await recA.request("POST", `/v1/fairs/${fairId}/check-ins`, { code: forged })).body.code).toBe("invalid_code");
    expect((await recB.request("POST", `/v1/fairs/${fairId}/check-ins`, { code: atA.checkInCode })).body.code).toBe(
      "other_booth",
    );
    const ok = await recA.request("POST", `/v1/fairs/${fairId}/check-ins`, { code: atA.checkInCode });
    expect(ok.status, JSON.stringify(ok.body)).toBe(200);
    expect(ok.body).toMatchObject({ state: "checked-in", alreadyCheckedIn: false });
    expect((await recA.request("POST", `/v1/fairs/${fairId}/check-ins`, { code: atA.checkInCode })).body.alreadyCheckedIn).toBe(
      true,
    );
    expect(ok.body.graduate).toEqual({ disclosed: true, name: "Graduate g4", ppkd: "Jakarta Timur" });

    // g6 was registered by the organiser and never confirmed: checking in at the booth is their own act.
    // It confirms the registration and applies (as "apply anyway"); only then does the booth see them.
    const g6AtB = (await grads.g6!.request("GET", `/v1/fairs/${fairId}/interviews/mine`)).body.items.find(
      (i: { recruiterId: string }) => i.recruiterId === "rB",
    );
    const byField = <T extends { role: string }>(items: T[]) => items.filter((r) => r.role !== "operator");
    expect(byField((await grads.g6!.request("GET", "/v1/graduates/me/data-access")).body.items)).toEqual([]);
    expect((await otherOrganiser.request("POST", `/v1/fairs/${fairId}/check-ins`, { code: g6AtB.checkInCode })).status).toBe(404);
    const g6In = await recB.request("POST", `/v1/fairs/${fairId}/check-ins`, { code: g6AtB.checkInCode });
    expect(g6In.status, JSON.stringify(g6In.body)).toBe(200);
    expect(g6In.body).toMatchObject({
      state: "checked-in",
      alreadyCheckedIn: false,
      graduate: { disclosed: true, name: "Graduate g6", ppkd: "Jakarta Timur" },
    });
    const g6Registration = (await grads.g6!.request("GET", `/v1/fairs/${fairId}/registration`)).body;
    expect(g6Registration).toMatchObject({ source: "import", confirmed: true });
    expect(g6Registration.requests.every((r: { confirmed: boolean }) => r.confirmed === true)).toBe(true);
    const g6Applications = (await grads.g6!.request("GET", "/v1/graduates/me/applications")).body.items;
    expect(g6Applications).toHaveLength(1);
    expect(g6Applications[0]).toMatchObject({ vacancyId: vB, state: "applied" });
    expect(g6Applications[0].history[0]).toMatchObject({ to: "applied", by: "g6", role: "graduate", via: "check-in" });
    const atBooth = await recB.request("GET", `/v1/fairs/${fairId}/booths/rB/registrants?limit=100`);
    expect(atBooth.body.items.find((r: { graduateId: string }) => r.graduateId === "g6")).toMatchObject({
      confirmed: true,
      graduate: { disclosed: true, name: "Graduate g6" },
    });
    const g6Reads = byField((await grads.g6!.request("GET", "/v1/graduates/me/data-access?limit=100")).body.items);
    expect(g6Reads.length).toBeGreaterThan(0);
    expect(g6Reads.every((r: { recruiterId?: string; role: string }) => r.recruiterId === "rB")).toBe(true);

    // No-shows: every other booked interview of the fair's first day, once the grace period passed.
    const lastStart = Date.parse(`${in_(3)}T10:45:00+07:00`);
    const first = Date.parse(`${in_(3)}T09:00:00+07:00`);
    const { noShows } = await fairClockTick(api.deps, first + 15 * 60_000 - 1, lastStart + 15 * 60_000);
    expect(noShows).toBeGreaterThan(0);

    const outcomePath = `/v1/fairs/${fairId}/interviews/${encodeURIComponent(atA.interviewId)}/outcome`;
    expect((await recB.request("POST", outcomePath, { outcome: "offer" })).status).toBe(404);
    const recorded = await recA.request("POST", outcomePath, { outcome: "offer" });
    expect(recorded.status, JSON.stringify(recorded.body)).toBe(200);
    expect((await recA.request("POST", outcomePath, { outcome: "offer" })).status).toBe(200);
    expect((await recA.request("POST", outcomePath, { outcome: "reject" })).body.code).toBe("outcome_recorded");
    const application = await grads.g4!.request("GET", `/v1/applications/${encodeURIComponent(`${vA}~g4`)}`);
    expect(application.body.state).toBe("offered");
    expect(application.body.history.map((h: { to: string }) => h.to)).toEqual(["applied", "interview", "offered"]);

    const report = await organiser.request("GET", `/v1/fairs/${fairId}/report`);
    expect(report.body).toMatchObject({
      registrations: 6,
      attended: 2,
      noShows,
      cancellations: 2,
      interviews: { requested: 11, scheduled: 11, candidatesWithInterview: 6 },
      outcomes: { vacancy: { [vA]: { offer: 1 } }, country: { JP: { offer: 1 } } },
    });
    expect((await recA.request("GET", `/v1/fairs/${fairId}/report`)).status).toBe(403);
    // Staff read reports (aggregates); another organiser does not see this fair's.
    const forStaff = await staff.request("GET", `/v1/fairs/${fairId}/report`);
    expect(forStaff.status).toBe(200);
    expect(forStaff.body).toEqual(report.body);
    expect((await otherOrganiser.request("GET", `/v1/fairs/${fairId}/report`)).status).toBe(404);
  });
});
