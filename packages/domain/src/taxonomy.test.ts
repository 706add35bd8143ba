import { aCredential, aGraduate, aRequirement, aVacancy, NOW } from "@jalur/fixtures";
import { describe, expect, it } from "vitest";
import { credentialProblems } from "./credentials.ts";
import { evaluate } from "./evaluate.ts";
import { PlacementPolicy, placementPolicy } from "./policy.ts";
import { requirementProblems } from "./requirements.ts";
import { createTaxonomy, TaxonomyData } from "./taxonomy.ts";
import { defaultTaxonomy, taxonomyData } from "./taxonomy-data.ts";

describe("the skill taxonomy is data", () => {
  it("the built-in taxonomy and placement policy satisfy their schemas as they stand (they are not parsed at load)", () => {
    expect(TaxonomyData.parse(taxonomyData)).toEqual(taxonomyData);
    expect(PlacementPolicy.parse(placementPolicy)).toEqual(placementPolicy);
    const badCurrency = {
      ...placementPolicy,
      destinations: { JP: { ...placementPolicy.destinations.JP, monthlySalaryFloor: { amount: 1, currency: "yen" } } },
    };
    expect(PlacementPolicy.safeParse(badCurrency).success).toBe(false);
    const tw = placementPolicy.destinations.TW!;
    const unknownSector = {
      ...placementPolicy,
      destinations: { TW: { ...tw, sectorFloors: { "no-such-sector": tw.monthlySalaryFloor! } } },
    };
    expect(PlacementPolicy.safeParse(unknownSector).error?.issues.map((i) => i.path.join("."))).toEqual([
      "destinations.TW.sectorFloors.no-such-sector",
    ]);
  });

  it("a new test is added without code changes and compares by its own scale", () => {
    const extended = createTaxonomy({
      ...taxonomyData,
      version: "2026-12-01",
      skills: [
        ...taxonomyData.skills,
        {
          code: "lang.ja.nat-test",
          family: "language",
          kind: "scale",
          label: { id: "NAT-TEST", en: "NAT-TEST" },
          levels: ["5Q", "4Q", "3Q"].map((code) => ({ code, label: { id: `NAT ${code}`, en: `NAT ${code}` } })),
        },
      ],
    });
    const result = evaluate(
      aGraduate({ credentials: [aCredential({ skill: "lang.ja.nat-test", level: "3Q" })] }),
      aVacancy({ requirements: [aRequirement({ skill: "lang.ja.nat-test", minLevel: "4Q" })] }),
      NOW,
      { taxonomy: extended },
    );
    expect(result.lines[0]!.outcome).toBe("met");
    expect(result.taxonomyVersion).toBe("2026-12-01");
  });

  it("refuses a welding table with a cycle or an unknown position", () => {
    const cyclic = taxonomyData.weldingPositions.map((p) => (p.code === "plate-1G" ? { ...p, covers: ["plate-2G"] } : p));
    expect(() => createTaxonomy({ ...taxonomyData, weldingPositions: cyclic })).toThrow(/Cyclic/);
    const unknown = taxonomyData.weldingPositions.map((p) => (p.code === "plate-1G" ? { ...p, covers: ["plate-9G"] } : p));
    expect(() => createTaxonomy({ ...taxonomyData, weldingPositions: unknown })).toThrow(/unknown/);
  });

  it("refuses an equivalence to a level that does not exist", () => {
    const bad = [{ ...taxonomyData.equivalences[0]!, to: { skill: "lang.ja.jlpt", level: "N9" } }];
    expect(() => createTaxonomy({ ...taxonomyData, equivalences: bad })).toThrow(/unknown/);
  });

  it("has labels in Bahasa Indonesia and English for every skill", () => {
    for (const skill of defaultTaxonomy.skills) {
      expect(skill.label.id.length).toBeGreaterThan(0);
      expect(skill.label.en.length).toBeGreaterThan(0);
    }
  });

  it("checks credentials and requirements against the taxonomy", () => {
    expect(credentialProblems(aCredential({ skill: "lang.ja.jlpt", level: "N7" }), defaultTaxonomy)).toEqual([
      "Level N7 is not on the lang.ja.jlpt scale",
    ]);
    expect(credentialProblems(aCredential({ skill: "weld.141" }), defaultTaxonomy)).toEqual([
      "A welding qualification needs its tested positions",
    ]);
    expect(credentialProblems(aCredential({ skill: "lang.ko.eps-topik", score: 250 }), defaultTaxonomy)).toEqual([
      "Score must be between 0 and 200",
    ]);
    expect(credentialProblems(aCredential({ skill: "nope" }), defaultTaxonomy)).toEqual(["Unknown skill nope"]);
    expect(requirementProblems(aRequirement({ skill: "lang.de.cefr" }), defaultTaxonomy)).toEqual([
      "lang.de.cefr needs a minimum level",
    ]);
    expect(
      requirementProblems(aRequirement({ skill: "weld.135", welding: { positions: ["plate-7G"] } }), defaultTaxonomy),
    ).toEqual(["Unknown welding position plate-7G"]);
    expect(requirementProblems(aRequirement({ skill: "lang.ja.jlpt", minLevel: "N3" }), defaultTaxonomy)).toEqual([]);
  });
});
