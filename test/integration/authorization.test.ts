import { addDays, dateInZone } from "@jalur/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Caller, startApi } from "../support/api.ts";

type Who = "anonymous" | "graduate" | "otherGraduate" | "recruiter" | "otherRecruiter" | "organiser" | "staff";
const today = dateInZone(new Date());

/**
 * Every route × role × own-vs-other-tenant. 401 without a token, 403 for a role that may never
 * do it, 404 for another tenant's object (so nothing leaks about what exists).
 */
describe("authorization matrix", () => {
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
      staff,
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
    ids = { a, b, v: vacancy.body.vacancyId, draft: draft.body.vacancyId, app: `${vacancy.body.vacancyId}~g-own` };
  });
  afterAll(async () => api?.stop());

  const cases: [string, string, () => unknown, Partial<Record<Who, number>>][] = [
    ["GET", "/v1/graduates/me", () => undefined, { anonymous: 401, graduate: 200, recruiter: 403, organiser: 403, staff: 403 }],
    ["GET", "/v1/graduates/me/matches", () => undefined, { anonymous: 401, graduate: 200, recruiter: 403, staff: 403 }],
    ["GET", "/v1/graduates/me/notifications", () => undefined, { anonymous: 401, graduate: 200, otherRecruiter: 403 }],
    [
      "POST",
      "/v1/recruiters",
      () => ({ name: "PT C", kind: "p3mi" }),
      { anonymous: 401, graduate: 403, recruiter: 403, organiser: 403, staff: 201 },
    ],
    [
      "GET",
      "/v1/recruiters/{a}",
      () => undefined,
      { anonymous: 401, graduate: 403, recruiter: 200, otherRecruiter: 404, organiser: 403, staff: 200 },
    ],
    [
      "GET",
      "/v1/recruiters/{a}/members",
      () => undefined,
      { anonymous: 401, graduate: 403, recruiter: 200, otherRecruiter: 404, staff: 200 },
    ],
    [
      "GET",
      "/v1/recruiters/{a}/vacancies",
      () => undefined,
      { anonymous: 401, graduate: 404, recruiter: 200, otherRecruiter: 404, staff: 200 },
    ],
    [
      "PUT",
      "/v1/recruiters/{a}/licence",
      () => ({ number: "SIP3MI/A2", validFrom: today, validUntil: addDays(today, 365) }),
      { anonymous: 401, graduate: 403, otherRecruiter: 404, staff: 403 },
    ],
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
      { anonymous: 401, graduate: 404, recruiter: 200, otherRecruiter: 404, organiser: 404, staff: 200 },
    ],
    [
      "GET",
      "/v1/vacancies/{v}/applications",
      () => undefined,
      { anonymous: 401, graduate: 404, recruiter: 200, otherRecruiter: 404, staff: 200 },
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
      { anonymous: 401, graduate: 404, otherRecruiter: 404, organiser: 404 },
    ],
    [
      "POST",
      "/v1/vacancies/{v}/close",
      () => ({ state: "closed" }),
      { anonymous: 401, graduate: 404, otherRecruiter: 404, organiser: 404 },
    ],
    ["POST", "/v1/vacancies/{v}/applications", () => ({}), { anonymous: 401, recruiter: 403, staff: 403, graduate: 409 }],
    [
      "GET",
      "/v1/applications/{app}",
      () => undefined,
      { anonymous: 401, graduate: 200, otherGraduate: 404, recruiter: 200, otherRecruiter: 404, organiser: 404, staff: 200 },
    ],
    [
      "POST",
      "/v1/applications/{app}/transitions",
      () => ({ to: "shortlisted" }),
      { anonymous: 401, otherGraduate: 404, otherRecruiter: 404, graduate: 403 },
    ],
    [
      "GET",
      "/v1/staff/credential-reviews?ppkd=Jakarta%20Selatan",
      () => undefined,
      { anonymous: 401, graduate: 403, recruiter: 403, organiser: 403, staff: 200 },
    ],
    ["GET", "/v1/staff/licence-reviews", () => undefined, { anonymous: 401, recruiter: 403, staff: 200 }],
    [
      "POST",
      "/v1/staff/licence-reviews/{b}",
      () => ({ verified: true }),
      { anonymous: 401, recruiter: 403, otherRecruiter: 403, graduate: 403 },
    ],
    ["GET", "/v1/ops/outbox/email", () => undefined, { anonymous: 401, graduate: 403, recruiter: 403, staff: 200 }],
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

  it.each(rows)("$name", async ({ method, path, body, who, status }) => {
    const url = path.replace(/\{(\w+)\}/g, (_, k: string) => ids[k]!);
    const res = await callers[who].request(method, url, body());
    expect(res.status, JSON.stringify(res.body)).toBe(status);
    if (status >= 400) expect(res.body).toMatchObject({ status, code: expect.any(String), title: expect.any(String) });
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
      const res = await fetch(`${api.runtime.url}/v1/staff/licence-reviews`, { headers: { authorization: `Bearer ${token}` } });
      statuses.push(res.status);
    }
    expect(statuses).toEqual([401, 401, 403, 403]);
  });
});
