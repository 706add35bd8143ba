import { describe, expect, it } from "vitest";
import { applicationMachine, vacancyMachine } from "./state-machines.ts";

describe("vacancy lifecycle", () => {
  it.each([
    ["a recruiter publishes a draft", "draft", "published", "recruiter", true],
    ["staff cannot publish for a recruiter", "draft", "published", "staff", false],
    ["staff can close a published vacancy (enforcement)", "published", "closed", "staff", true],
    ["a recruiter marks a vacancy filled", "published", "filled", "recruiter", true],
    ["a closed vacancy cannot be republished", "closed", "published", "recruiter", false],
    ["a filled vacancy stays filled", "filled", "published", "recruiter", false],
  ] as const)("%s", (_, from, to, role, ok) => {
    expect(vacancyMachine.attempt(from, to, role).ok).toBe(ok);
  });
});

describe("application pipeline", () => {
  it.each([
    ["a recruiter shortlists an application", "applied", "shortlisted", "recruiter", true],
    ["a graduate cannot shortlist themself", "applied", "shortlisted", "graduate", false],
    ["a shortlisted candidate is invited to interview", "shortlisted", "interview", "recruiter", true],
    [
      "an organiser does not move applications (a recruiter records the interview)",
      "shortlisted",
      "interview",
      "organiser",
      false,
    ],
    ["an offer follows an interview", "interview", "offered", "recruiter", true],
    ["no offer without an interview", "applied", "offered", "recruiter", false],
    ["only the graduate accepts an offer", "offered", "accepted", "recruiter", false],
    ["the graduate accepts an offer", "offered", "accepted", "graduate", true],
    ["the graduate declines an offer", "offered", "declined", "graduate", true],
    ["placement is recorded after acceptance", "accepted", "placed", "staff", true],
    ["a graduate may withdraw at any open stage", "interview", "withdrawn", "graduate", true],
    ["a recruiter cannot withdraw for the graduate", "interview", "withdrawn", "recruiter", false],
    ["a rejected application is final", "rejected", "shortlisted", "recruiter", false],
    ["a placement is final", "placed", "withdrawn", "graduate", false],
  ] as const)("%s", (_, from, to, role, ok) => {
    expect(applicationMachine.attempt(from, to, role).ok).toBe(ok);
  });

  it("explains a refusal in both languages with a code", () => {
    const result = applicationMachine.attempt("offered", "accepted", "recruiter");
    expect(result).toMatchObject({
      ok: false,
      code: "role_not_allowed",
      message: { en: "A recruiter may not accept the offer" },
    });
    expect(applicationMachine.attempt("placed", "applied", "staff")).toMatchObject({ ok: false, code: "no_such_transition" });
  });

  it("terminal states have no way out", () => {
    for (const state of applicationMachine.terminal) {
      for (const role of ["graduate", "recruiter", "organiser", "staff"] as const)
        expect(applicationMachine.next(state, role)).toEqual([]);
    }
  });
});
