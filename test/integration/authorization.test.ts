import { randomUUID } from "node:crypto";
import { createJalurClient } from "@jalur/client";
import { addDays, dateInZone } from "@jalur/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Caller, conforming, eventually, startApi } from "../support/api.ts";

type Who =
  | "anonymous"
  | "graduate"
  | "otherGraduate"
  | "recruiter"
  | "otherRecruiter"
  | "organiser"
  | "otherOrganiser"
  | "staff"
  | "operator";
const today = dateInZone(new Date());

/**
 * Every route × role × own-vs-other tenant, over HTTP. 401 without a token, 403 for a role that
 * may never do it, 404 for another tenant's object (nothing leaks about what exists). The
 * same rules are decided in core and tested there for every use case
 * (test/integration/core-authorization.test.ts); this matrix proves the API adds nothing and
 * loses nothing on top.
 */
describe("authorization matrix (HTTP)", () => {
  let api: Awaited<ReturnType<typeof startApi>>;
  const callers = {} as Record<Who, Caller>;
  let ids: Record<string, string>;

  beforeAll(async () => {
    api = await startApi();
    const staff = await api.as({ sub: "staff", role: "staff" });
    const a = (
      await staff.request("POST", "/v1/recruiters", {
        name: "PT A",
        kind: "p3mi",
        licence: { number: "SIP3MI/A", validFrom: addDays(today, -5), validUntil: addDays(today, 300) },
      })
    ).body.recruiterId;
    const b = (await staff.request("POST", "/v1/recruiters", { name: "PT B", kind: "p3mi" })).body.recruiterId;
    await staff.request("POST", `/v1/staff/licence-reviews/${a}`, { verified: true });
    Object.assign(callers, {
      anonymous: api.anonymous,
      graduate: await api.as({ sub: "g-own", role: "graduate" }),
      otherGraduate: await api.as({ sub: "g-other", role: "graduate" }),
      recruiter: await api.as({ sub: "rec-a", role: "recruiter", org: a }),
      otherRecruiter: await api.as({ sub: "rec-b", role: "recruiter", org: b }),
      organiser: await api.as({ sub: "org-1", role: "organiser" }),
      otherOrganiser: await api.as({ sub: "org-2", role: "organiser" }),
      staff,
      operator: await api.as({ sub: "ops-1", role: "operator" }),
    });
    for (const g of [callers.graduate, callers.otherGraduate]) {
      await g.request("POST", "/v1/graduates/me", { name: "Graduate", birthDate: "1999-09-09", ppkd: "Jakarta Selatan" });
      await g.request("PUT", "/v1/graduates/me/consent", { given: true });
    }
    const vacancy = await callers.recruiter.request("POST", "/v1/vacancies", {
      title: "Cook",
      country: "AE",
      sector: "hospitality",
      scheme: "P-to-P",
      openings: 2,
      salary: { amount: 3000, currency: "AED", period: "month" },
      jobOrderRef: "JO/AE/9",
      applicationDeadline: addDays(today, 15),
      expectedStart: addDays(today, 70),
    });
    const draft = await callers.recruiter.request("POST", "/v1/vacancies", {
      ...vacancy.body,
      vacancyId: undefined,
      title: "Draft only",
    });
    await callers.recruiter.request("POST", `/v1/vacancies/${vacancy.body.vacancyId}/publish`);
    await callers.graduate.request("POST", `/v1/vacancies/${vacancy.body.vacancyId}/applications`, {});

    const fairInput = {
      name: "Bursa Kerja",
      venue: "JIExpo Kemayoran",
      calendar: { firstDay: addDays(today, 10), lastDay: addDays(today, 10), opens: "09:00", closes: "12:00", slotMinutes: 20 },
      registrationOpens: new Date(Date.now() - 3_600_000).toISOString(),
      registrationCloses: `${addDays(today, 8)}T17:00:00+07:00`,
    };
    const fair = (await callers.organiser.request("POST", "/v1/fairs", fairInput)).body.fairId;
    const draftFair = (await callers.organiser.request("POST", "/v1/fairs", { ...fairInput, name: "Draft fair" })).body.fairId;
    const booth = await callers.organiser.request("PUT", `/v1/fairs/${fair}/booths/${a}`, {
      tables: 1,
      vacancyIds: [vacancy.body.vacancyId],
    });
    expect(booth.status, JSON.stringify(booth.body)).toBe(200);
    expect((await callers.organiser.request("POST", `/v1/fairs/${fair}/registration/open`)).status).toBe(200);
    ids = {
      a,
      b,
      v: vacancy.body.vacancyId,
      draft: draft.body.vacancyId,
      app: `${vacancy.body.vacancyId}~g-own`,
      fair,
      draftFair,
      probe: randomUUID(),
    };
  });
  afterAll(async () => api?.stop());

  type Case = [method: string, path: string, body: () => unknown, expected: Partial<Record<Who, number>>];
  const cases: Case[] = [
    [
      "GET",
      "/v1/graduates/me",
      () => undefined,
      { anonymous: 401, graduate: 200, recruiter: 403, organiser: 403, staff: 403, operator: 403 },
    ],
    ["GET", "/v1/graduates/me/matches", () => undefined, { anonymous: 401, graduate: 200, recruiter: 403, staff: 403 }],
    ["GET", "/v1/graduates/me/notifications", () => undefined, { anonymous: 401, graduate: 200, organiser: 403 }],
    ["GET", "/v1/graduates/me/data-access", () => undefined, { anonymous: 401, graduate: 200, staff: 403, operator: 403 }],
    ["PUT", "/v1/graduates/me/consent", () => ({ given: true }), { anonymous: 401, recruiter: 403, staff: 403, graduate: 200 }],
    ["GET", "/v1/recruiters/me/notifications", () => undefined, { anonymous: 401, recruiter: 200, organiser: 403, staff: 403 }],
    [
      "POST",
      "/v1/recruiters",
      () => ({ name: "PT C", kind: "p3mi" }),
      { anonymous: 401, graduate: 403, recruiter: 403, organiser: 403, operator: 403, staff: 201 },
    ],
    [
      "GET",
      "/v1/recruiters/{a}",
      () => undefined,
      { anonymous: 401, graduate: 403, recruiter: 200, otherRecruiter: 404, organiser: 403, staff: 200, operator: 403 },
    ],
    [
      "GET",
      "/v1/recruiters/{a}/members",
      () => undefined,
      { anonymous: 401, graduate: 403, recruiter: 200, otherRecruiter: 404, staff: 200 },
    ],
    [
      "POST",
      "/v1/recruiters/{a}/members",
      () => ({ sub: "rec-a2", name: "Second recruiter" }),
      { anonymous: 401, graduate: 403, organiser: 403, otherRecruiter: 404, recruiter: 201, staff: 201 },
    ],
    [
      "GET",
      "/v1/recruiters/{a}/vacancies",
      () => undefined,
      { anonymous: 401, graduate: 403, recruiter: 200, otherRecruiter: 404, staff: 200 },
    ],
    [
      "PUT",
      "/v1/recruiters/{a}/licence",
      () => ({ number: "SIP3MI/A2", validFrom: today, validUntil: addDays(today, 365) }),
      { anonymous: 401, graduate: 403, otherRecruiter: 404, staff: 403 },
    ],
    ["GET", "/v1/vacancies?country=AE", () => undefined, { anonymous: 200, graduate: 200 }],
    ["GET", "/v1/vacancies/{v}", () => undefined, { anonymous: 200, graduate: 200, otherRecruiter: 200 }],
    [
      "GET",
      "/v1/vacancies/{draft}",
      () => undefined,
      { anonymous: 404, graduate: 404, recruiter: 200, otherRecruiter: 404, organiser: 404, staff: 200 },
    ],
    [
      "GET",
      "/v1/vacancies/{v}/candidates",
      () => undefined,
      { anonymous: 401, graduate: 403, recruiter: 200, otherRecruiter: 404, organiser: 403, staff: 403 },
    ],
    [
      "GET",
      "/v1/vacancies/{v}/applications",
      () => undefined,
      { anonymous: 401, graduate: 403, recruiter: 200, otherRecruiter: 404, staff: 403 },
    ],
    [
      "POST",
      "/v1/vacancies",
      () => ({ title: "x" }),
      { anonymous: 401, graduate: 403, organiser: 403, staff: 403, recruiter: 400 },
    ],
    [
      "POST",
      "/v1/vacancies/{draft}/publish",
      () => undefined,
      { anonymous: 401, graduate: 403, otherRecruiter: 404, organiser: 403, staff: 403 },
    ],
    [
      "POST",
      "/v1/vacancies/{v}/close",
      () => ({ state: "closed" }),
      { anonymous: 401, graduate: 403, otherRecruiter: 404, organiser: 403, operator: 403 },
    ],
    ["POST", "/v1/vacancies/{v}/applications", () => ({}), { anonymous: 401, recruiter: 403, staff: 403, graduate: 409 }],
    [
      "GET",
      "/v1/applications/{app}",
      () => undefined,
      { anonymous: 401, graduate: 200, otherGraduate: 404, recruiter: 200, otherRecruiter: 404, organiser: 403, staff: 403 },
    ],
    [
      "POST",
      "/v1/applications/{app}/transitions",
      () => ({ to: "shortlisted" }),
      { anonymous: 401, otherGraduate: 404, otherRecruiter: 404, organiser: 403, graduate: 403 },
    ],
    [
      "GET",
      "/v1/staff/credential-reviews?ppkd=Jakarta%20Selatan",
      () => undefined,
      { anonymous: 401, graduate: 403, recruiter: 403, organiser: 403, operator: 403, staff: 200 },
    ],
    ["GET", "/v1/staff/licence-reviews", () => undefined, { anonymous: 401, recruiter: 403, operator: 403, staff: 200 }],
    [
      "POST",
      "/v1/staff/licence-reviews/{b}",
      () => ({ verified: true }),
      { anonymous: 401, recruiter: 403, otherRecruiter: 403, graduate: 403, organiser: 403 },
    ],
    ["GET", "/v1/staff/demand", () => undefined, { anonymous: 401, graduate: 403, organiser: 403, staff: 200 }],
    // Operations: operators only, never anonymous.
    [
      "POST",
      "/v1/ops/probes",
      () => ({ queue: "match" }),
      { anonymous: 401, graduate: 403, recruiter: 403, organiser: 403, staff: 403, operator: 202 },
    ],
    ["GET", "/v1/ops/probes/{probe}", () => undefined, { anonymous: 401, graduate: 403, staff: 403, operator: 404 }],
    [
      "GET",
      "/v1/ops/outbox/email",
      () => undefined,
      { anonymous: 401, graduate: 403, recruiter: 403, organiser: 403, staff: 403, operator: 200 },
    ],
    // Fairs: public once open; run only by their own organisers (another organiser's fair answers 404).
    ["GET", "/v1/fairs", () => undefined, { anonymous: 200, graduate: 200, otherOrganiser: 200 }],
    ["GET", "/v1/fairs/{fair}", () => undefined, { anonymous: 200, graduate: 200, otherOrganiser: 200 }],
    [
      "GET",
      "/v1/fairs/{draftFair}",
      () => undefined,
      { anonymous: 404, graduate: 404, recruiter: 404, organiser: 200, otherOrganiser: 404, staff: 404 },
    ],
    [
      "POST",
      "/v1/fairs",
      () => ({ name: "x" }),
      { anonymous: 401, graduate: 403, recruiter: 403, staff: 403, operator: 403, organiser: 400 },
    ],
    [
      "POST",
      "/v1/fairs/{draftFair}/registration/open",
      () => undefined,
      { anonymous: 401, graduate: 403, recruiter: 403, staff: 403, otherOrganiser: 404, organiser: 409 },
    ],
    [
      "PUT",
      "/v1/fairs/{draftFair}/booths/{a}",
      () => ({ tables: 1, vacancyIds: ["nope"] }),
      { anonymous: 401, recruiter: 403, staff: 403, otherOrganiser: 404, organiser: 400 },
    ],
    [
      "PUT",
      "/v1/fairs/{fair}/organisers/org-3",
      () => undefined,
      { anonymous: 401, graduate: 403, staff: 403, otherOrganiser: 404, organiser: 200 },
    ],
    [
      "POST",
      "/v1/fairs/{fair}/schedule",
      () => ({}),
      { anonymous: 401, graduate: 403, recruiter: 403, staff: 403, otherOrganiser: 404, organiser: 409 },
    ],
    [
      "GET",
      "/v1/fairs/{fair}/schedule-jobs",
      () => undefined,
      { anonymous: 401, recruiter: 403, staff: 403, otherOrganiser: 404, organiser: 200 },
    ],
    ["GET", "/v1/fairs/{fair}/schedule-jobs/{probe}", () => undefined, { anonymous: 401, otherOrganiser: 404, organiser: 404 }],
    [
      "POST",
      "/v1/fairs/{fair}/schedule-jobs/{probe}/publish",
      () => undefined,
      { anonymous: 401, staff: 403, otherOrganiser: 404, organiser: 404 },
    ],
    [
      "GET",
      "/v1/fairs/{fair}/report",
      () => undefined,
      { anonymous: 401, graduate: 403, recruiter: 403, operator: 403, otherOrganiser: 404, organiser: 200, staff: 200 },
    ],
    [
      "GET",
      "/v1/fairs/{fair}/booths/{a}/registrants",
      () => undefined,
      { anonymous: 401, graduate: 403, staff: 403, otherRecruiter: 404, otherOrganiser: 404, recruiter: 200, organiser: 200 },
    ],
    [
      "POST",
      "/v1/fairs/{fair}/booths/{a}/shortlist",
      () => ({ graduateIds: ["g-own"] }),
      { anonymous: 401, graduate: 403, staff: 403, otherRecruiter: 404, otherOrganiser: 404, recruiter: 200 },
    ],
    [
      "PUT",
      "/v1/fairs/{fair}/booths/{a}/unavailable",
      () => ({ unavailable: [] }),
      { anonymous: 401, graduate: 403, staff: 403, otherRecruiter: 404, otherOrganiser: 404, recruiter: 200 },
    ],
    [
      "GET",
      "/v1/fairs/{fair}/booths/{a}/schedule.csv",
      () => undefined,
      { anonymous: 401, graduate: 403, otherRecruiter: 404, otherOrganiser: 404, recruiter: 409, organiser: 409 },
    ],
    [
      "DELETE",
      "/v1/fairs/{fair}/booths/{a}/interviews/0/1",
      () => undefined,
      { anonymous: 401, graduate: 403, staff: 403, otherRecruiter: 404, otherOrganiser: 404, organiser: 409 },
    ],
    [
      "POST",
      "/v1/fairs/{fair}/check-ins",
      () => ({ code: "J1.forged.code.x.y.zzzzzzzzzzzzzzzz" }),
      { anonymous: 401, graduate: 403, staff: 403, operator: 403, organiser: 400 },
    ],
    [
      "PUT",
      "/v1/fairs/{fair}/registration",
      () => ({ picks: ["{v}"] }),
      { anonymous: 401, recruiter: 403, organiser: 403, staff: 403 },
    ],
    ["GET", "/v1/me/fairs", () => undefined, { anonymous: 401, recruiter: 403, organiser: 403, graduate: 200 }],
    ["GET", "/v1/fairs/{fair}/interviews/mine", () => undefined, { anonymous: 401, recruiter: 403, graduate: 409 }],
  ];

  const rows = cases.flatMap(([method, path, body, expected]) =>
    Object.entries(expected).map(([who, status]) => ({
      name: `${method} ${path} as ${who} → ${status}`,
      method,
      path,
      body,
      who: who as Who,
      status,
    })),
  );

  const fill = (s: string) => s.replace(/\{(\w+)\}/g, (_, k: string) => ids[k]!);

  it.each(rows)("$name", async ({ method, path, body, who, status }) => {
    const payload = body();
    const res = await callers[who].request(
      method,
      fill(path),
      payload === undefined ? undefined : JSON.parse(fill(JSON.stringify(payload))),
    );
    expect(res.status, JSON.stringify(res.body)).toBe(status);
    if (status >= 400) expect(res.body).toMatchObject({ status, code: expect.any(String), title: expect.any(String) });
  });

  it("another organiser cannot import registrations into a fair, nor see its drafts; its own organiser can", async () => {
    const csv = `graduate_id,picks\ng-other,${ids.v}\n`;
    const post = (caller: Caller) =>
      caller.client.POST("/v1/fairs/{fairId}/registrations/import", {
        params: { path: { fairId: ids.fair as string } },
        body: csv,
        bodySerializer: (b) => b,
        headers: { "content-type": "text/csv" },
      });
    expect((await post(callers.otherOrganiser)).response.status).toBe(404);
    expect((await post(callers.staff)).response.status).toBe(403);
    const own = await post(callers.organiser);
    expect(own.response.status).toBe(202);
    const job = own.data as { importId: string };
    expect(job).toMatchObject({ rows: 1, state: "queued" });
    const done = await eventually(async () => {
      const read = await callers.organiser.request("GET", `/v1/fairs/${ids.fair}/imports/${job.importId}`);
      return read.body.state === "done" ? read.body : undefined;
    });
    expect(done).toMatchObject({ registered: 1, refused: 0 });
    // The job and its rows are the fair's organisers' only.
    for (const path of ["", "/rows", "/refused.csv"]) {
      expect((await callers.otherOrganiser.request("GET", `/v1/fairs/${ids.fair}/imports/${job.importId}${path}`)).status).toBe(
        404,
      );
      expect((await callers.staff.request("GET", `/v1/fairs/${ids.fair}/imports/${job.importId}${path}`)).status).toBe(403);
      expect((await api.anonymous.request("GET", `/v1/fairs/${ids.fair}/imports/${job.importId}${path}`)).status).toBe(401);
    }
  });

  it("a co-organiser runs the fair with its owner; only the owner changes who organises", async () => {
    const coOrganiser = await api.as({ sub: "org-3", role: "organiser" });
    expect((await coOrganiser.request("GET", `/v1/fairs/${ids.fair}/schedule-jobs`)).status).toBe(200);
    expect((await coOrganiser.request("PUT", `/v1/fairs/${ids.fair}/organisers/org-4`)).status).toBe(403);
    expect((await callers.organiser.request("DELETE", `/v1/fairs/${ids.fair}/organisers/org-3`)).status).toBe(200);
    expect((await coOrganiser.request("GET", `/v1/fairs/${ids.fair}/schedule-jobs`)).status).toBe(404);
  });

  it("rejects tokens from another issuer, expired tokens and recruiter tokens without an organisation", async () => {
    const foreign = await (await import("@jalur/local")).ephemeralIssuer();
    const bad = [
      await foreign.sign({ sub: "x", role: "staff" }),
      await api.issuer.sign({ sub: "x", role: "staff" }, -60),
      await api.issuer.sign({ sub: "x", role: "recruiter" }),
      await api.issuer.sign({ sub: "x", role: "superuser" }),
    ];
    const statuses = [];
    for (const token of bad) {
      const client = createJalurClient({ baseUrl: api.runtime.url, token, middleware: [conforming] });
      const res = await client.GET("/v1/staff/licence-reviews");
      statuses.push(res.response.status);
    }
    expect(statuses).toEqual([401, 401, 403, 403]);
  });

  it("a malformed Authorization header is a 401 even on a public route (never silently anonymous)", async () => {
    // Raw fetch: a non-Bearer Authorization header is malformed HTTP the typed client never sends.
    const res = await fetch(`${api.runtime.url}/v1/fairs`, { headers: { authorization: "Basic abc" } });
    expect(res.status).toBe(401);
  });
});
