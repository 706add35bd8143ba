import { describe, expect, it } from "vitest";
import { parseCsv, toCsv } from "./csv.ts";

describe("CSV", () => {
  it("parses quotes, doubled quotes, commas and both line endings; skips blank lines", () => {
    expect(parseCsv('graduate_id,picks\r\ng1,"v1;v2"\n\ng2,"say ""hi"", ok"\r\n')).toEqual([
      ["graduate_id", "picks"],
      ["g1", "v1;v2"],
      ["g2", 'say "hi", ok'],
    ]);
    expect(parseCsv("a,b\nc,")).toEqual([
      ["a", "b"],
      ["c", ""],
    ]);
  });

  it("refuses an unclosed quote", () => {
    expect(() => parseCsv('a,"b\n')).toThrow("not closed");
  });

  it("writes cells safely: quotes what needs it, neutralises formulas", () => {
    expect(toCsv([["Budi, S.", 'PT "A"', "=HYPERLINK(1)", "-5", "ok"]])).toBe(`"Budi, S.","PT ""A""",'=HYPERLINK(1),'-5,ok\r\n`);
    // What we write, we read back (formula cells keep their neutralising quote).
    expect(parseCsv(toCsv([["a,b", 'c"d', "e"]]))).toEqual([["a,b", 'c"d', "e"]]);
  });
});
