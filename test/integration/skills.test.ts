import { addDays, dateInZone, defaultTaxonomy } from "@jalur/domain";
import { aLawfulVacancyInput } from "@jalur/fixtures";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Caller, startApi } from "../support/api.ts";

const today = dateInZone(new Date());
type Hit = { code: string; label: { id: string; en: string }; levels?: { code: string }[]; match?: string };
type Issue = { path: string; message: string; code: string; suggestions?: string[] };

describe("finding skill codes: GET /v1/skills, and refusals that name the code meant", () => {
  let api: Awaited<ReturnType<typeof startApi>>;
  let recruiter: Caller;
  let graduate: Caller;

  beforeAll(async () => {
    api = await startApi();
    const staff = await api.as({ sub: "staff", role: "staff" });
    const org = (
      await staff.request("POST", "/v1/recruiters", {
        name: "PT Kode",
        kind: "p3mi",
        licence: { number: "SIP3MI/88", validFrom: addDays(today, -10), validUntil: addDays(today, 300) },
      })
    ).body.recruiterId;
    await staff.request("POST", `/v1/staff/licence-reviews/${org}`, { verified: true });
    recruiter = await api.as({ sub: "rec", role: "recruiter", org });
    graduate = await api.as({ sub: "dewi", role: "graduate" });
    await graduate.request("POST", "/v1/graduates/me", { name: "Dewi", birthDate: "2001-02-03", ppkd: "Jakarta Timur" });
  });
  afterAll(async () => api?.stop());

  it("answers anyone, without a token: JLPT finds lang.ja.jlpt with both labels and its levels", async () => {
    const res = await api.anonymous.request("GET", "/v1/skills?q=JLPT");
    expect(res.status).toBe(200);
    const [first] = res.body.items as Hit[];
    expect(first).toMatchObject({
      code: "lang.ja.jlpt",
      label: { id: "Bahasa Jepang (JLPT)", en: "Japanese (JLPT)" },
      family: "language",
      kind: "scale",
    });
    expect(first?.levels?.map((l) => l.code)).toEqual(["N5", "N4", "N3", "N2", "N1"]);
    expect(res.body.version).toBe(defaultTaxonomy.version);
    // A signed-in caller gets the same.
    expect((await graduate.request("GET", "/v1/skills?q=JLPT")).body.items[0].code).toBe("lang.ja.jlpt");
  });

  it("finds by process number, label words in either language, and a level in the query", async () => {
    const first = async (q: string) =>
      (await api.anonymous.request("GET", `/v1/skills?q=${encodeURIComponent(q)}`)).body.items[0]?.code;
    expect(await first("las 135")).toBe("weld.135");
    expect(await first("welding 135")).toBe("weld.135");
    expect(await first("bahasa korea")).toBe("lang.ko.topik");
    expect(await first("korean")).toBe("lang.ko.topik");
    expect(await first("jlpt n3")).toBe("lang.ja.jlpt");
    const none = await api.anonymous.request("GET", "/v1/skills?q=xyz");
    expect(none.status).toBe(200);
    expect(none.body).toMatchObject({ items: [], total: 0 });
    expect(none.body.next).toBeUndefined();
  });

  it("without q lists the whole taxonomy, a page at a time", async () => {
    const codes: string[] = [];
    let offset: number | undefined = 0;
    for (let pages = 0; offset !== undefined && pages < 10; pages++) {
      const res = await api.anonymous.request("GET", `/v1/skills?limit=20&offset=${offset}`);
      expect(res.status).toBe(200);
      expect(res.body.items.length).toBeLessThanOrEqual(20);
      expect(res.body.total).toBe(defaultTaxonomy.skills.length);
      codes.push(...(res.body.items as Hit[]).map((s) => s.code));
      offset = res.body.next;
    }
    expect(codes).toEqual(defaultTaxonomy.skills.map((s) => s.code));
  });

  it("refuses a vacancy asking for skill JLPT, naming lang.ja.jlpt, in English and in Bahasa Indonesia", async () => {
    const body = aLawfulVacancyInput(today, {
      requirements: [{ id: "ja", skill: "JLPT", importance: "required", minLevel: "N4" }],
    });
    const en = await recruiter.request("POST", "/v1/vacancies", body);
    expect(en.status).toBe(400);
    expect(en.headers.get("content-type")).toContain("application/problem+json");
    expect(en.body.code).toBe("invalid_request");
    expect(en.body.issues).toContainEqual(
      expect.objectContaining({
        path: "requirements.0.skill",
        message: "Unknown skill JLPT; did you mean lang.ja.jlpt?",
        suggestions: ["lang.ja.jlpt"],
      }),
    );

    const id = await recruiter.request("POST", "/v1/vacancies", body, { "accept-language": "id" });
    expect(id.status).toBe(400);
    expect(id.headers.get("content-language")).toBe("id");
    expect(id.body).toMatchObject({ title: "Permintaan tidak sah", code: "invalid_request" });
    expect((id.body.issues as Issue[]).find((i) => i.path === "requirements.0.skill")?.message).toBe(
      "Keahlian JLPT tidak dikenal; maksud Anda lang.ja.jlpt?",
    );
    expect((await recruiter.request("GET", "/v1/skills?q=JLPT")).status).toBe(200);
  });

  it("refuses the skill filter of GET /v1/vacancies with an unknown code, in the caller's language", async () => {
    const en = await api.anonymous.request("GET", "/v1/vacancies?skill=JLPT");
    expect(en.status).toBe(400);
    expect(en.body).toMatchObject({ code: "unknown_skill", detail: "Unknown skill JLPT; did you mean lang.ja.jlpt?" });
    expect(en.body.issues).toEqual([
      {
        path: "skill",
        code: "unknown_skill",
        message: "Unknown skill JLPT; did you mean lang.ja.jlpt?",
        suggestions: ["lang.ja.jlpt"],
      },
    ]);
    const id = await api.anonymous.request("GET", "/v1/vacancies?skill=JLPT", undefined, { "accept-language": "id-ID,id;q=0.9" });
    expect(id.status).toBe(400);
    expect(id.body).toMatchObject({ code: "unknown_skill", detail: "Keahlian JLPT tidak dikenal; maksud Anda lang.ja.jlpt?" });
    const lang = await api.anonymous.request("GET", "/v1/vacancies?skill=JLPT&lang=id");
    expect(lang.body.detail).toBe("Keahlian JLPT tidak dikenal; maksud Anda lang.ja.jlpt?");
    const none = await api.anonymous.request("GET", "/v1/vacancies?skill=xyz");
    expect(none.body).toMatchObject({ status: 400, detail: "Unknown skill xyz" });
    // A known code still lists.
    expect((await api.anonymous.request("GET", "/v1/vacancies?skill=lang.ja.jlpt")).status).toBe(200);
  });

  it("refuses a credential for skill JLPT, naming lang.ja.jlpt", async () => {
    const res = await graduate.request("POST", "/v1/graduates/me/credentials", {
      skill: "JLPT",
      level: "N4",
      issuer: "Japan Foundation",
      number: "J-2",
      issuedOn: addDays(today, -30),
      evidenceRef: "scan://2",
    });
    expect(res.status).toBe(400);
    expect(res.body.code).toBe("invalid_credential");
    expect(res.body.issues).toContainEqual(
      expect.objectContaining({ path: "skill", code: "unknown_skill", suggestions: ["lang.ja.jlpt"] }),
    );
    expect(JSON.stringify(res.body.issues)).toContain("Unknown skill JLPT; did you mean lang.ja.jlpt?");
    const id = await graduate.request(
      "POST",
      "/v1/graduates/me/credentials",
      { skill: "JLPT", level: "N4", issuer: "JF", number: "J-3", issuedOn: addDays(today, -30), evidenceRef: "scan://3" },
      { "accept-language": "id" },
    );
    expect(id.body.issues).toContainEqual(
      expect.objectContaining({ path: "skill", message: "Keahlian JLPT tidak dikenal; maksud Anda lang.ja.jlpt?" }),
    );
  });

  it("answers absurd queries with a 400 problem, never a 5xx", async () => {
    const bad = [
      `q=${"a".repeat(101)}`,
      `q=${"x".repeat(10_240)}`,
      "limit=0",
      "limit=1000",
      "limit=-1",
      "limit=abc",
      "limit=1.5",
      "limit=1e309",
      "offset=-1",
      "offset=abc",
      "offset=99999999",
    ];
    for (const query of bad) {
      const res = await api.anonymous.request("GET", `/v1/skills?${query}`);
      expect(res.status, query.slice(0, 30)).toBe(400);
      expect(res.headers.get("content-type"), query.slice(0, 30)).toContain("application/problem+json");
      expect(res.body).toMatchObject({ status: 400, code: "invalid_request" });
    }
    const odd = ["🎌🎌🎌", "日本語", "%00%01", "'; DROP TABLE skills; --", "%F0%9F%98%80 jlpt", "a".repeat(100), "q=&q="];
    for (const q of odd) {
      const res = await api.anonymous.request("GET", `/v1/skills?q=${q.includes("%") ? q : encodeURIComponent(q)}`);
      expect(res.status, q).toBeLessThan(500);
      expect(res.status, q).toBe(200);
    }
    expect((await api.anonymous.request("GET", "/v1/skills?q=&limit=50")).body.items).toHaveLength(
      Math.min(50, defaultTaxonomy.skills.length),
    );
  });
});
