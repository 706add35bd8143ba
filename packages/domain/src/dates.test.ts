import { describe, expect, it } from "vitest";
import { addMonths, ageOn, dateInZone, isIsoDate } from "./dates.ts";

describe("calendar dates", () => {
  it.each([
    ["adds months within a year", "2026-01-15", 6, "2026-07-15"],
    ["crosses a year end", "2026-09-30", 6, "2027-03-30"],
    ["31 January + 1 month is the last day of February", "2027-01-31", 1, "2027-02-28"],
    ["in a leap year it is 29 February", "2028-01-31", 1, "2028-02-29"],
    ["subtracts months", "2026-03-31", -1, "2026-02-28"],
  ])("%s", (_, date, months, expected) => {
    expect(addMonths(date, months)).toBe(expected);
  });

  it.each([
    ["the day before a birthday", "2000-06-10", "2026-06-09", 25],
    ["on a birthday", "2000-06-10", "2026-06-10", 26],
    ["a 29 February birthday in a common year counts from 1 March", "2008-02-29", "2026-02-28", 17],
    ["a 29 February birthday on 1 March", "2008-02-29", "2026-03-01", 18],
  ])("age %s", (_, birth, on, age) => {
    expect(ageOn(birth, on)).toBe(age);
  });

  it("reads today in Jakarta, not in UTC (20:00 UTC is already tomorrow in WIB)", () => {
    expect(dateInZone(new Date("2026-11-24T20:00:00Z"))).toBe("2026-11-25");
    expect(dateInZone(new Date("2026-11-24T20:00:00Z"), "Europe/Berlin")).toBe("2026-11-24");
  });

  it("accepts only real calendar dates", () => {
    expect(isIsoDate("2026-02-29")).toBe(false);
    expect(isIsoDate("2028-02-29")).toBe(true);
    expect(isIsoDate("26-1-1")).toBe(false);
  });
});
