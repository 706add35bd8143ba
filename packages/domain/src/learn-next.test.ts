import { describe, expect, it } from "vitest";
import type { Credential } from "./credentials.ts";
import type { VacancyForMatching } from "./evaluate.ts";
import { whatToLearnNext } from "./learn-next.ts";
import type { Requirement } from "./requirements.ts";

const now = new Date("2026-11-25T03:00:00Z");

const jlpt = (level: string, verification: Credential["verification"] = "verified"): Credential => ({
  id: `jlpt-${level}`,
  skill: "lang.ja.jlpt",
  level,
  issuer: "The Japan Foundation",
  number: `J-${level}`,
  issuedOn: "2026-01-10",
  verification,
});

const ask = (id: string, skill: string, extra: Partial<Requirement> = {}): Requirement => ({
  id,
  skill,
  importance: "required",
  weight: 1,
  ...extra,
});

const vacancy = (id: string, requirements: Requirement[], extra: Partial<VacancyForMatching> = {}): VacancyForMatching => ({
  id,
  requirements,
  expectedStart: "2027-04-01",
  ...extra,
});

const graduate = (credentials: Credential[], birthDate = "2001-05-05") => ({ id: "g1", birthDate, credentials });

describe("what to learn next", () => {
  it("names the level that opens the most vacancies missed for that reason alone (a higher level opens lower asks too)", () => {
    const vacancies = [
      vacancy("v-n4-a", [ask("ja", "lang.ja.jlpt", { minLevel: "N4" })]),
      vacancy("v-n4-b", [ask("ja", "lang.ja.jlpt", { minLevel: "N4" })]),
      vacancy("v-n3", [ask("ja", "lang.ja.jlpt", { minLevel: "N3" })]),
      vacancy("v-topik", [ask("ko", "lang.ko.topik", { minLevel: "2" })]),
    ];
    const next = whatToLearnNext(graduate([jlpt("N5")]), vacancies, now);
    expect(next).toMatchObject({ skill: "lang.ja.jlpt", level: "N3", opens: ["v-n4-a", "v-n4-b", "v-n3"] });
    expect(next?.needed.en).toContain("JLPT N3");
  });

  it("prefers the easier level when both open the same vacancies", () => {
    const vacancies = [
      vacancy("v1", [ask("ja", "lang.ja.jlpt", { minLevel: "N4" })]),
      vacancy("v2", [ask("ja", "lang.ja.jlpt", { minLevel: "N4" })]),
    ];
    expect(whatToLearnNext(graduate([]), vacancies, now)).toMatchObject({ level: "N4", opens: ["v1", "v2"] });
  });

  it("leaves out vacancies missing two things, failing an age rule, already open, or waiting for a review", () => {
    const vacancies = [
      vacancy("two-missing", [ask("ja", "lang.ja.jlpt", { minLevel: "N4" }), ask("ko", "lang.ko.topik", { minLevel: "2" })]),
      vacancy("too-old", [ask("ja", "lang.ja.jlpt", { minLevel: "N4" })], { ageMax: 20 }),
      vacancy("already-open", [ask("ja", "lang.ja.jlpt", { minLevel: "N5" })]),
    ];
    expect(whatToLearnNext(graduate([jlpt("N5")]), vacancies, now)).toBeUndefined();
    // An N4 waiting for review: nothing to learn, it only needs verifying.
    const waiting = [vacancy("v", [ask("ja", "lang.ja.jlpt", { minLevel: "N4" })])];
    expect(whatToLearnNext(graduate([jlpt("N4", "pending")]), waiting, now)).toBeUndefined();
  });

  it("counts a preferred item missing as no reason at all (the vacancy is already open)", () => {
    const vacancies = [
      vacancy("v", [
        ask("ja", "lang.ja.jlpt", { minLevel: "N5" }),
        ask("ko", "lang.ko.topik", { minLevel: "2", importance: "preferred" }),
      ]),
    ];
    expect(whatToLearnNext(graduate([jlpt("N5")]), vacancies, now)).toBeUndefined();
  });
});
