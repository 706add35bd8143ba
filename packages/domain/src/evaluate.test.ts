import { aCredential, aGraduate, aRequirement, aVacancy, NOW } from "@jalur/fixtures";
import { describe, expect, it } from "vitest";
import { evaluate, type GraduateForMatching, type VacancyForMatching } from "./evaluate.ts";
import { compareEvaluations } from "./ranking.ts";

const jlpt = (level: string, extra = {}) => aCredential({ skill: "lang.ja.jlpt", level, ...extra });
const needJlpt = (minLevel: string, extra = {}) => aRequirement({ skill: "lang.ja.jlpt", minLevel, ...extra });
/** Graduates for a vacancy in the domain's order (best first). */
const ranked = (vacancy: VacancyForMatching, graduates: GraduateForMatching[]) =>
  graduates
    .map((g) => evaluate(g, vacancy, NOW))
    .sort((a, b) => compareEvaluations(a, b, (e) => e.graduateId))
    .map((e) => e.graduateId);
const one = (credentials: ReturnType<typeof aCredential>[], requirement: ReturnType<typeof aRequirement>, vacancy = {}) =>
  evaluate(aGraduate({ credentials }), aVacancy({ requirements: [requirement], ...vacancy }), NOW).lines[0]!;

describe("language levels are ordered scales", () => {
  it.each([
    ["JLPT N3 satisfies N4 or better", "N3", "N4", "met"],
    ["JLPT N4 satisfies N4", "N4", "N4", "met"],
    ["JLPT N1 satisfies N2", "N1", "N2", "met"],
    ["JLPT N5 does not satisfy N4", "N5", "N4", "not_met"],
    ["JLPT N3 does not satisfy N2", "N3", "N2", "not_met"],
  ])("%s", (_, held, needed, outcome) => {
    expect(one([jlpt(held)], needJlpt(needed)).outcome).toBe(outcome);
  });

  it("says what is missing: N4 needed, N5 held", () => {
    const line = one([jlpt("N5")], needJlpt("N4"));
    expect(line.explanation.en).toBe("JLPT N4 or higher needed; you hold JLPT N5");
    expect(line.explanation.id).toBe("JLPT N4 atau lebih tinggi dibutuhkan; Anda memiliki JLPT N5");
    expect(line.held?.en).toBe("JLPT N5");
  });

  it("names the credential that met the requirement", () => {
    const line = one([jlpt("N3", { id: "my-n3" }), jlpt("N4", { id: "my-n4" })], needJlpt("N4"));
    expect(line.credentialIds).toEqual(["my-n3"]);
    expect(line.explanation.en).toBe("Met by JLPT N3");
  });

  it("JFT-Basic A2 satisfies N4 for SSW", () => {
    const line = one([aCredential({ skill: "lang.ja.jft-basic", level: "A2" })], needJlpt("N4"), { program: "jp-ssw" });
    expect(line.outcome).toBe("met");
    expect(line.explanation.en).toBe("Met by JFT-Basic pass (A2) (counts as JLPT N4)");
  });

  it("JFT-Basic A2 does not satisfy N4 outside the SSW programme", () => {
    expect(
      one([aCredential({ skill: "lang.ja.jft-basic", level: "A2" })], needJlpt("N4"), { program: "jp-tokutei-ginou-ikusei" })
        .outcome,
    ).toBe("not_met");
    expect(one([aCredential({ skill: "lang.ja.jft-basic", level: "A2" })], needJlpt("N4")).outcome).toBe("not_met");
  });

  it("JFT-Basic A2 does not satisfy N3, even for SSW", () => {
    expect(one([aCredential({ skill: "lang.ja.jft-basic", level: "A2" })], needJlpt("N3"), { program: "jp-ssw" }).outcome).toBe(
      "not_met",
    );
  });

  it.each([
    ["TOPIK 4 satisfies TOPIK 3", "lang.ko.topik", "4", "3", "met"],
    ["TOPIK 2 does not satisfy TOPIK 3", "lang.ko.topik", "2", "3", "not_met"],
    ["German B2 satisfies German B1", "lang.de.cefr", "B2", "B1", "met"],
    ["German A2 does not satisfy German B1", "lang.de.cefr", "A2", "B1", "not_met"],
    ["HSK 4 satisfies HSK 3", "lang.zh.hsk", "4", "3", "met"],
  ])("%s", (_, skill, held, needed, outcome) => {
    expect(one([aCredential({ skill, level: held })], aRequirement({ skill, minLevel: needed })).outcome).toBe(outcome);
  });

  it("English C1 does not satisfy German B1 (CEFR levels are per language)", () => {
    expect(
      one([aCredential({ skill: "lang.en.cefr", level: "C1" })], aRequirement({ skill: "lang.de.cefr", minLevel: "B1" })).outcome,
    ).toBe("not_met");
  });

  it.each([
    ["EPS-TOPIK at the round's pass mark is met", 120, 120, "met"],
    ["EPS-TOPIK above the pass mark is met", 170, 120, "met"],
    ["EPS-TOPIK below the pass mark is not met", 119, 120, "not_met"],
  ])("%s", (_, score, minScore, outcome) => {
    const eps = aCredential({ skill: "lang.ko.eps-topik", score, issuedOn: "2026-01-10" });
    expect(one([eps], aRequirement({ skill: "lang.ko.eps-topik", minScore }), { expectedStart: "2027-01-01" }).outcome).toBe(
      outcome,
    );
  });

  it("EPS-TOPIK is valid 2 years: a score from two years ago no longer counts", () => {
    const eps = aCredential({ skill: "lang.ko.eps-topik", score: 180, issuedOn: "2024-11-20" });
    const line = one([eps], aRequirement({ skill: "lang.ko.eps-topik", minScore: 120 }));
    expect(line.outcome).toBe("not_met");
    expect(line.explanation.en).toContain("expired on 2026-11-20");
  });
});

describe("validity and verification", () => {
  it("expired credential is not met", () => {
    const line = one([jlpt("N3", { expiresOn: "2026-11-01" })], needJlpt("N4"));
    expect(line.outcome).toBe("not_met");
    expect(line.explanation.en).toBe("JLPT N3 expired on 2026-11-01");
  });

  it("a credential expiring before the expected start is met but flagged as a renewal", () => {
    const result = evaluate(
      aGraduate({ credentials: [jlpt("N3", { expiresOn: "2027-02-01" })] }),
      aVacancy({ requirements: [needJlpt("N4")], expectedStart: "2027-04-01" }),
      NOW,
    );
    expect(result.lines[0]!.outcome).toBe("met_expires_before_start");
    expect(result.lines[0]!.lapsesOn).toBe("2027-02-01");
    expect(result.lines[0]!.explanation.en).toContain("before the expected start 2027-04-01");
    expect(result).toMatchObject({ eligible: true, missingRequired: 0, renewalsBeforeStart: 1 });
  });

  it("a credential valid on the expected start day counts as met", () => {
    expect(one([jlpt("N3", { expiresOn: "2027-04-01" })], needJlpt("N4")).outcome).toBe("met");
  });

  it("an unverified certificate does not pass a required item", () => {
    const result = evaluate(
      aGraduate({ credentials: [jlpt("N3", { verification: "pending" })] }),
      aVacancy({ requirements: [needJlpt("N4")] }),
      NOW,
    );
    expect(result.lines[0]!.outcome).toBe("unverified_only");
    expect(result.lines[0]!.explanation.en).toBe("Only unverified evidence: JLPT N3");
    expect(result.eligible).toBe(false);
  });

  it("an unverified certificate counts half toward a preferred item", () => {
    const line = one([jlpt("N3", { verification: "pending" })], needJlpt("N4", { importance: "preferred", weight: 4 }));
    expect(line.outcome).toBe("unverified_only");
    expect(line.points).toBe(2);
    expect(line.maxPoints).toBe(4);
  });

  it("a rejected credential counts for nothing", () => {
    expect(one([jlpt("N1", { verification: "rejected" })], needJlpt("N4")).outcome).toBe("not_met");
  });

  it("a verified credential is preferred over an unverified higher one", () => {
    const line = one([jlpt("N1", { id: "n1-pending", verification: "pending" }), jlpt("N4", { id: "n4-ok" })], needJlpt("N4"));
    expect(line.outcome).toBe("met");
    expect(line.credentialIds).toEqual(["n4-ok"]);
  });

  it("a certificate issued in the future does not count yet", () => {
    expect(one([jlpt("N3", { issuedOn: "2026-12-20" })], needJlpt("N4")).outcome).toBe("not_met");
  });
});

describe("welding qualifications", () => {
  const gtaw = (positions: string[], extra = {}) =>
    aCredential({ skill: "weld.141", welding: { positions }, issuedOn: "2026-03-01", lastConfirmedOn: "2026-09-01", ...extra });
  const needGtaw = (positions: string[], extra = {}) => aRequirement({ skill: "weld.141", welding: { positions }, ...extra });
  const startSoon = { expectedStart: "2027-01-15" };

  it("a GTAW 6G pipe qualification meets a vacancy asking for GTAW 3G plate", () => {
    expect(one([gtaw(["pipe-6G"])], needGtaw(["plate-3G"]), startSoon).outcome).toBe("met");
  });

  it("the process must match: SMAW 6G does not meet GTAW 3G", () => {
    const smaw = aCredential({ skill: "weld.111", welding: { positions: ["pipe-6G"] }, issuedOn: "2026-09-01" });
    expect(one([smaw], needGtaw(["plate-3G"]), startSoon).outcome).toBe("not_met");
  });

  it("3G covers 2G but not 4G: a job needing 2G and 4G is not met by 3G alone", () => {
    expect(one([gtaw(["plate-3G"])], needGtaw(["plate-2G"]), startSoon).outcome).toBe("met");
    const line = one([gtaw(["plate-3G"])], needGtaw(["plate-2G", "plate-4G"]), startSoon);
    expect(line.outcome).toBe("not_met");
    expect(line.explanation.en).toBe("Position plate-4G not covered; you hold TIG (GTAW) welding (141): plate-3G");
  });

  it("3G and 4G certificates together meet a job needing all plate positions", () => {
    const line = one(
      [gtaw(["plate-3G"], { id: "w3" }), gtaw(["plate-4G"], { id: "w4" })],
      needGtaw(["plate-1G", "plate-2G", "plate-3G", "plate-4G"]),
      startSoon,
    );
    expect(line.outcome).toBe("met");
    expect(line.credentialIds).toEqual(["w3", "w4"]);
  });

  it("an unconfirmed ISO 9606 qualification older than 6 months is expired", () => {
    const unconfirmed = gtaw(["plate-3G"], { issuedOn: "2026-04-01", lastConfirmedOn: undefined });
    const line = one([unconfirmed], needGtaw(["plate-3G"]), startSoon);
    expect(line.outcome).toBe("not_met");
    expect(line.explanation.en).toBe(
      "TIG (GTAW) welding (141) plate-3G has lapsed: its 6-monthly confirmation was due on 2026-10-01",
    );
  });

  it("a qualification confirmed within the last 6 months counts", () => {
    expect(
      one([gtaw(["plate-3G"], { issuedOn: "2025-01-10", lastConfirmedOn: "2026-08-01" })], needGtaw(["plate-3G"]), startSoon)
        .outcome,
    ).toBe("met");
  });

  it("an overdue confirmation today is not met (the last one was more than 6 months ago)", () => {
    const result = evaluate(
      aGraduate({ credentials: [gtaw(["plate-3G"], { issuedOn: "2025-06-01", lastConfirmedOn: "2026-05-20" })] }),
      aVacancy({ requirements: [needGtaw(["plate-3G"])], ...startSoon }),
      NOW,
    );
    expect(result.lines[0]).toMatchObject({ outcome: "not_met", points: 0 });
    expect(result.lines[0]!.explanation.en).toBe(
      "TIG (GTAW) welding (141) plate-3G has lapsed: its 6-monthly confirmation was due on 2026-11-20",
    );
    expect(result).toMatchObject({ eligible: false, missingRequired: 1, renewalsBeforeStart: 0 });
  });

  it("a confirmation due before the start is a reminder, not a renewal: met with full points and confirmBy", () => {
    const result = evaluate(
      aGraduate({ credentials: [gtaw(["plate-3G"], { lastConfirmedOn: "2026-09-01" })] }),
      aVacancy({ requirements: [needGtaw(["plate-3G"])], expectedStart: "2027-06-01" }),
      NOW,
    );
    const line = result.lines[0]!;
    expect(line).toMatchObject({ outcome: "met", points: line.maxPoints, confirmBy: "2027-03-01" });
    expect(line.lapsesOn).toBeUndefined();
    expect(line.explanation).toEqual({
      id: "Terpenuhi oleh Las TIG (GTAW) (141) plate-3G; pastikan dikonfirmasi paling lambat 2027-03-01 (konfirmasi 6 bulanan jatuh tempo sebelum mulai kerja 2027-06-01)",
      en: "Met by TIG (GTAW) welding (141) plate-3G; have it confirmed by 2027-03-01 (its 6-monthly confirmation falls due before the expected start 2027-06-01)",
    });
    expect(result).toMatchObject({ eligible: true, score: 100, missingRequired: 0, renewalsBeforeStart: 0 });
  });

  it("a confirmation due after the expected start needs no reminder", () => {
    const line = one([gtaw(["plate-3G"], { lastConfirmedOn: "2026-09-01" })], needGtaw(["plate-3G"]), startSoon);
    expect(line.outcome).toBe("met");
    expect(line.confirmBy).toBeUndefined();
    expect(line.explanation.en).toBe("Met by TIG (GTAW) welding (141) plate-3G");
  });

  it("a confirmation due before the start never lowers the rank: same order as one that is not", () => {
    const v = aVacancy({ requirements: [needGtaw(["plate-3G"])], expectedStart: "2027-05-01" });
    const remind = aGraduate({ id: "a-remind", credentials: [gtaw(["plate-3G"], { lastConfirmedOn: "2026-09-01" })] });
    const fresh = aGraduate({ id: "b-fresh", credentials: [gtaw(["plate-3G"], { lastConfirmedOn: "2026-11-20" })] });
    const [a, b] = [evaluate(remind, v, NOW), evaluate(fresh, v, NOW)];
    expect(a.lines[0]!.confirmBy).toBe("2027-03-01");
    expect(b.lines[0]!.confirmBy).toBeUndefined();
    expect([a.score, a.renewalsBeforeStart, a.eligible]).toEqual([b.score, b.renewalsBeforeStart, b.eligible]);
    expect(ranked(v, [fresh, remind])).toEqual(["a-remind", "b-fresh"]);
  });

  it("revalidation lapsing before start is met_expires_before_start", () => {
    // Issued 2024-01-15: the 3-year revalidation falls on 2027-01-15, before the start; confirmed in October.
    const result = evaluate(
      aGraduate({ credentials: [gtaw(["plate-3G"], { issuedOn: "2024-01-15", lastConfirmedOn: "2026-10-01" })] }),
      aVacancy({ requirements: [needGtaw(["plate-3G"])], expectedStart: "2027-06-01" }),
      NOW,
    );
    const line = result.lines[0]!;
    expect(line).toMatchObject({
      outcome: "met_expires_before_start",
      lapsesOn: "2027-01-15",
      confirmBy: "2027-04-01",
      points: line.maxPoints / 2,
    });
    expect(line.explanation.en).toBe(
      "Met by TIG (GTAW) welding (141) plate-3G, but it lapses on 2027-01-15, before the expected start 2027-06-01; have it confirmed by 2027-04-01 (its 6-monthly confirmation falls due before the expected start 2027-06-01)",
    );
    expect(result).toMatchObject({ eligible: true, renewalsBeforeStart: 1 });
  });

  it("a printed expiry before the start is met_expires_before_start, with no reminder when the confirmation is due later", () => {
    const line = one([gtaw(["plate-3G"], { expiresOn: "2027-01-10", lastConfirmedOn: "2026-10-20" })], needGtaw(["plate-3G"]), {
      expectedStart: "2027-02-01",
    });
    expect(line).toMatchObject({ outcome: "met_expires_before_start", lapsesOn: "2027-01-10" });
    expect(line.confirmBy).toBeUndefined();
  });

  it("positions covered together carry the earliest confirmation due before the start", () => {
    const line = one(
      [
        gtaw(["plate-3G"], { id: "w3", lastConfirmedOn: "2026-09-01" }),
        gtaw(["plate-4G"], { id: "w4", lastConfirmedOn: "2026-10-15" }),
      ],
      needGtaw(["plate-3G", "plate-4G"]),
      { expectedStart: "2027-06-01" },
    );
    expect(line).toMatchObject({ outcome: "met", credentialIds: ["w3", "w4"], confirmBy: "2027-03-01" });
  });

  it("of two qualifications covering a position, the one needing no confirmation before the start is named", () => {
    const line = one(
      [
        gtaw(["plate-3G"], { id: "due-soon", lastConfirmedOn: "2026-06-01" }),
        gtaw(["pipe-6G"], { id: "fresh", lastConfirmedOn: "2026-11-01" }),
      ],
      needGtaw(["plate-3G"]),
      startSoon,
    );
    expect(line.credentialIds).toEqual(["fresh"]);
    expect(line.confirmBy).toBeUndefined();
  });

  it("revalidation is due after 3 years even when confirmed", () => {
    const old = gtaw(["plate-3G"], { issuedOn: "2023-10-01", lastConfirmedOn: "2026-09-01" });
    expect(one([old], needGtaw(["plate-3G"]), startSoon).outcome).toBe("not_met");
  });
});

describe("competency, sector and other certificates match on their code", () => {
  it("a BNSP certificate meets its scheme and lists the units asked for", () => {
    const bnsp = aCredential({
      skill: "bnsp.hospitality.housekeeping",
      units: ["I.55HDR00.001.1", "I.55HDR00.002.1"],
      issuedOn: "2025-02-01",
    });
    expect(one([bnsp], aRequirement({ skill: "bnsp.hospitality.housekeeping", units: ["I.55HDR00.002.1"] })).outcome).toBe("met");
    expect(one([bnsp], aRequirement({ skill: "bnsp.hospitality.housekeeping", units: ["I.55HDR00.009.1"] })).outcome).toBe(
      "not_met",
    );
  });

  it("a BNSP certificate is valid 3 years from issue", () => {
    const bnsp = aCredential({ skill: "bnsp.culinary.cook", issuedOn: "2023-11-01" });
    expect(one([bnsp], aRequirement({ skill: "bnsp.culinary.cook" })).outcome).toBe("not_met");
  });

  it("a sector skill test matches the exact sector only", () => {
    const food = aCredential({ skill: "jp-ssw.skill.food-service" });
    expect(one([food], aRequirement({ skill: "jp-ssw.skill.food-service" })).outcome).toBe("met");
    expect(one([food], aRequirement({ skill: "jp-ssw.skill.accommodation" })).outcome).toBe("not_met");
  });
});

describe("age gates", () => {
  const ranged = aVacancy({ ageMin: 18, ageMax: 39, expectedStart: "2027-06-01" });

  it("age checked at application", () => {
    const result = evaluate(aGraduate({ birthDate: "1985-01-01" }), ranged, NOW);
    expect(result.gates.find((g) => g.gate === "age_at_application")?.ok).toBe(false);
    expect(result.eligible).toBe(false);
  });

  it("age checked at start date: 39 today but 40 by the expected start is not eligible", () => {
    const result = evaluate(aGraduate({ birthDate: "1987-03-01" }), ranged, NOW);
    expect(result.gates.find((g) => g.gate === "age_at_application")?.ok).toBe(true);
    expect(result.gates.find((g) => g.gate === "age_at_start")?.ok).toBe(false);
    expect(result.eligible).toBe(false);
  });

  it("nobody under 18 is eligible, whatever the vacancy says", () => {
    const result = evaluate(aGraduate({ birthDate: "2009-01-01" }), aVacancy(), NOW);
    expect(result.gates[0]).toMatchObject({ gate: "minimum_age", ok: false });
    expect(result.eligible).toBe(false);
  });

  it("turning 18 today is old enough", () => {
    expect(evaluate(aGraduate({ birthDate: "2008-11-24" }), aVacancy(), NOW).eligible).toBe(true);
  });
});

describe("score and ranking", () => {
  const vacancy = aVacancy({
    requirements: [
      needJlpt("N4"),
      aRequirement({ id: "p1", skill: "bnsp.culinary.cook", importance: "preferred", weight: 5 }),
      aRequirement({ id: "p2", skill: "cert.food-safety", importance: "preferred", weight: 5 }),
    ],
  });
  const allRequired = aGraduate({ id: "a", credentials: [jlpt("N4")] });
  const allPreferred = aGraduate({
    id: "b",
    credentials: [aCredential({ skill: "bnsp.culinary.cook" }), aCredential({ skill: "cert.food-safety" }), jlpt("N5")],
  });

  it("preferred items never outweigh a missing required item", () => {
    const a = evaluate(allRequired, vacancy, NOW);
    const b = evaluate(allPreferred, vacancy, NOW);
    expect(a.score).toBeGreaterThan(b.score);
    expect(ranked(vacancy, [allPreferred, allRequired])).toEqual(["a", "b"]);
  });

  it("score is earned over possible points: required worth 1 + all preferred weights", () => {
    const a = evaluate(allRequired, vacancy, NOW);
    expect(a.lines.map((l) => [l.requirementId, l.points, l.maxPoints])).toEqual([
      ["req-lang.ja.jlpt", 11, 11],
      ["p1", 0, 5],
      ["p2", 0, 5],
    ]);
    expect(a.score).toBe(52.4);
  });

  it("a vacancy without requirements scores 100 for an adult", () => {
    expect(evaluate(aGraduate(), aVacancy(), NOW)).toMatchObject({ score: 100, eligible: true, lines: [] });
  });

  it("a candidate who must renew before the start ranks below one who need not", () => {
    const v = aVacancy({ requirements: [needJlpt("N4")], expectedStart: "2027-04-01" });
    const renew = aGraduate({ id: "a-renew", credentials: [jlpt("N2", { expiresOn: "2027-01-01" })] });
    const ready = aGraduate({ id: "z-ready", credentials: [jlpt("N4")] });
    expect(ranked(v, [renew, ready])).toEqual(["z-ready", "a-renew"]);
  });

  it("ties are broken by id so the order is total", () => {
    const twins = [aGraduate({ id: "z" }), aGraduate({ id: "m" }), aGraduate({ id: "c" })];
    expect(ranked(aVacancy(), twins)).toEqual(["c", "m", "z"]);
  });
});
