import type { paths, Schemas } from "@jalur/client";
import { addDays, dateInZone, defaultTaxonomy } from "@jalur/domain";
import { aLawfulVacancyInput } from "@jalur/fixtures";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Caller, startApi } from "../support/api.ts";

const today = dateInZone(new Date());

describe("finding skill codes: GET /v1/skills, and refusals that name the code meant", () => {
  let api: Awaited<ReturnType<typeof startApi>>;
  let recruiter: Caller;
  let graduate: Caller;

  beforeAll(async () => {
    api = await startApi();
    const staff = await api.as({ sub: "staff", role: "staff" });
    const org = (
      await staff.client.POST("/v1/recruiters", {
        body: {
          name: "PT Kode",
          kind: "p3mi",
          licence: { number: "SIP3MI/88", validFrom: addDays(today, -10), validUntil: addDays(today, 300) },
        },
      })
    ).data?.recruiterId as string;
    await staff.client.POST("/v1/staff/licence-reviews/{recruiterId}", {
      params: { path: { recruiterId: org } },
      body: { verified: true },
    });
    recruiter = await api.as({ sub: "rec", role: "recruiter", org });
    graduate = await api.as({ sub: "dewi", role: "graduate" });
    await graduate.client.POST("/v1/graduates/me", { body: { name: "Dewi", birthDate: "2001-02-03", ppkd: "Jakarta Timur" } });
  });
  afterAll(async () => api?.stop());

  it("answers anyone, without a token: JLPT finds lang.ja.jlpt with both labels and its levels", async () => {
    const res = await api.anonymous.client.GET("/v1/skills", { params: { query: { q: "JLPT" } } });
    expect(res.response.status).toBe(200);
    const [first] = res.data?.items ?? [];
    expect(first).toMatchObject({
      code: "lang.ja.jlpt",
      label: { id: "Bahasa Jepang (JLPT)", en: "Japanese (JLPT)" },
      family: "language",
      kind: "scale",
    });
    expect(first?.levels?.map((l) => l.code)).toEqual(["N5", "N4", "N3", "N2", "N1"]);
    expect(res.data?.version).toBe(defaultTaxonomy.version);
    // A signed-in caller gets the same.
    expect((await graduate.client.GET("/v1/skills", { params: { query: { q: "JLPT" } } })).data?.items[0]?.code).toBe(
      "lang.ja.jlpt",
    );
  });

  it("finds by process number, label words in either language, and a level in the query", async () => {
    const first = async (q: string) =>
      (await api.anonymous.client.GET("/v1/skills", { params: { query: { q } } })).data?.items[0]?.code;
    expect(await first("las 135")).toBe("weld.135");
    expect(await first("welding 135")).toBe("weld.135");
    expect(await first("bahasa korea")).toBe("lang.ko.topik");
    expect(await first("korean")).toBe("lang.ko.topik");
    expect(await first("jlpt n3")).toBe("lang.ja.jlpt");
    const none = await api.anonymous.client.GET("/v1/skills", { params: { query: { q: "xyz" } } });
    expect(none.response.status).toBe(200);
    expect(none.data).toMatchObject({ items: [], total: 0 });
    expect(none.data?.next).toBeUndefined();
  });

  it("without q lists the whole taxonomy, a page at a time", async () => {
    const codes: string[] = [];
    const page = (offset: number) => api.anonymous.client.GET("/v1/skills", { params: { query: { limit: 20, offset } } });
    let offset: number | undefined = 0;
    for (let pages = 0; offset !== undefined && pages < 10; pages++) {
      const res = await page(offset);
      expect(res.response.status).toBe(200);
      expect(res.data?.items.length).toBeLessThanOrEqual(20);
      expect(res.data?.total).toBe(defaultTaxonomy.skills.length);
      codes.push(...(res.data?.items ?? []).map((s) => s.code));
      offset = res.data?.next;
    }
    expect(codes).toEqual(defaultTaxonomy.skills.map((s) => s.code));
  });

  it("refuses a vacancy asking for skill JLPT, naming lang.ja.jlpt, in English and in Bahasa Indonesia", async () => {
    const body = aLawfulVacancyInput(today, {
      requirements: [{ id: "ja", skill: "JLPT", importance: "required", minLevel: "N4" }],
    }) as Schemas["VacancyInput"];
    const en = await recruiter.client.POST("/v1/vacancies", { body });
    expect(en.response.status).toBe(400);
    expect(en.response.headers.get("content-type")).toContain("application/problem+json");
    expect(en.error?.code).toBe("invalid_request");
    expect(en.error?.issues).toContainEqual(
      expect.objectContaining({
        path: "requirements.0.skill",
        message: "Unknown skill JLPT; did you mean lang.ja.jlpt?",
        suggestions: ["lang.ja.jlpt"],
      }),
    );

    const id = await recruiter.client.POST("/v1/vacancies", { body, headers: { "accept-language": "id" } });
    expect(id.response.status).toBe(400);
    expect(id.response.headers.get("content-language")).toBe("id");
    expect(id.error).toMatchObject({ title: "Permintaan tidak sah", code: "invalid_request" });
    expect(id.error?.issues?.find((i) => i.path === "requirements.0.skill")?.message).toBe(
      "Keahlian JLPT tidak dikenal; maksud Anda lang.ja.jlpt?",
    );
    expect((await recruiter.client.GET("/v1/skills", { params: { query: { q: "JLPT" } } })).response.status).toBe(200);
  });

  it("refuses the skill filter of GET /v1/vacancies with an unknown code, in the caller's language", async () => {
    const list = (skill: string, headers: Record<string, string> = {}) =>
      api.anonymous.client.GET("/v1/vacancies", { params: { query: { skill } }, headers });
    const en = await list("JLPT");
    expect(en.response.status).toBe(400);
    expect(en.error).toMatchObject({ code: "unknown_skill", detail: "Unknown skill JLPT; did you mean lang.ja.jlpt?" });
    expect(en.error?.issues).toEqual([
      {
        path: "skill",
        code: "unknown_skill",
        message: "Unknown skill JLPT; did you mean lang.ja.jlpt?",
        suggestions: ["lang.ja.jlpt"],
      },
    ]);
    const id = await list("JLPT", { "accept-language": "id-ID,id;q=0.9" });
    expect(id.response.status).toBe(400);
    expect(id.error).toMatchObject({ code: "unknown_skill", detail: "Keahlian JLPT tidak dikenal; maksud Anda lang.ja.jlpt?" });
    // request(): `?lang=` is read by the problem renderer but no operation documents it, so the typed query has no place for it.
    const lang = await api.anonymous.request("GET", "/v1/vacancies?skill=JLPT&lang=id");
    expect(lang.body.detail).toBe("Keahlian JLPT tidak dikenal; maksud Anda lang.ja.jlpt?");
    const none = await list("xyz");
    expect(none.error).toMatchObject({ status: 400, detail: "Unknown skill xyz" });
    // A known code still lists.
    expect((await list("lang.ja.jlpt")).response.status).toBe(200);
  });

  it("refuses a credential for skill JLPT, naming lang.ja.jlpt", async () => {
    const res = await graduate.client.POST("/v1/graduates/me/credentials", {
      body: {
        skill: "JLPT",
        level: "N4",
        issuer: "Japan Foundation",
        number: "J-2",
        issuedOn: addDays(today, -30),
        evidenceRef: "scan://2",
      },
    });
    expect(res.response.status).toBe(400);
    expect(res.error?.code).toBe("invalid_credential");
    expect(res.error?.issues).toContainEqual(
      expect.objectContaining({ path: "skill", code: "unknown_skill", suggestions: ["lang.ja.jlpt"] }),
    );
    expect(JSON.stringify(res.error?.issues)).toContain("Unknown skill JLPT; did you mean lang.ja.jlpt?");
    const id = await graduate.client.POST("/v1/graduates/me/credentials", {
      body: { skill: "JLPT", level: "N4", issuer: "JF", number: "J-3", issuedOn: addDays(today, -30), evidenceRef: "scan://3" },
      headers: { "accept-language": "id" },
    });
    expect(id.error?.issues).toContainEqual(
      expect.objectContaining({ path: "skill", message: "Keahlian JLPT tidak dikenal; maksud Anda lang.ja.jlpt?" }),
    );
  });

  it("answers absurd queries with a 400 problem, never a 5xx", async () => {
    const bad: NonNullable<paths["/v1/skills"]["get"]["parameters"]["query"]>[] = [
      { q: "a".repeat(101) },
      { q: "x".repeat(10_240) },
      { limit: 0 },
      { limit: 1000 },
      { limit: -1 },
      { limit: 1.5 },
      { offset: -1 },
      { offset: 99999999 },
    ];
    for (const query of bad) {
      const res = await api.anonymous.client.GET("/v1/skills", { params: { query } });
      const label = JSON.stringify(query).slice(0, 30);
      expect(res.response.status, label).toBe(400);
      expect(res.response.headers.get("content-type"), label).toContain("application/problem+json");
      expect(res.error).toMatchObject({ status: 400, code: "invalid_request" });
    }
    // request(): not numbers at all (and 1e309 as written, which no number serialises to): the types refuse these.
    for (const query of ["limit=abc", "limit=1e309", "offset=abc"]) {
      const res = await api.anonymous.request("GET", `/v1/skills?${query}`);
      expect(res.status, query.slice(0, 30)).toBe(400);
      expect(res.headers.get("content-type"), query.slice(0, 30)).toContain("application/problem+json");
      expect(res.body).toMatchObject({ status: 400, code: "invalid_request" });
    }
    const odd = ["🎌🎌🎌", "日本語", "'; DROP TABLE skills; --", "a".repeat(100), "q=&q="];
    for (const q of odd) {
      const res = await api.anonymous.client.GET("/v1/skills", { params: { query: { q } } });
      expect(res.response.status, q).toBeLessThan(500);
      expect(res.response.status, q).toBe(200);
    }
    // request(): already percent-encoded bytes (a NUL, a raw emoji) that the client would encode again.
    for (const q of ["%00%01", "%F0%9F%98%80 jlpt"]) {
      const res = await api.anonymous.request("GET", `/v1/skills?q=${q}`);
      expect(res.status, q).toBeLessThan(500);
      expect(res.status, q).toBe(200);
    }
    expect((await api.anonymous.client.GET("/v1/skills", { params: { query: { q: "", limit: 50 } } })).data?.items).toHaveLength(
      Math.min(50, defaultTaxonomy.skills.length),
    );
  });
});
