import { describe, expect, it } from "vitest";
import { defaultTaxonomy as taxonomy } from "./taxonomy-data.ts";
import { weldingCoverage } from "./welding.ts";

const covers = (tested: string[], position: string, need: Record<string, unknown> = {}, extra: Record<string, unknown> = {}) =>
  weldingCoverage({ positions: tested, ...extra }, position, { positions: [position], ...need }, taxonomy).covered;

describe("welding position coverage (a test qualifies its position and the easier ones)", () => {
  it.each([
    ["1G covers 1G", ["plate-1G"], "plate-1G", true],
    ["1G does not cover 2G", ["plate-1G"], "plate-2G", false],
    ["2G covers 1G", ["plate-2G"], "plate-1G", true],
    ["3G covers 1G", ["plate-3G"], "plate-1G", true],
    ["3G covers 2G", ["plate-3G"], "plate-2G", true],
    ["3G covers 3G", ["plate-3G"], "plate-3G", true],
    ["3G does not cover 4G (overhead)", ["plate-3G"], "plate-4G", false],
    ["4G covers flat 1G", ["plate-4G"], "plate-1G", true],
    ["4G covers horizontal 2G", ["plate-4G"], "plate-2G", true],
    ["4G covers overhead 4G", ["plate-4G"], "plate-4G", true],
    ["4G does not cover vertical 3G", ["plate-4G"], "plate-3G", false],
    ["plate tests do not cover pipe", ["plate-4G"], "pipe-5G", false],
    ["5G pipe covers plate vertical and overhead", ["pipe-5G"], "plate-3G", true],
    ["5G pipe does not cover 2G pipe", ["pipe-5G"], "pipe-2G", false],
    ["5G pipe does not cover 6G pipe", ["pipe-5G"], "pipe-6G", false],
    ["6G covers 5G pipe", ["pipe-6G"], "pipe-5G", true],
    ["6G covers 2G pipe", ["pipe-6G"], "pipe-2G", true],
    ["6G covers overhead plate", ["pipe-6G"], "plate-4G", true],
    ["6G covers vertical plate", ["pipe-6G"], "plate-3G", true],
  ] as const)("%s", (_, tested, position, expected) => {
    expect(covers([...tested], position)).toBe(expected);
  });

  it("3G + 4G together cover all plate positions", () => {
    for (const p of ["plate-1G", "plate-2G", "plate-3G", "plate-4G"]) expect(covers(["plate-3G", "plate-4G"], p), p).toBe(true);
    expect(covers(["plate-3G", "plate-4G"], "pipe-5G")).toBe(false);
  });

  it("6G covers all pipe and plate positions", () => {
    expect([...taxonomy.positionsCoveredBy("pipe-6G")].sort()).toEqual([
      "pipe-1G",
      "pipe-2G",
      "pipe-5G",
      "pipe-6G",
      "plate-1G",
      "plate-2G",
      "plate-3G",
      "plate-4G",
    ]);
  });

  it.each([
    ["thickness inside the qualified range is covered", { thicknessMm: 10 }, { thicknessMm: { min: 3, max: 20 } }, true],
    ["thickness above the range is not covered", { thicknessMm: 25 }, { thicknessMm: { min: 3, max: 20 } }, false],
    ["thickness below the range is not covered", { thicknessMm: 2 }, { thicknessMm: { min: 3, max: 20 } }, false],
    ["an open-ended range covers thick plate", { thicknessMm: 60 }, { thicknessMm: { min: 5 } }, true],
    ["a thickness the certificate does not state is not assumed", { thicknessMm: 10 }, {}, false],
    ["the material group must be on the certificate", { materialGroup: "8" }, { materialGroups: ["1", "2"] }, false],
    ["a listed material group is covered", { materialGroup: "8" }, { materialGroups: ["1", "8"] }, true],
  ] as const)("%s", (_, need, qualification, expected) => {
    expect(covers(["plate-3G"], "plate-3G", need, qualification)).toBe(expected);
  });

  it("pipe smaller than the qualified outside diameter is not covered", () => {
    expect(covers(["pipe-6G"], "pipe-5G", { pipeOdMm: 60 }, { pipeOdMinMm: 100 })).toBe(false);
    expect(covers(["pipe-6G"], "pipe-5G", { pipeOdMm: 168 }, { pipeOdMinMm: 100 })).toBe(true);
  });
});
