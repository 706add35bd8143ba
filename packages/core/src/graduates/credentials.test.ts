import { describe, expect, it } from "vitest";
import { localizedIssue } from "../platform/issues.ts";
import { implausibleDates } from "./credentials.ts";

describe("implausible credential dates", () => {
  const today = "2026-11-20";

  it("name the field and say what is wrong in Bahasa Indonesia and English (the English is the message)", () => {
    const issues = implausibleDates({ issuedOn: "2026-12-01", expiresOn: "2026-11-01", lastConfirmedOn: "2026-12-05" }, today);
    expect(issues.map((i) => [i.path, i.code])).toEqual([
      ["issuedOn", "implausible_date"],
      ["lastConfirmedOn", "implausible_date"],
      ["expiresOn", "implausible_date"],
    ]);
    expect(issues.map((i) => localizedIssue(i, "en").message)).toEqual([
      "issuedOn 2026-12-01 is after today (2026-11-20)",
      "lastConfirmedOn is after today (2026-11-20)",
      "expiresOn must be after issuedOn",
    ]);
    expect(issues.map((i) => localizedIssue(i, "id").message)).toEqual([
      "Tanggal terbit 2026-12-01 setelah hari ini (2026-11-20)",
      "Tanggal konfirmasi setelah hari ini (2026-11-20)",
      "Tanggal berlaku sampai harus setelah tanggal terbit",
    ]);
  });

  it("a confirmation before the issue date is refused; plausible dates give no issue", () => {
    expect(implausibleDates({ issuedOn: "2026-05-01", lastConfirmedOn: "2026-04-01" }, today)).toEqual([
      expect.objectContaining({ path: "lastConfirmedOn", message: "lastConfirmedOn is before issuedOn" }),
    ]);
    expect(implausibleDates({ issuedOn: "2026-05-01", lastConfirmedOn: "2026-11-01", expiresOn: "2029-05-01" }, today)).toEqual(
      [],
    );
  });
});

describe("notification choices per type and channel", () => {
  it("keeps a type off everywhere, or on one channel only", async () => {
    const { optedOut } = await import("./schemas.ts");
    expect(optedOut(["vacancy-match"], "vacancy-match", "in-app")).toBe(true);
    expect(optedOut(["vacancy-match"], "vacancy-match", "email")).toBe(true);
    expect(optedOut(["vacancy-match@external"], "vacancy-match", "in-app")).toBe(false);
    expect(optedOut(["vacancy-match@external"], "vacancy-match", "sms")).toBe(true);
    expect(optedOut(["vacancy-match@in-app"], "vacancy-match", "email")).toBe(false);
    expect(optedOut(["vacancy-match@in-app"], "application-status", "in-app")).toBe(false);
    expect(optedOut(undefined, "vacancy-match", "in-app")).toBe(false);
  });
});
