import { describe, expect, it } from "vitest";
import { calendarDate, dateTime, moneyWithRupiah, time } from "./format.ts";

describe("dates and money as people read them", () => {
  it("writes an instant in the zone's wall-clock time with its label (WIB, WITA, WIT)", () => {
    expect(dateTime("2026-12-07T02:30:00Z", "id")).toBe("Senin, 7 Desember 2026, 09.30 WIB");
    expect(dateTime("2026-12-07T02:30:00Z", "en")).toBe("Monday, 7 December 2026, 09:30 WIB");
    expect(time("2026-12-07T02:30:00Z", "id", "Asia/Makassar")).toBe("10.30 WITA");
    expect(time("2026-12-06T23:30:00Z", "en", "Asia/Jayapura")).toBe("08:30 WIT");
  });

  it("does not shift a calendar date by a time zone", () => {
    expect(calendarDate("2026-01-01", "id")).toBe("1 Januari 2026");
  });

  it("shows a salary abroad in its currency with an approximate rupiah figure", () => {
    expect(moneyWithRupiah(210_000, "JPY", "id")).toMatch(/^JP¥210\.000 \(± Rp\s?22\.260\.000\)$/);
    expect(moneyWithRupiah(5_000_000, "IDR", "id")).toMatch(/^Rp\s?5\.000\.000,00$|^Rp\s?5\.000\.000$/);
    expect(moneyWithRupiah(100, "XTS", "en")).not.toContain("±");
  });
});
