import { addDays, dateInZone } from "@jalur/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Caller, eventually, startApi } from "../support/api.ts";

const today = dateInZone(new Date());
const in_ = (days: number) => addDays(today, days);

function weldingVacancy(overrides: Record<string, unknown> = {}) {
  return {
    title: "TIG welder, shipyard",
    country: "JP",
    sector: "shipbuilding",
    scheme: "P-to-P",
    program: "jp-ssw",
    openings: 5,
    salary: { amount: 260_000, currency: "JPY", period: "month" },
    costs: [{ item: "airfare", amount: { amount: 90_000, currency: "JPY" }, paidBy: "employer" }],
    jobOrderRef: "JO/JP/2026/7781",
    applicationDeadline: in_(30),
    expectedStart: in_(60),
    requirements: [
      { id: "tig", skill: "weld.141", importance: "required", welding: { positions: ["plate-3G"] } },
      { id: "jlpt", skill: "lang.ja.jlpt", importance: "required", minLevel: "N4" },
      { id: "n3", skill: "lang.ja.jlpt", importance: "preferred", minLevel: "N3", weight: 2 },
    ],
    ...overrides,
  };
}

const profile = (name: string) => ({
  name,
  birthDate: "1999-04-02",
  ppkd: "Jakarta Timur",
  language: "en",
  nik: "3175021204990001",
  phone: "+6281298765432",
});

describe("graduates, recruiters, vacancies, applications and matching over HTTP", () => {
  let api: Awaited<ReturnType<typeof startApi>>;
  let staff: Caller;
  let recruiter: Caller;
  let otherRecruiter: Caller;
  let budi: Caller;
  let sari: Caller;
  let recruiterId: string;
  let vacancyId: string;

  beforeAll(async () => {
    api = await startApi();
    staff = await api.as({ sub: "staff-1", role: "staff" });
    const org = await staff.request("POST", "/v1/recruiters", {
      name: "PT Mitra Kerja Nippon",
      kind: "p3mi",
      licence: { number: "SIP3MI/771/2026", validFrom: in_(-100), validUntil: in_(250) },
    });
    expect(org.status).toBe(201);
    recruiterId = org.body.recruiterId;
    expect((await staff.request("POST", `/v1/staff/licence-reviews/${recruiterId}`, { verified: true })).status).toBe(200);
    const other = await staff.request("POST", "/v1/recruiters", { name: "PT Lain", kind: "p3mi" });
    recruiter = await api.as({ sub: "rec-1", role: "recruiter", org: recruiterId });
    otherRecruiter = await api.as({ sub: "rec-2", role: "recruiter", org: other.body.recruiterId });
    budi = await api.as({ sub: "budi", role: "graduate" });
    sari = await api.as({ sub: "sari", role: "graduate" });

    // Budi: verified GTAW 6G pipe (covers 3G plate) and JLPT N3. Sari: GTAW 3G but only JLPT N5.
    for (const [who, name] of [
      [budi, "Budi Santoso"],
      [sari, "Sari Lestari"],
    ] as const) {
      expect((await who.request("POST", "/v1/graduates/me", profile(name))).status).toBe(201);
      expect((await who.request("PUT", "/v1/graduates/me/consent", { given: true })).status).toBe(200);
    }
    const credentials: [Caller, string, Record<string, unknown>][] = [
      [budi, "budi", { skill: "weld.141", welding: { positions: ["pipe-6G"] }, issuedOn: in_(-60), lastConfirmedOn: in_(-10) }],
      [budi, "budi", { skill: "lang.ja.jlpt", level: "N3", issuedOn: in_(-200) }],
      [sari, "sari", { skill: "lang.ja.jlpt", level: "N5", issuedOn: in_(-200) }],
      [sari, "sari", { skill: "weld.141", welding: { positions: ["plate-3G"] }, issuedOn: in_(-30) }],
    ];
    for (const [who, sub, c] of credentials) {
      const added = await who.request("POST", "/v1/graduates/me/credentials", {
        issuer: "PPKD Jakarta Timur",
        number: `N-${Math.random()}`,
        evidenceRef: "scan://1",
        ...c,
      });
      expect(added.status, JSON.stringify(added.body)).toBe(201);
      expect(added.body.verification).toBe("pending");
      const reviewed = await staff.request("POST", `/v1/staff/credential-reviews/${sub}/${added.body.id}`, {
        verification: "verified",
      });
      expect(reviewed.status).toBe(200);
    }

    const draft = await recruiter.request("POST", "/v1/vacancies", weldingVacancy());
    expect(draft.status, JSON.stringify(draft.body)).toBe(201);
    vacancyId = draft.body.vacancyId;
    const published = await recruiter.request("POST", `/v1/vacancies/${vacancyId}/publish`);
    expect(published.status, JSON.stringify(published.body)).toBe(200);
  });
  afterAll(async () => api?.stop());

  it("shows Budi the vacancy in his matches, with a per-requirement explanation", async () => {
    const match = await eventually(async () => {
      const res = await budi.request("GET", "/v1/graduates/me/matches");
      return res.body.items.find((m: { vacancyId: string }) => m.vacancyId === vacancyId);
    });
    expect(match).toMatchObject({ eligible: true, missingRequired: 0 });
    expect(match.lines.map((l: { requirementId: string; outcome: string }) => [l.requirementId, l.outcome])).toEqual([
      ["tig", "met"],
      ["jlpt", "met"],
      ["n3", "met"],
    ]);
  });

  it("shows Sari what she is missing", async () => {
    const match = await eventually(async () => {
      const res = await sari.request("GET", "/v1/graduates/me/matches");
      return res.body.items.find((m: { vacancyId: string }) => m.vacancyId === vacancyId);
    });
    expect(match.eligible).toBe(false);
    const jlpt = match.lines.find((l: { requirementId: string }) => l.requirementId === "jlpt");
    expect(jlpt.explanation.en).toBe("JLPT N4 or higher needed; you hold JLPT N5");
  });

  it("ranks candidates for the vacancy's recruiter only; others get 404", async () => {
    const res = await eventually(async () => {
      const r = await recruiter.request("GET", `/v1/vacancies/${vacancyId}/candidates`);
      return r.body.items?.length === 2 ? r : undefined;
    });
    expect(res.body.items.map((c: { graduateId: string }) => c.graduateId)).toEqual(["budi", "sari"]);
    expect(res.body.items[0].graduate).toEqual({ disclosed: true, name: "Budi Santoso", ppkd: "Jakarta Timur" });
    expect(res.body.items[0]).not.toHaveProperty("phone");
    expect(res.body.items[0]).not.toHaveProperty("graduateName");
    expect((await otherRecruiter.request("GET", `/v1/vacancies/${vacancyId}/candidates`)).status).toBe(404);
    expect((await budi.request("GET", `/v1/vacancies/${vacancyId}/candidates`)).status).toBe(403);
  });

  it("sends Budi one 'new vacancy for you' notice, in his language", async () => {
    const matches = await eventually(async () => {
      const res = await budi.request("GET", "/v1/graduates/me/notifications");
      const found = res.body.items.filter((n: { type: string }) => n.type === "vacancy-match");
      return found.length > 0 ? found : undefined;
    });
    expect(matches).toHaveLength(1);
    expect(matches[0]).toMatchObject({ type: "vacancy-match", title: "A new vacancy for you", language: "en" });
    expect(matches[0].body).toContain("TIG welder, shipyard (JP)");
    const sariInbox = await sari.request("GET", "/v1/graduates/me/notifications");
    expect(sariInbox.body.items.filter((n: { type: string }) => n.type === "vacancy-match")).toEqual([]);
  });

  it("tells each graduate, once per review, that staff reviewed their credential", async () => {
    const reviewed = await eventually(async () => {
      const res = await budi.request("GET", "/v1/graduates/me/notifications");
      const found = res.body.items.filter((n: { type: string }) => n.type === "credential-reviewed");
      return found.length === 2 ? found : undefined;
    });
    expect(reviewed.map((n: { title: string }) => n.title).sort()).toEqual([
      "Credential reviewed: Japanese (JLPT)",
      "Credential reviewed: TIG (GTAW) welding (141)",
    ]);
    expect(reviewed[0].body).toContain(": verified.");
  });

  it("lets an eligible graduate apply; the recruiter then sees contact details and moves the application", async () => {
    const applied = await budi.request("POST", `/v1/vacancies/${vacancyId}/applications`, {});
    expect(applied.status, JSON.stringify(applied.body)).toBe(201);
    expect(applied.body).toMatchObject({ state: "applied", applyAnyway: false });
    const id = `${vacancyId}~budi`;

    const seen = await recruiter.request("GET", `/v1/applications/${id}`);
    expect(seen.status).toBe(200);
    expect(seen.body.graduate).toEqual({ disclosed: true, name: "Budi Santoso", ppkd: "Jakarta Timur", phone: "+6281298765432" });
    expect(seen.body.graduate).not.toHaveProperty("nik");

    expect((await recruiter.request("POST", `/v1/applications/${id}/transitions`, { to: "shortlisted" })).status).toBe(200);
    const offered = await recruiter.request("POST", `/v1/applications/${id}/transitions`, { to: "offered" });
    expect(offered.status).toBe(409);
    expect(offered.body.code).toBe("no_such_transition");
    const byGraduate = await budi.request("POST", `/v1/applications/${id}/transitions`, { to: "interview" });
    expect(byGraduate.status).toBe(403);

    const history = (await budi.request("GET", `/v1/applications/${id}`)).body.history;
    expect(history.map((h: { to: string; role: string }) => `${h.to}/${h.role}`)).toEqual([
      "applied/graduate",
      "shortlisted/recruiter",
    ]);
    expect((await otherRecruiter.request("GET", `/v1/applications/${id}`)).status).toBe(404);
    expect((await sari.request("GET", `/v1/applications/${id}`)).status).toBe(404);
  });

  it("records every read of Budi's personal data by the recruiter (his name in a list, his contact details), and shows him", async () => {
    const reads = await budi.request("GET", "/v1/graduates/me/data-access");
    const what = reads.body.items.map((r: { what: string }) => r.what);
    expect(what).toContain(`contact details via application ${vacancyId}~budi`);
    expect(what).toContain(`name in the candidate list of vacancy ${vacancyId}`);
    for (const read of reads.body.items) expect(read).toMatchObject({ reader: "rec-1", role: "recruiter", recruiterId });
  });

  it("reports demand against verified supply for staff", async () => {
    const report = await staff.request("GET", "/v1/staff/demand?country=JP");
    expect(report.status).toBe(200);
    const row = (skill: string) =>
      report.body.items.find((r: { skill: string; importance: string }) => r.skill === skill && r.importance === "required");
    expect(row("lang.ja.jlpt")).toMatchObject({ minimum: "N4", vacancies: 1, openings: 5, holders: 1, shortfall: 4 });
    expect(row("weld.141")).toMatchObject({ minimum: "plate-3G", vacancies: 1, openings: 5, holders: 2, shortfall: 3 });
    expect((await recruiter.request("GET", "/v1/staff/demand")).status).toBe(403);
  });

  it("refuses an ineligible application unless the graduate says 'apply anyway', and flags it", async () => {
    const refused = await sari.request("POST", `/v1/vacancies/${vacancyId}/applications`, {});
    expect(refused.status).toBe(422);
    expect(refused.body.code).toBe("not_eligible");
    expect(refused.body.detail).toContain("JLPT N4 or higher needed; you hold JLPT N5");
    const anyway = await sari.request("POST", `/v1/vacancies/${vacancyId}/applications`, { applyAnyway: true });
    expect(anyway.status).toBe(201);
    expect(anyway.body).toMatchObject({ applyAnyway: true, eligibleAtApply: false });
    expect((await sari.request("POST", `/v1/vacancies/${vacancyId}/applications`, { applyAnyway: true })).status).toBe(409);
  });

  it("refuses an unlawful vacancy with every violation, and leaves it a draft", async () => {
    const draft = await recruiter.request(
      "POST",
      "/v1/vacancies",
      weldingVacancy({
        country: "KH",
        sector: "domestic-work",
        jobOrderRef: undefined,
        salary: { amount: 150, currency: "USD", period: "month" },
        costs: [{ item: "agency_fee", amount: { amount: 500, currency: "USD" }, paidBy: "worker" }],
      }),
    );
    expect(draft.status).toBe(201);
    const refused = await recruiter.request("POST", `/v1/vacancies/${draft.body.vacancyId}/publish`);
    expect(refused.status).toBe(422);
    expect(refused.headers.get("content-type")).toContain("application/problem+json");
    expect(refused.body.code).toBe("vacancy_not_compliant");
    expect(refused.body.violations.map((v: { code: string }) => v.code).sort()).toEqual([
      "destination_barred",
      "job_order_missing",
      "worker_cost_in_exempt_sector",
    ]);
    expect(refused.body.violations[0].message).toHaveProperty("id");
    const after = await recruiter.request("GET", `/v1/vacancies/${draft.body.vacancyId}`);
    expect(after.body.state).toBe("draft");
    expect((await api.anonymous.request("GET", `/v1/vacancies/${draft.body.vacancyId}`)).status).toBe(404);
  });

  it("lists open vacancies publicly by country and by skill", async () => {
    const byCountry = await api.anonymous.request("GET", "/v1/vacancies?country=JP");
    expect(byCountry.body.items.map((v: { vacancyId: string }) => v.vacancyId)).toContain(vacancyId);
    const bySkill = await api.anonymous.request("GET", "/v1/vacancies?skill=weld.141");
    expect(bySkill.body.items.map((v: { vacancyId: string }) => v.vacancyId)).toEqual([vacancyId]);
    expect((await api.anonymous.request("GET", "/v1/vacancies?country=KH")).body.items).toEqual([]);
    expect((await api.anonymous.request("GET", "/v1/vacancies")).status).toBe(400);
  });

  it("pages with an opaque cursor and answers a bad one with 400", async () => {
    const first = await recruiter.request("GET", `/v1/vacancies/${vacancyId}/candidates?limit=1`);
    expect(first.body.items).toHaveLength(1);
    expect(first.body.cursor).toEqual(expect.any(String));
    const second = await recruiter.request(
      "GET",
      `/v1/vacancies/${vacancyId}/candidates?limit=1&cursor=${encodeURIComponent(first.body.cursor)}`,
    );
    expect(second.body.items).toHaveLength(1);
    expect(second.body.items[0].graduateId).not.toBe(first.body.items[0].graduateId);
    for (const cursor of ["garbage!!", "eyJwayI6IngifQ", first.body.cursor]) {
      const res = await budi.request("GET", `/v1/graduates/me/matches?cursor=${encodeURIComponent(cursor)}`);
      expect(res.status, cursor).toBe(400);
      expect(res.body.code).toBe("invalid_cursor");
    }
    expect((await recruiter.request("GET", `/v1/vacancies/${vacancyId}/candidates?limit=500`)).status).toBe(400);
  });

  it("answers a stale version with 409 and changes nothing", async () => {
    const me = (await sari.request("GET", "/v1/graduates/me")).body;
    const { name, birthDate, ppkd, language } = me;
    const first = await sari.request("PUT", "/v1/graduates/me", {
      name: "Sari L.",
      birthDate,
      ppkd,
      language,
      version: me.version,
    });
    expect(first.status).toBe(200);
    const stale = await sari.request("PUT", "/v1/graduates/me", { name, birthDate, ppkd, language, version: me.version });
    expect(stale.status).toBe(409);
    expect(stale.body.code).toBe("version_conflict");
    expect((await sari.request("GET", "/v1/graduates/me")).body.name).toBe("Sari L.");
  });

  it("replays a creating POST sent twice with the same Idempotency-Key", async () => {
    const headers = { "idempotency-key": "k-123" };
    const a = await recruiter.request("POST", "/v1/vacancies", weldingVacancy({ title: "Idempotent draft" }), headers);
    const b = await recruiter.request("POST", "/v1/vacancies", weldingVacancy({ title: "Idempotent draft" }), headers);
    expect(a.status).toBe(201);
    expect(b.status).toBe(201);
    expect(b.body.vacancyId).toBe(a.body.vacancyId);
    expect(b.headers.get("idempotent-replayed")).toBe("true");
    const c = await recruiter.request("POST", "/v1/vacancies", weldingVacancy({ title: "Another" }), headers);
    expect(c.status).toBe(422);
    expect(c.body.code).toBe("idempotency_key_reused");
  });

  it("removes a closed vacancy's matches and takes it off the listing", async () => {
    const draft = await recruiter.request("POST", "/v1/vacancies", weldingVacancy({ title: "Short-lived" }));
    const id = draft.body.vacancyId;
    expect((await recruiter.request("POST", `/v1/vacancies/${id}/publish`)).status).toBe(200);
    await eventually(async () =>
      (await budi.request("GET", "/v1/graduates/me/matches")).body.items.some((m: { vacancyId: string }) => m.vacancyId === id)
        ? true
        : undefined,
    );
    expect((await recruiter.request("POST", `/v1/vacancies/${id}/close`, { state: "filled" })).status).toBe(200);
    await eventually(async () =>
      (await budi.request("GET", "/v1/graduates/me/matches")).body.items.some((m: { vacancyId: string }) => m.vacancyId === id)
        ? undefined
        : true,
    );
    expect(
      (await api.anonymous.request("GET", "/v1/vacancies?skill=weld.141")).body.items.map(
        (v: { vacancyId: string }) => v.vacancyId,
      ),
    ).not.toContain(id);
    expect((await recruiter.request("POST", `/v1/vacancies/${id}/publish`)).status).toBe(409);
  });

  it("hides a graduate's personal data from every recruiter view at once when consent is withdrawn", async () => {
    const before = await recruiter.request("GET", `/v1/vacancies/${vacancyId}/candidates`);
    expect(before.body.items.map((c: { graduateId: string }) => c.graduateId)).toContain("sari");
    const applications = await recruiter.request("GET", `/v1/vacancies/${vacancyId}/applications`);
    const shown = applications.body.items.find((a: { graduateId: string }) => a.graduateId === "sari").graduate;
    expect(shown).toMatchObject({ disclosed: true, name: expect.stringMatching(/^Sari/) });

    expect((await sari.request("PUT", "/v1/graduates/me/consent", { given: false })).status).toBe(200);

    // From the very next read: not a candidate, "consent withdrawn" in the applications, no contact details.
    const after = await recruiter.request("GET", `/v1/vacancies/${vacancyId}/candidates`);
    expect(after.body.items.map((c: { graduateId: string }) => c.graduateId)).not.toContain("sari");
    const listed = await recruiter.request("GET", `/v1/vacancies/${vacancyId}/applications`);
    const sariApplication = listed.body.items.find((a: { graduateId: string }) => a.graduateId === "sari");
    expect(sariApplication.graduate).toEqual({ disclosed: false, reason: "consent-withdrawn" });
    expect(JSON.stringify(listed.body)).not.toContain(shown.name);
    const read = await recruiter.request("GET", `/v1/applications/${vacancyId}~sari`);
    expect(read.body.graduate).toEqual({ disclosed: false, reason: "consent-withdrawn" });
    expect(JSON.stringify(read.body)).not.toContain(shown.name);
    expect(JSON.stringify(read.body)).not.toContain("+62");
    // The match worker then removes her matches and holdings.
    await eventually(async () => {
      const res = await sari.request("GET", "/v1/graduates/me/matches");
      return res.body.items.length === 0 ? true : undefined;
    });
  });
});
