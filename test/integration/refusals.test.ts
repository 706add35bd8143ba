import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Schemas } from "@jalur/client";
import { ERROR_TEXTS_ID, errorTextId } from "@jalur/core/platform/error-texts";
import { addDays, dateInZone } from "@jalur/domain";
import { aLawfulVacancyInput } from "@jalur/fixtures";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Caller, startApi } from "../support/api.ts";

const today = dateInZone(new Date());

/** Every error code raised in the packages' sources (`new AppError(kind, code, …)`, `super(kind, code, …)`, routes' problems). */
function raisedCodes(): Set<string> {
  const codes = new Set<string>();
  const walk = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, e.name);
      if (e.isDirectory()) {
        if (e.name !== "node_modules") walk(path);
      } else if (e.name.endsWith(".ts") && !e.name.endsWith(".test.ts")) {
        const source = readFileSync(path, "utf8");
        for (const m of source.matchAll(/(?:new AppError|super)\(\s*"[a-z_]+",\s*"([a-z_]+)"/g)) codes.add(m[1] as string);
        for (const m of source.matchAll(/problem(?:Response|Body)\(\s*(?:c,\s*)?\d+,\s*"([a-z_]+)"/g)) codes.add(m[1] as string);
      }
    }
  };
  walk(join(import.meta.dirname, "../../packages"));
  return codes;
}

describe("refusals: a 4xx problem in the caller's language, and nothing changed", () => {
  let api: Awaited<ReturnType<typeof startApi>>;
  let graduate: Caller;
  let recruiter: Caller;
  let org: string;

  beforeAll(async () => {
    api = await startApi();
    const staff = await api.as({ sub: "staff", role: "staff" });
    org = (
      await staff.client.POST("/v1/recruiters", {
        body: {
          name: "PT Bahasa",
          kind: "p3mi",
          licence: { number: "SIP3MI/77", validFrom: addDays(today, -10), validUntil: addDays(today, 300) },
        },
      })
    ).data?.recruiterId as string;
    await staff.client.POST("/v1/staff/licence-reviews/{recruiterId}", {
      params: { path: { recruiterId: org } },
      body: { verified: true },
    });
    recruiter = await api.as({ sub: "rec", role: "recruiter", org });
    graduate = await api.as({ sub: "ani", role: "graduate" });
    await graduate.client.POST("/v1/graduates/me", { body: { name: "Ani", birthDate: "2000-01-01", ppkd: "Jakarta Barat" } });
    await graduate.client.PUT("/v1/graduates/me/consent", { body: { given: true } });
  });
  afterAll(async () => api?.stop());

  it("has a Bahasa Indonesia text for every error code the code raises", () => {
    const codes = [...raisedCodes()];
    expect(codes.length).toBeGreaterThan(60);
    expect(codes.filter((c) => !errorTextId(c))).toEqual([]);
    expect(Object.keys(ERROR_TEXTS_ID).length).toBeGreaterThanOrEqual(codes.length - 5);
  });

  it("answers in Bahasa Indonesia when asked (Accept-Language), in English otherwise", async () => {
    // request(): "Bandung" is not a PPKD the types allow; the refusal of it is the point.
    const bad = { name: "A", birthDate: "2000-13-40", ppkd: "Bandung" };
    const id = await graduate.request(
      "PUT",
      "/v1/graduates/me",
      { ...bad, version: 1 },
      { "accept-language": "id-ID,id;q=0.9,en;q=0.5" },
    );
    expect(id.status).toBe(400);
    expect(id.headers.get("content-language")).toBe("id");
    expect(id.body).toMatchObject({
      title: "Permintaan tidak sah",
      code: "invalid_request",
      detail: "Permintaan tidak sah; lihat issues.",
    });
    expect(id.body.issues.find((i: { path: string }) => i.path === "name").message).toBe("Terlalu kecil: minimal 2 karakter");
    const en = await graduate.request("PUT", "/v1/graduates/me", { ...bad, version: 1 });
    expect(en.body).toMatchObject({ title: "Bad request", detail: "The request is not valid; see issues." });
    const missing = await graduate.client.GET("/v1/vacancies/{vacancyId}", {
      params: { path: { vacancyId: "nope" } },
      headers: { "accept-language": "id" },
    });
    expect(missing.error).toMatchObject({ status: 404, title: "Tidak ditemukan", detail: "Lowongan tidak ditemukan." });
  });

  it("explains an eligibility refusal in both languages, each requirement in the caller's", async () => {
    const draft = await recruiter.client.POST("/v1/vacancies", {
      body: aLawfulVacancyInput(today, {
        requirements: [{ id: "jlpt", skill: "lang.ja.jlpt", importance: "required", minLevel: "N4" }],
      }) as Schemas["VacancyInput"],
    });
    const vacancyId = draft.data?.vacancyId as string;
    await recruiter.client.POST("/v1/vacancies/{vacancyId}/publish", { params: { path: { vacancyId } } });
    const apply = (headers: Record<string, string> = {}) =>
      graduate.client.POST("/v1/vacancies/{vacancyId}/applications", { params: { path: { vacancyId } }, body: {}, headers });
    const id = await apply({ "accept-language": "id" });
    expect(id.response.status).toBe(422);
    expect(id.error?.detail).toContain("Belum memenuhi syarat: JLPT N4 atau lebih tinggi dibutuhkan; belum ada");
    const en = await apply();
    expect(en.error?.detail).toContain("Not eligible: JLPT N4 or higher needed; none held");
  });

  it("refuses money and measures no one would write (1e308, 1e-300, 2^60), and changes nothing", async () => {
    const listed = async () => {
      const { data } = await recruiter.client.GET("/v1/recruiters/{recruiterId}/vacancies", {
        params: { path: { recruiterId: org } },
      });
      expect(data).toBeDefined();
      return data?.items.length;
    };
    const before = await listed();
    for (const amount of [1e308, 1e-300, 2 ** 60, -1, 0.001]) {
      const res = await recruiter.client.POST("/v1/vacancies", {
        body: {
          ...(aLawfulVacancyInput(today) as Schemas["VacancyInput"]),
          salary: { amount, currency: "JPY", period: "month" },
        },
      });
      expect(res.response.status, String(amount)).toBe(400);
      expect(res.error?.issues?.map((i) => i.path)).toContain("salary.amount");
    }
    const thickness = await recruiter.client.POST("/v1/vacancies", {
      body: aLawfulVacancyInput(today, {
        requirements: [
          { id: "w", skill: "weld.135", importance: "required", welding: { positions: ["plate-3G"], thicknessMm: 1e-300 } },
        ],
      }) as Schemas["VacancyInput"],
    });
    expect(thickness.response.status).toBe(400);
    expect(thickness.error?.issues?.map((i) => i.path)).toContain("requirements.0.welding.thicknessMm");
    expect(await listed()).toBe(before);
  });

  it("refuses a credential issued in the future or in 2999, and text with control characters", async () => {
    const credential = {
      skill: "lang.ja.jlpt",
      level: "N4",
      issuer: "Japan Foundation",
      number: "J-1",
      evidenceRef: "scan://1",
    };
    const add = (body: Schemas["CredentialInput"]) => graduate.client.POST("/v1/graduates/me/credentials", { body });
    const future = await add({ ...credential, issuedOn: addDays(today, 3) });
    expect(future.response.status).toBe(400);
    expect(future.error?.issues).toContainEqual(expect.objectContaining({ path: "issuedOn", code: "implausible_date" }));
    const far = await add({ ...credential, issuedOn: "2999-01-01" });
    expect(far.response.status).toBe(400);
    const cr = await add({ ...credential, issuedOn: addDays(today, -3), issuer: "Japan\rFoundation" });
    expect(cr.response.status).toBe(400);
    expect((await graduate.client.GET("/v1/graduates/me")).data?.credentials).toEqual([]);
  });

  it("refuses a cursor it did not issue before it reaches the data layer", async () => {
    const crafted = Buffer.from(JSON.stringify({ __proto__: { polluted: true }, pk: "x", sk: "y" })).toString("base64");
    for (const cursor of [crafted, `${crafted}~AAAA`, "~", "a".repeat(1500)]) {
      const res = await graduate.client.GET("/v1/graduates/me/applications", { params: { query: { cursor } } });
      expect(res.response.status, cursor.slice(0, 20)).toBe(400);
      expect(res.error?.code).toBe("invalid_cursor");
    }
  });

  it("refuses a cursor we issued for another list (another country, another graduate's list)", async () => {
    for (const title of ["Welder A", "Welder B"]) {
      const made = await recruiter.client.POST("/v1/vacancies", {
        body: { ...(aLawfulVacancyInput(today) as Schemas["VacancyInput"]), title },
      });
      expect(made.response.status).toBe(201);
    }
    const mine = await recruiter.client.GET("/v1/recruiters/{recruiterId}/vacancies", {
      params: { path: { recruiterId: org }, query: { limit: 1 } },
    });
    const cursor = mine.data?.cursor as string;
    expect(cursor).toBeDefined();
    const elsewhere = await graduate.client.GET("/v1/graduates/me/applications", { params: { query: { cursor } } });
    expect(elsewhere.response.status).toBe(400);
    expect(elsewhere.error?.code).toBe("invalid_cursor");
    const otherCountry = await api.anonymous.client.GET("/v1/vacancies", { params: { query: { country: "KR", cursor } } });
    expect(otherCountry.response.status).toBe(400);
    expect(otherCountry.error?.code).toBe("invalid_cursor");
  });

  it("answers oversized headers with a problem document", async () => {
    // Raw fetch: the oversized header is raw HTTP, refused before any operation is reached.
    const res = await fetch(`${api.runtime.url}/health`, { headers: { "x-filler": "x".repeat(20_000) } });
    expect(res.status).toBe(431);
    expect(res.headers.get("content-type")).toContain("application/problem+json");
    expect(await res.json()).toMatchObject({ status: 431, code: "headers_too_large" });
  });
});
