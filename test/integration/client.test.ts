import type { Schemas } from "@jalur/client";
import { addDays, dateInZone } from "@jalur/domain";
import { aLawfulVacancyInput } from "@jalur/fixtures";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Caller, eventually, startApi } from "../support/api.ts";

/**
 * The whole placement path through the typed client (packages/client) only: paths, parameters,
 * bodies and answers are checked by the compiler against openapi.json, and every answer by the
 * conformance check at run time. Each step takes its ids from the answer before it.
 */
const today = dateInZone(new Date());

describe("the typed client, end to end", () => {
  let api: Awaited<ReturnType<typeof startApi>>;
  let staff: Caller;
  let graduate: Caller;

  beforeAll(async () => {
    api = await startApi();
    staff = await api.as({ sub: "cl-staff", role: "staff" });
    graduate = await api.as({ sub: "cl-ani", role: "graduate" });
  });
  afterAll(async () => api?.stop());

  it("onboards a recruiter, publishes a vacancy, verifies a credential, matches, applies and shortlists", async () => {
    const onboarded = await staff.client.POST("/v1/recruiters", {
      body: {
        name: "PT Klien Tipe",
        kind: "p3mi",
        licence: { number: "SIP3MI/CL/1", validFrom: addDays(today, -30), validUntil: addDays(today, 700) },
      },
    });
    expect(onboarded.response.status).toBe(201);
    const recruiterId = onboarded.data?.recruiterId as string;
    const reviewed = await staff.client.POST("/v1/staff/licence-reviews/{recruiterId}", {
      params: { path: { recruiterId } },
      body: { verified: true },
    });
    expect(reviewed.data?.licence?.verified).toBe(true);

    const recruiter = await api.as({ sub: "cl-rec", role: "recruiter", org: recruiterId });
    const draft = await recruiter.client.POST("/v1/vacancies", {
      body: aLawfulVacancyInput(today, {
        requirements: [{ id: "ja", skill: "lang.ja.jlpt", importance: "required", minLevel: "N4" }],
      }) as Schemas["VacancyInput"],
    });
    expect(draft.response.status).toBe(201);
    const vacancyId = draft.data?.vacancyId as string;
    const published = await recruiter.client.POST("/v1/vacancies/{vacancyId}/publish", { params: { path: { vacancyId } } });
    expect(published.data?.state).toBe("published");

    const profile = await graduate.client.POST("/v1/graduates/me", {
      body: { name: "Ani Lestari", birthDate: "2001-04-04", ppkd: "Jakarta Barat", language: "id" },
    });
    expect(profile.response.status).toBe(201);
    await graduate.client.PUT("/v1/graduates/me/consent", { body: { given: true } });
    const credential = await graduate.client.POST("/v1/graduates/me/credentials", {
      body: {
        skill: "lang.ja.jlpt",
        level: "N3",
        issuer: "Japan Foundation",
        number: "JLPT-CL-1",
        issuedOn: addDays(today, -60),
        evidenceRef: "scan://cl-1",
      },
    });
    expect(credential.response.status).toBe(201);
    const credentialId = credential.data?.id as string;
    const verified = await staff.client.POST("/v1/staff/credential-reviews/{graduateId}/{credentialId}", {
      params: { path: { graduateId: "cl-ani", credentialId } },
      body: { verification: "verified" },
    });
    expect(verified.data?.verification).toBe("verified");

    const match = await eventually(async () => {
      const { data } = await graduate.client.GET("/v1/graduates/me/matches", { params: { query: { limit: 10 } } });
      return data?.items.find((m) => m.vacancyId === vacancyId && m.eligible);
    });
    expect(match.score).toBeGreaterThan(0);

    const applied = await graduate.client.POST("/v1/vacancies/{vacancyId}/applications", {
      params: { path: { vacancyId } },
      body: { applyAnyway: false },
    });
    expect(applied.response.status).toBe(201);
    const applicationId = applied.data?.applicationId as string;
    const moved = await recruiter.client.POST("/v1/applications/{applicationId}/transitions", {
      params: { path: { applicationId } },
      body: { to: "shortlisted", note: "JLPT N3 verified" },
    });
    expect(moved.data?.state).toBe("shortlisted");
    const mine = await graduate.client.GET("/v1/graduates/me/applications", { params: { query: { limit: 5 } } });
    expect(mine.data?.items.map((a) => [a.applicationId, a.state])).toEqual([[applicationId, "shortlisted"]]);
  });

  it("reads refusals as typed problem documents", async () => {
    const refused = await graduate.client.POST("/v1/graduates/me/credentials", {
      body: { skill: "JLPT", level: "N4", issuer: "JF", number: "X", issuedOn: addDays(today, -1), evidenceRef: "scan://x" },
      headers: { "accept-language": "id" },
    });
    expect(refused.response.status).toBe(400);
    const problem: Schemas["Problem"] | undefined = refused.error;
    expect(problem?.issues?.find((i) => i.path === "skill")?.suggestions).toEqual(["lang.ja.jlpt"]);
    const skills = await api.anonymous.client.GET("/v1/skills", { params: { query: { q: "jlpt n3", limit: 3 } } });
    expect(skills.data?.items[0]?.code).toBe("lang.ja.jlpt");
  });
});
