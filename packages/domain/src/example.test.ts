import { aCredential, aGraduate, aRequirement, aVacancy, NOW } from "@jalur/fixtures";
import { describe, expect, it } from "vitest";
import { evaluate } from "./evaluate.ts";

/** The worked example in README.md ("How matching works"): if this changes, so must the README. */
describe("the README's worked example", () => {
  it("scores Dewi 79.4 and eligible for the Kaigo vacancy", () => {
    const vacancy = aVacancy({
      id: "kaigo-osaka",
      program: "jp-ssw",
      expectedStart: "2027-04-01",
      ageMin: 18,
      ageMax: 35,
      requirements: [
        aRequirement({ id: "jlpt", skill: "lang.ja.jlpt", minLevel: "N4" }),
        aRequirement({ id: "ssw-care", skill: "jp-ssw.skill.nursing-care" }),
        aRequirement({ id: "caregiver", skill: "bnsp.care.caregiver", importance: "preferred", weight: 3 }),
        aRequirement({ id: "n3", skill: "lang.ja.jlpt", minLevel: "N3", importance: "preferred", weight: 2 }),
      ],
    });
    const dewi = aGraduate({
      id: "dewi",
      birthDate: "2001-05-12",
      credentials: [
        aCredential({ id: "jft", skill: "lang.ja.jft-basic", level: "A2", issuedOn: "2026-05-02" }),
        aCredential({ id: "n5", skill: "lang.ja.jlpt", level: "N5", issuedOn: "2025-12-07" }),
        aCredential({ id: "ssw", skill: "jp-ssw.skill.nursing-care", issuedOn: "2026-08-20", number: "SSW-NC-2231" }),
        aCredential({
          id: "cg",
          skill: "bnsp.care.caregiver",
          issuedOn: "2026-07-01",
          verification: "pending",
          number: "BNSP-CG-8812",
        }),
      ],
    });
    const result = evaluate(dewi, vacancy, NOW);
    expect(result).toMatchObject({ eligible: true, score: 79.4, missingRequired: 0 });
    expect(result.lines.map((l) => [l.requirementId, l.outcome, l.points, l.maxPoints])).toEqual([
      ["jlpt", "met", 6, 6],
      ["ssw-care", "met", 6, 6],
      ["caregiver", "unverified_only", 1.5, 3],
      ["n3", "not_met", 0, 2],
    ]);
    expect(result.lines[3]!.explanation.en).toBe("JLPT N3 or higher needed; you hold JFT-Basic pass (A2) (counts as JLPT N4)");
    expect(result.gates[2]!.explanation.en).toBe("Age 18–35 at the expected start (2027-04-01); you will be 25");
  });
});
