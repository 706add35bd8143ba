import type { Schemas } from "@jalur/client";
import { addDays, dateInZone } from "@jalur/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Caller, eventually, startApi } from "../support/api.ts";

const today = dateInZone(new Date());
const in_ = (days: number) => addDays(today, days);

function weldingVacancy(overrides: Partial<Schemas["VacancyInput"]> = {}): Schemas["VacancyInput"] {
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

const profile = (name: string): Schemas["GraduateProfileInput"] => ({
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

  const candidates = (who: Caller, query: { limit?: number; cursor?: string } = {}) =>
    who.client.GET("/v1/vacancies/{vacancyId}/candidates", { params: { path: { vacancyId }, query } });
  const publish = (id: string) =>
    recruiter.client.POST("/v1/vacancies/{vacancyId}/publish", { params: { path: { vacancyId: id } } });

  beforeAll(async () => {
    api = await startApi();
    staff = await api.as({ sub: "staff-1", role: "staff" });
    const org = await staff.client.POST("/v1/recruiters", {
      body: {
        name: "PT Mitra Kerja Nippon",
        kind: "p3mi",
        licence: { number: "SIP3MI/771/2026", validFrom: in_(-100), validUntil: in_(250) },
      },
    });
    expect(org.response.status).toBe(201);
    recruiterId = org.data?.recruiterId as string;
    const licence = await staff.client.POST("/v1/staff/licence-reviews/{recruiterId}", {
      params: { path: { recruiterId } },
      body: { verified: true },
    });
    expect(licence.response.status).toBe(200);
    const other = await staff.client.POST("/v1/recruiters", { body: { name: "PT Lain", kind: "p3mi" } });
    recruiter = await api.as({ sub: "rec-1", role: "recruiter", org: recruiterId });
    otherRecruiter = await api.as({ sub: "rec-2", role: "recruiter", org: other.data?.recruiterId });
    budi = await api.as({ sub: "budi", role: "graduate" });
    sari = await api.as({ sub: "sari", role: "graduate" });

    // Budi: verified GTAW 6G pipe (covers 3G plate) and JLPT N3. Sari: GTAW 3G but only JLPT N5.
    for (const [who, name] of [
      [budi, "Budi Santoso"],
      [sari, "Sari Lestari"],
    ] as const) {
      expect((await who.client.POST("/v1/graduates/me", { body: profile(name) })).response.status).toBe(201);
      expect((await who.client.PUT("/v1/graduates/me/consent", { body: { given: true } })).response.status).toBe(200);
    }
    const credentials: [Caller, string, Omit<Schemas["CredentialInput"], "issuer" | "number" | "evidenceRef">][] = [
      [budi, "budi", { skill: "weld.141", welding: { positions: ["pipe-6G"] }, issuedOn: in_(-60), lastConfirmedOn: in_(-10) }],
      [budi, "budi", { skill: "lang.ja.jlpt", level: "N3", issuedOn: in_(-200) }],
      [sari, "sari", { skill: "lang.ja.jlpt", level: "N5", issuedOn: in_(-200) }],
      [sari, "sari", { skill: "weld.141", welding: { positions: ["plate-3G"] }, issuedOn: in_(-30) }],
    ];
    for (const [who, sub, c] of credentials) {
      const added = await who.client.POST("/v1/graduates/me/credentials", {
        body: { issuer: "PPKD Jakarta Timur", number: `N-${Math.random()}`, evidenceRef: "scan://1", ...c },
      });
      expect(added.response.status, JSON.stringify(added.error)).toBe(201);
      expect(added.data?.verification).toBe("pending");
      const reviewed = await staff.client.POST("/v1/staff/credential-reviews/{graduateId}/{credentialId}", {
        params: { path: { graduateId: sub, credentialId: added.data?.id as string } },
        body: { verification: "verified" },
      });
      expect(reviewed.response.status).toBe(200);
    }

    const draft = await recruiter.client.POST("/v1/vacancies", { body: weldingVacancy() });
    expect(draft.response.status, JSON.stringify(draft.error)).toBe(201);
    vacancyId = draft.data?.vacancyId as string;
    const published = await publish(vacancyId);
    expect(published.response.status, JSON.stringify(published.error)).toBe(200);
  });
  afterAll(async () => api?.stop());

  it("shows Budi the vacancy in his matches, with a per-requirement explanation", async () => {
    const match = await eventually(async () => {
      const { data } = await budi.client.GET("/v1/graduates/me/matches");
      return data?.items.find((m) => m.vacancyId === vacancyId);
    });
    expect(match).toMatchObject({ eligible: true, missingRequired: 0 });
    expect(match.lines.map((l) => [l.requirementId, l.outcome])).toEqual([
      ["tig", "met"],
      ["jlpt", "met"],
      ["n3", "met"],
    ]);
  });

  it("shows Sari what she is missing", async () => {
    const match = await eventually(async () => {
      const { data } = await sari.client.GET("/v1/graduates/me/matches");
      return data?.items.find((m) => m.vacancyId === vacancyId);
    });
    expect(match.eligible).toBe(false);
    const jlpt = match.lines.find((l) => l.requirementId === "jlpt");
    expect(jlpt?.explanation.en).toBe("JLPT N4 or higher needed; you hold JLPT N5");
  });

  it("ranks candidates for the vacancy's recruiter only; others get 404", async () => {
    const page = await eventually(async () => {
      const { data } = await candidates(recruiter);
      return data?.items.length === 2 ? data : undefined;
    });
    expect(page.items.map((c) => c.graduateId)).toEqual(["budi", "sari"]);
    expect(page.items[0]?.graduate).toEqual({ disclosed: true, name: "Budi Santoso", ppkd: "Jakarta Timur" });
    expect(page.items[0]).not.toHaveProperty("phone");
    expect(page.items[0]).not.toHaveProperty("graduateName");
    expect((await candidates(otherRecruiter)).response.status).toBe(404);
    expect((await candidates(budi)).response.status).toBe(403);
  });

  it("sends Budi one 'new vacancy for you' notice, in his language", async () => {
    const matches = await eventually(async () => {
      const { data } = await budi.client.GET("/v1/graduates/me/notifications");
      const found = data?.items.filter((n) => n.type === "vacancy-match");
      return found?.length ? found : undefined;
    });
    expect(matches).toHaveLength(1);
    expect(matches[0]).toMatchObject({ type: "vacancy-match", title: "A new vacancy for you", language: "en" });
    expect(matches[0]?.body).toContain("TIG welder, shipyard (JP)");
    const sariInbox = await sari.client.GET("/v1/graduates/me/notifications");
    expect(sariInbox.data?.items.filter((n) => n.type === "vacancy-match")).toEqual([]);
  });

  it("tells each graduate, once per review, that staff reviewed their credential", async () => {
    const reviewed = await eventually(async () => {
      const { data } = await budi.client.GET("/v1/graduates/me/notifications");
      const found = data?.items.filter((n) => n.type === "credential-reviewed");
      return found?.length === 2 ? found : undefined;
    });
    expect(reviewed.map((n) => n.title).sort()).toEqual([
      "Credential reviewed: Japanese (JLPT)",
      "Credential reviewed: TIG (GTAW) welding (141)",
    ]);
    expect(reviewed[0]?.body).toContain(": verified.");
  });

  it("lets an eligible graduate apply; the recruiter then sees contact details and moves the application", async () => {
    const applied = await budi.client.POST("/v1/vacancies/{vacancyId}/applications", {
      params: { path: { vacancyId } },
      body: {},
    });
    expect(applied.response.status, JSON.stringify(applied.error)).toBe(201);
    expect(applied.data).toMatchObject({ state: "applied", applyAnyway: false });
    const applicationId = `${vacancyId}~budi`;
    const read = (who: Caller) => who.client.GET("/v1/applications/{applicationId}", { params: { path: { applicationId } } });
    const move = (who: Caller, to: Schemas["ApplicationTransitionInput"]["to"]) =>
      who.client.POST("/v1/applications/{applicationId}/transitions", { params: { path: { applicationId } }, body: { to } });

    const seen = await read(recruiter);
    expect(seen.response.status).toBe(200);
    expect(seen.data?.graduate).toEqual({
      disclosed: true,
      name: "Budi Santoso",
      ppkd: "Jakarta Timur",
      phone: "+6281298765432",
    });
    expect(seen.data?.graduate).not.toHaveProperty("nik");

    expect((await move(recruiter, "shortlisted")).response.status).toBe(200);
    const offered = await move(recruiter, "offered");
    expect(offered.response.status).toBe(409);
    expect(offered.error?.code).toBe("no_such_transition");
    const byGraduate = await move(budi, "interview");
    expect(byGraduate.response.status).toBe(403);

    const history = (await read(budi)).data?.history;
    expect(history?.map((h) => `${h.to}/${h.role}`)).toEqual(["applied/graduate", "shortlisted/recruiter"]);
    expect((await read(otherRecruiter)).response.status).toBe(404);
    expect((await read(sari)).response.status).toBe(404);
  });

  it("records every read of Budi's personal data by the recruiter (his name in a list, his contact details), and shows him", async () => {
    const reads = await budi.client.GET("/v1/graduates/me/data-access");
    const what = reads.data?.items.map((r) => r.what);
    expect(what).toContain(`contact details via application ${vacancyId}~budi`);
    expect(what).toContain(`name in the candidate list of vacancy ${vacancyId}`);
    for (const read of reads.data?.items ?? []) expect(read).toMatchObject({ reader: "rec-1", role: "recruiter", recruiterId });
  });

  it("reports demand against verified supply for staff", async () => {
    const report = await staff.client.GET("/v1/staff/demand", { params: { query: { country: "JP" } } });
    expect(report.response.status).toBe(200);
    const row = (skill: string) => report.data?.items.find((r) => r.skill === skill && r.importance === "required");
    expect(row("lang.ja.jlpt")).toMatchObject({ minimum: "N4", vacancies: 1, openings: 5, holders: 1, shortfall: 4 });
    expect(row("weld.141")).toMatchObject({ minimum: "plate-3G", vacancies: 1, openings: 5, holders: 2, shortfall: 3 });
    expect((await recruiter.client.GET("/v1/staff/demand")).response.status).toBe(403);
  });

  it("refuses an ineligible application unless the graduate says 'apply anyway', and flags it", async () => {
    const apply = (body: Schemas["ApplyInput"]) =>
      sari.client.POST("/v1/vacancies/{vacancyId}/applications", { params: { path: { vacancyId } }, body });
    const refused = await apply({});
    expect(refused.response.status).toBe(422);
    expect(refused.error?.code).toBe("not_eligible");
    expect(refused.error?.detail).toContain("JLPT N4 or higher needed; you hold JLPT N5");
    const anyway = await apply({ applyAnyway: true });
    expect(anyway.response.status).toBe(201);
    expect(anyway.data).toMatchObject({ applyAnyway: true, eligibleAtApply: false });
    expect((await apply({ applyAnyway: true })).response.status).toBe(409);
  });

  it("refuses an unlawful vacancy with every violation, and leaves it a draft", async () => {
    const draft = await recruiter.client.POST("/v1/vacancies", {
      body: weldingVacancy({
        country: "KH",
        sector: "domestic-work",
        jobOrderRef: undefined,
        salary: { amount: 150, currency: "USD", period: "month" },
        costs: [{ item: "agency_fee", amount: { amount: 500, currency: "USD" }, paidBy: "worker" }],
      }),
    });
    expect(draft.response.status).toBe(201);
    const id = draft.data?.vacancyId as string;
    const refused = await publish(id);
    expect(refused.response.status).toBe(422);
    expect(refused.response.headers.get("content-type")).toContain("application/problem+json");
    // The 422 of publishing is documented as a ComplianceRefusal; the client types every error status as one union.
    const problem = refused.error as Schemas["ComplianceRefusal"] | undefined;
    expect(problem?.code).toBe("vacancy_not_compliant");
    expect(problem?.violations.map((v) => v.code).sort()).toEqual([
      "destination_barred",
      "job_order_missing",
      "worker_cost_in_exempt_sector",
    ]);
    expect(problem?.violations[0]?.message).toHaveProperty("id");
    const after = await recruiter.client.GET("/v1/vacancies/{vacancyId}", { params: { path: { vacancyId: id } } });
    expect(after.data?.state).toBe("draft");
    expect(
      (await api.anonymous.client.GET("/v1/vacancies/{vacancyId}", { params: { path: { vacancyId: id } } })).response.status,
    ).toBe(404);
  });

  it("lists open vacancies publicly by country and by skill", async () => {
    const list = async (query: { country?: string; skill?: string }) =>
      (await api.anonymous.client.GET("/v1/vacancies", { params: { query } })).data?.items;
    expect((await list({ country: "JP" }))?.map((v) => v.vacancyId)).toContain(vacancyId);
    expect((await list({ skill: "weld.141" }))?.map((v) => v.vacancyId)).toEqual([vacancyId]);
    expect(await list({ country: "KH" })).toEqual([]);
    expect((await api.anonymous.client.GET("/v1/vacancies")).response.status).toBe(400);
  });

  it("pages with an opaque cursor and answers a bad one with 400", async () => {
    const first = await candidates(recruiter, { limit: 1 });
    expect(first.data?.items).toHaveLength(1);
    expect(first.data?.cursor).toEqual(expect.any(String));
    const second = await candidates(recruiter, { limit: 1, cursor: first.data?.cursor });
    expect(second.data?.items).toHaveLength(1);
    expect(second.data?.items[0]?.graduateId).not.toBe(first.data?.items[0]?.graduateId);
    for (const cursor of ["garbage!!", "eyJwayI6IngifQ", first.data?.cursor as string]) {
      const res = await budi.client.GET("/v1/graduates/me/matches", { params: { query: { cursor } } });
      expect(res.response.status, cursor).toBe(400);
      expect(res.error?.code).toBe("invalid_cursor");
    }
    expect((await candidates(recruiter, { limit: 500 })).response.status).toBe(400);
  });

  it("answers a stale version with 409 and changes nothing", async () => {
    const me = (await sari.client.GET("/v1/graduates/me")).data!;
    const { name, birthDate, ppkd, language } = me;
    const first = await sari.client.PUT("/v1/graduates/me", {
      body: { name: "Sari L.", birthDate, ppkd, language, version: me.version },
    });
    expect(first.response.status).toBe(200);
    const stale = await sari.client.PUT("/v1/graduates/me", { body: { name, birthDate, ppkd, language, version: me.version } });
    expect(stale.response.status).toBe(409);
    expect(stale.error?.code).toBe("version_conflict");
    expect((await sari.client.GET("/v1/graduates/me")).data?.name).toBe("Sari L.");
  });

  it("replays a creating POST sent twice with the same Idempotency-Key", async () => {
    const create = (title: string) =>
      recruiter.client.POST("/v1/vacancies", { body: weldingVacancy({ title }), headers: { "idempotency-key": "k-123" } });
    const a = await create("Idempotent draft");
    const b = await create("Idempotent draft");
    expect(a.response.status).toBe(201);
    expect(b.response.status).toBe(201);
    expect(b.data?.vacancyId).toBe(a.data?.vacancyId);
    expect(b.response.headers.get("idempotent-replayed")).toBe("true");
    const c = await create("Another");
    expect(c.response.status).toBe(422);
    expect(c.error?.code).toBe("idempotency_key_reused");
  });

  it("removes a closed vacancy's matches and takes it off the listing", async () => {
    const draft = await recruiter.client.POST("/v1/vacancies", { body: weldingVacancy({ title: "Short-lived" }) });
    const id = draft.data?.vacancyId as string;
    expect((await publish(id)).response.status).toBe(200);
    const matched = async () => {
      const { data } = await budi.client.GET("/v1/graduates/me/matches");
      expect(data).toBeDefined();
      return data?.items.some((m) => m.vacancyId === id);
    };
    await eventually(async () => ((await matched()) ? true : undefined));
    const closed = await recruiter.client.POST("/v1/vacancies/{vacancyId}/close", {
      params: { path: { vacancyId: id } },
      body: { state: "filled" },
    });
    expect(closed.response.status).toBe(200);
    await eventually(async () => ((await matched()) ? undefined : true));
    const listed = await api.anonymous.client.GET("/v1/vacancies", { params: { query: { skill: "weld.141" } } });
    expect(listed.data?.items.map((v) => v.vacancyId)).not.toContain(id);
    expect((await publish(id)).response.status).toBe(409);
  });

  it("hides a graduate's personal data from every recruiter view at once when consent is withdrawn", async () => {
    const applicationsOf = () =>
      recruiter.client.GET("/v1/vacancies/{vacancyId}/applications", { params: { path: { vacancyId } } });
    const before = await candidates(recruiter);
    expect(before.data?.items.map((c) => c.graduateId)).toContain("sari");
    const applications = await applicationsOf();
    const shown = applications.data?.items.find((a) => a.graduateId === "sari")?.graduate;
    expect(shown).toMatchObject({ disclosed: true, name: expect.stringMatching(/^Sari/) });
    const shownName = (shown as Schemas["DisclosedGraduate"]).name;

    expect((await sari.client.PUT("/v1/graduates/me/consent", { body: { given: false } })).response.status).toBe(200);

    // From the very next read: not a candidate, "consent withdrawn" in the applications, no contact details.
    const after = await candidates(recruiter);
    expect(after.data?.items.map((c) => c.graduateId)).not.toContain("sari");
    const listed = await applicationsOf();
    const sariApplication = listed.data?.items.find((a) => a.graduateId === "sari");
    expect(sariApplication?.graduate).toEqual({ disclosed: false, reason: "consent-withdrawn" });
    expect(JSON.stringify(listed.data)).not.toContain(shownName);
    const read = await recruiter.client.GET("/v1/applications/{applicationId}", {
      params: { path: { applicationId: `${vacancyId}~sari` } },
    });
    expect(read.data?.graduate).toEqual({ disclosed: false, reason: "consent-withdrawn" });
    expect(JSON.stringify(read.data)).not.toContain(shownName);
    expect(JSON.stringify(read.data)).not.toContain("+62");
    // The match worker then removes her matches and holdings.
    await eventually(async () => {
      const { data } = await sari.client.GET("/v1/graduates/me/matches");
      return data?.items.length === 0 ? true : undefined;
    });
  });
});
