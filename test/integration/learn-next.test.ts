import type { Schemas } from "@jalur/client";
import { addDays, dateInZone } from "@jalur/domain";
import { aLawfulVacancyInput } from "@jalur/fixtures";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Caller, eventually, startApi } from "../support/api.ts";

/**
 * ★ What to learn next, end to end: published vacancies are matched by the worker; the graduate
 * asks which one credential would open the most of those they miss for that reason alone.
 */
const today = dateInZone(new Date());

describe("what to learn next (GET /v1/graduates/me/learn-next)", () => {
  let api: Awaited<ReturnType<typeof startApi>>;
  let graduate: Caller;
  let recruiter: Caller;
  let staff: Caller;

  beforeAll(async () => {
    api = await startApi();
    staff = await api.as({ sub: "ln-staff", role: "staff" });
    const org = (
      await staff.client.POST("/v1/recruiters", {
        body: {
          name: "PT Belajar",
          kind: "p3mi",
          licence: { number: "SIP3MI/LN", validFrom: addDays(today, -9), validUntil: addDays(today, 500) },
        },
      })
    ).data?.recruiterId as string;
    await staff.client.POST("/v1/staff/licence-reviews/{recruiterId}", {
      params: { path: { recruiterId: org } },
      body: { verified: true },
    });
    recruiter = await api.as({ sub: "ln-rec", role: "recruiter", org });
    graduate = await api.as({ sub: "ln-ani", role: "graduate" });
  });
  afterAll(async () => api?.stop());

  async function publish(title: string, requirements: Schemas["VacancyInput"]["requirements"]) {
    const draft = await recruiter.client.POST("/v1/vacancies", {
      body: { ...(aLawfulVacancyInput(today) as Schemas["VacancyInput"]), title, requirements },
    });
    const vacancyId = draft.data?.vacancyId as string;
    await recruiter.client.POST("/v1/vacancies/{vacancyId}/publish", { params: { path: { vacancyId } } });
    return vacancyId;
  }

  it("names JLPT N4 as opening the vacancies missed only for it, with examples; nothing once held", async () => {
    await graduate.client.POST("/v1/graduates/me", {
      body: { name: "Ani", birthDate: "2001-02-02", ppkd: "Jakarta Utara", language: "id" },
    });
    await graduate.client.PUT("/v1/graduates/me/consent", { body: { given: true } });
    const n5 = await graduate.client.POST("/v1/graduates/me/credentials", {
      body: {
        skill: "lang.ja.jlpt",
        level: "N5",
        issuer: "JF",
        number: "N5-1",
        issuedOn: addDays(today, -90),
        evidenceRef: "scan://n5",
      },
    });
    await staff.client.POST("/v1/staff/credential-reviews/{graduateId}/{credentialId}", {
      params: { path: { graduateId: "ln-ani", credentialId: n5.data?.id as string } },
      body: { verification: "verified" },
    });
    const n4 = (title: string) => publish(title, [{ id: "ja", skill: "lang.ja.jlpt", importance: "required", minLevel: "N4" }]);
    const opened = [await n4("Kaigo Osaka"), await n4("Kaigo Kobe"), await n4("Hotel Sapporo")];
    // Missing two things: JLPT N3 and a caregiver certificate: not counted.
    await publish("Two things", [
      { id: "ja", skill: "lang.ja.jlpt", importance: "required", minLevel: "N3" },
      { id: "bnsp", skill: "care.caregiver", importance: "required" },
    ]);
    const next = await eventually(async () => {
      const res = await graduate.client.GET("/v1/graduates/me/learn-next");
      return res.response.status === 200 && res.data?.opens === 3 ? res.data : undefined;
    }, 20_000);
    expect(next).toMatchObject({ skill: "lang.ja.jlpt", level: "N4", opens: 3, countries: ["JP"] });
    expect(next.examples.map((e) => e.vacancyId).every((id) => opened.includes(id))).toBe(true);
    expect(next.needed.id).toContain("JLPT N4");

    // Once N4 is held and verified, there is nothing more to learn for these.
    const held = await graduate.client.POST("/v1/graduates/me/credentials", {
      body: {
        skill: "lang.ja.jlpt",
        level: "N4",
        issuer: "JF",
        number: "N4-1",
        issuedOn: addDays(today, -10),
        evidenceRef: "scan://n4",
      },
    });
    await staff.client.POST("/v1/staff/credential-reviews/{graduateId}/{credentialId}", {
      params: { path: { graduateId: "ln-ani", credentialId: held.data?.id as string } },
      body: { verification: "verified" },
    });
    await eventually(async () => {
      const res = await graduate.client.GET("/v1/graduates/me/learn-next");
      return res.response.status === 204 || (res.data && res.data.skill !== "lang.ja.jlpt") ? true : undefined;
    }, 20_000);
  });

  it("is the graduate's own: other roles are refused", async () => {
    expect((await recruiter.client.GET("/v1/graduates/me/learn-next")).response.status).toBe(403);
    expect((await api.anonymous.client.GET("/v1/graduates/me/learn-next")).response.status).toBe(401);
  });
});
