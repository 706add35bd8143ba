import { aCredential, aRequirement } from "@jalur/fixtures";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { credentialProblems } from "./credentials.ts";
import { requirementProblems } from "./requirements.ts";
import { editDistance, MAX_SKILL_RESULTS, nearestSkills, searchSkillPage, searchSkills, unknownSkill } from "./skill-search.ts";
import { createTaxonomy } from "./taxonomy.ts";
import { defaultTaxonomy, taxonomyData } from "./taxonomy-data.ts";

const codes = (query: string, limit?: number) => searchSkills(query, limit ? { limit } : {}).map((h) => h.code);

describe("searching the skill taxonomy", () => {
  it("finds a test by its common name: JLPT first, with its levels N5..N1", () => {
    const [first] = searchSkills("JLPT");
    expect(first).toMatchObject({
      code: "lang.ja.jlpt",
      label: { id: "Bahasa Jepang (JLPT)", en: "Japanese (JLPT)" },
      family: "language",
      kind: "scale",
      match: "alias",
    });
    expect(first?.levels?.map((l) => l.code)).toEqual(["N5", "N4", "N3", "N2", "N1"]);
    expect(codes("jlpt")[0]).toBe("lang.ja.jlpt");
    expect(codes("  Jlpt  ")[0]).toBe("lang.ja.jlpt");
  });

  it("finds a test with a level in the query", () => {
    expect(codes("jlpt n3")[0]).toBe("lang.ja.jlpt");
    expect(codes("JLPT N3")).toEqual(["lang.ja.jlpt"]);
    expect(codes("german b1")[0]).toBe("lang.de.cefr");
  });

  it("finds a welding process by its ISO 4063 number, in English or Bahasa Indonesia", () => {
    expect(codes("welding 135")[0]).toBe("weld.135");
    expect(codes("las 135")[0]).toBe("weld.135");
    expect(codes("135")[0]).toBe("weld.135");
    expect(codes("TIG")[0]).toBe("weld.141");
    expect(codes("las", 50)).toEqual(expect.arrayContaining(["weld.111", "weld.135", "weld.141"]));
    // A process number is not a welding level or anything else.
    expect(searchSkills("135").filter((h) => h.match !== "partial")).toHaveLength(1);
  });

  it("finds Korean by the language's name in either language", () => {
    expect(codes("bahasa korea")[0]).toBe("lang.ko.topik");
    expect(codes("bahasa korea")).toContain("lang.ko.eps-topik");
    expect(codes("korean")[0]).toBe("lang.ko.topik");
    expect(codes("TOPIK")[0]).toBe("lang.ko.topik");
    expect(codes("Jepang")).toEqual(expect.arrayContaining(["lang.ja.jlpt", "lang.ja.jft-basic"]));
  });

  it("ranks an exact code over a code prefix over a label word over a substring over a typo", () => {
    expect(searchSkills("lang.ja.jlpt")[0]).toMatchObject({ code: "lang.ja.jlpt", match: "code" });
    expect(
      searchSkills("lang.ja")
        .slice(0, 2)
        .map((h) => [h.code, h.match]),
    ).toEqual([
      ["lang.ja.jlpt", "code_prefix"],
      ["lang.ja.jft-basic", "code_prefix"],
    ]);
    expect(searchSkills("jerman")[0]).toMatchObject({ code: "lang.de.cefr", match: "word" });
    expect(searchSkills("ousekeep")[0]).toMatchObject({ code: "bnsp.hospitality.housekeeping", match: "substring" });
    expect(searchSkills("weldng")[0]).toMatchObject({ match: "fuzzy" });
    expect(codes("weldng")).toContain("weld.135");
  });

  it("ignores case, accents and full-width forms", () => {
    expect(codes("ＪＬＰＴ")[0]).toBe("lang.ja.jlpt");
    expect(codes("Jérman")[0]).toBe("lang.de.cefr");
    expect(codes("KOREAN")[0]).toBe("lang.ko.topik");
  });

  it("finds nothing for nonsense, blanks, emoji or other scripts, and does not throw", () => {
    expect(searchSkills("xyz")).toEqual([]);
    expect(searchSkills("")).toEqual([]);
    expect(searchSkills("   ")).toEqual([]);
    expect(searchSkills("🎌🎌🎌")).toEqual([]);
    expect(searchSkills("日本語")).toEqual([]);
    expect(searchSkills("\u0000\u202e")).toEqual([]);
    expect(codes("🎌 jlpt")[0]).toBe("lang.ja.jlpt");
  });

  it("reads a 10 KB query quickly and returns at most the limit", () => {
    const started = performance.now();
    expect(searchSkills("x".repeat(10_240))).toEqual([]);
    expect(codes(`jlpt ${"a ".repeat(5000)}`).length).toBeLessThanOrEqual(20);
    expect(searchSkills("😀".repeat(5000))).toEqual([]);
    expect(nearestSkills("lang.".repeat(2048))).toEqual(expect.any(Array));
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it("bounds the page: limit 1–50, an offset, and the total", () => {
    expect(searchSkills("lang", { limit: 1000 }).length).toBeLessThanOrEqual(MAX_SKILL_RESULTS);
    expect(searchSkills("lang", { limit: 0 })).toHaveLength(1);
    const all = searchSkillPage("lang", { limit: 50 });
    expect(all.total).toBe(13); // 12 lang.* and jp-ssw.lang.nursing-care
    expect(searchSkills("lang", { limit: Number.NaN })).toHaveLength(13);
    const second = searchSkillPage("lang", { limit: 5, offset: 5 });
    expect(second.total).toBe(all.total);
    expect(second.items).toEqual(all.items.slice(5, 10));
  });

  it("lists the whole taxonomy in its own order when there is no query", () => {
    const first = searchSkillPage(undefined, { limit: 3 });
    expect(first.total).toBe(defaultTaxonomy.skills.length);
    expect(first.items.map((s) => s.code)).toEqual(defaultTaxonomy.skills.slice(0, 3).map((s) => s.code));
    const everything = [0, 50, 100].flatMap((offset) => searchSkillPage("", { limit: 50, offset }).items.map((s) => s.code));
    expect(everything).toEqual(defaultTaxonomy.skills.map((s) => s.code));
    expect(first.items.find((s) => s.code === "lang.ko.eps-topik")).toBeUndefined();
    expect(searchSkillPage("", { limit: 50 }).items.find((s) => s.code === "weld.135")).not.toHaveProperty("levels");
  });

  it("searches a taxonomy it is given (a new test is found without code changes)", () => {
    const extended = createTaxonomy({
      ...taxonomyData,
      skills: [
        ...taxonomyData.skills,
        {
          code: "lang.ja.nat-test",
          family: "language",
          kind: "scale",
          label: { id: "Bahasa Jepang (NAT-TEST)", en: "Japanese (NAT-TEST)" },
          levels: [{ code: "5Q", label: { id: "NAT 5Q", en: "NAT 5Q" } }],
        },
      ],
    });
    expect(searchSkills("nat test", { taxonomy: extended })[0]?.code).toBe("lang.ja.nat-test");
    expect(codes("nat test", 50)).not.toContain("lang.ja.nat-test");
  });

  it("property: every code in the taxonomy, searched by itself, comes first", () => {
    fc.assert(
      fc.property(fc.constantFrom(...defaultTaxonomy.skills.map((s) => s.code)), fc.boolean(), (code, upper) => {
        const query = upper ? code.toUpperCase() : code;
        expect(searchSkills(query)[0]).toMatchObject({ code, match: "code" });
      }),
    );
  });

  it("property: any text at all gives a bounded answer of known codes, without throwing", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300, unit: "binary" }), fc.integer({ min: -5, max: 500 }), (query, limit) => {
        const hits = searchSkills(query, { limit });
        expect(hits.length).toBeLessThanOrEqual(Math.min(MAX_SKILL_RESULTS, Math.max(1, limit)));
        for (const h of hits) expect(defaultTaxonomy.skill(h.code)).toBeDefined();
        for (const code of nearestSkills(query)) expect(defaultTaxonomy.skill(code)).toBeDefined();
      }),
    );
  });
});

describe("the nearest codes to an unknown one", () => {
  it("suggests by alias, code prefix and typos", () => {
    expect(nearestSkills("JLPT")).toEqual(["lang.ja.jlpt"]);
    expect(nearestSkills("lang.jp.jlpt")[0]).toBe("lang.ja.jlpt");
    expect(nearestSkills("LANG.JA.JLPT")[0]).toBe("lang.ja.jlpt");
    expect(nearestSkills("weld.134")).toEqual(expect.arrayContaining(["weld.135", "weld.131", "weld.136"]));
    expect(nearestSkills("lang.en")).toEqual(["lang.en.cefr"]);
    expect(nearestSkills("TOPIK")[0]).toBe("lang.ko.topik");
    expect(nearestSkills("hospitality", 2)).toHaveLength(2);
  });

  it("suggests nothing when nothing is close", () => {
    expect(nearestSkills("xyz")).toEqual([]);
    expect(nearestSkills("nope")).toEqual([]);
    expect(nearestSkills("")).toEqual([]);
    expect(nearestSkills("JLPT", 0)).toEqual([]);
  });

  it("names the suggestions in both languages", () => {
    expect(unknownSkill("JLPT")).toEqual({
      text: {
        en: "Unknown skill JLPT; did you mean lang.ja.jlpt?",
        id: "Keahlian JLPT tidak dikenal; maksud Anda lang.ja.jlpt?",
      },
      suggestions: ["lang.ja.jlpt"],
    });
    expect(unknownSkill("TOPIK").text.en).toBe("Unknown skill TOPIK; did you mean lang.ko.topik or lang.ko.eps-topik?");
    expect(unknownSkill("TOPIK").text.id).toBe("Keahlian TOPIK tidak dikenal; maksud Anda lang.ko.topik atau lang.ko.eps-topik?");
    expect(unknownSkill("weld.134").text.en).toMatch(
      /^Unknown skill weld\.134; did you mean weld\.\d+, weld\.\d+ or weld\.\d+\?$/,
    );
    expect(unknownSkill("xyz").text).toEqual({ en: "Unknown skill xyz", id: "Keahlian xyz tidak dikenal" });
  });

  it("echoes an unknown code on one line and cut short", () => {
    const { text } = unknownSkill(`a\nb${"c".repeat(200)}`);
    expect(text.en).not.toMatch(/\n/);
    expect(text.en.length).toBeLessThan(120);
  });

  it("is what refusing a requirement or a credential says", () => {
    expect(requirementProblems(aRequirement({ skill: "JLPT" }), defaultTaxonomy)).toEqual([
      "Unknown skill JLPT; did you mean lang.ja.jlpt?",
    ]);
    expect(credentialProblems(aCredential({ skill: "jlpt" }), defaultTaxonomy)).toEqual([
      "Unknown skill jlpt; did you mean lang.ja.jlpt?",
    ]);
  });
});

describe("edit distance", () => {
  it("counts insertions, deletions, substitutions and adjacent swaps", () => {
    expect(editDistance("jlpt", "jlpt")).toBe(0);
    expect(editDistance("jlpt", "jltp")).toBe(1);
    expect(editDistance("korea", "korean")).toBe(1);
    expect(editDistance("weld.134", "weld.135")).toBe(1);
    expect(editDistance("", "abc")).toBe(3);
    expect(editDistance("abcdef", "uvwxyz", 2)).toBe(3);
  });
});
