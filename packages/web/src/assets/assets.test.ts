import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ASSET_BY_PATH, ASSETS } from "./assets.ts";
import { vendorModule } from "./vendor-source.ts";

describe("the web app's static assets", () => {
  it("carry htmx exactly as the pinned package ships it (run `npm run generate:web-assets` when this fails)", () => {
    expect(readFileSync(join(import.meta.dirname, "vendor.generated.ts"), "utf8")).toBe(vendorModule());
  });

  it("are named by their content, so a changed file gets a new address", () => {
    for (const asset of Object.values(ASSETS)) {
      expect(asset.path).toMatch(/^\/assets\/[a-z]+\.[\w-]{10}\.(css|js|svg)$/);
      expect(ASSET_BY_PATH.get(asset.path)).toBe(asset);
    }
    expect(new Set(Object.values(ASSETS).map((a) => a.path)).size).toBe(Object.keys(ASSETS).length);
  });

  it("keep the stylesheet small (a page's whole first load should stay under 60 KB compressed)", () => {
    expect(Buffer.byteLength(ASSETS.styles.body)).toBeLessThan(16_000);
  });
});
