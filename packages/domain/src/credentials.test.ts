import { aCredential } from "@jalur/fixtures";
import { describe, expect, it } from "vitest";
import {
  confirmationDue,
  confirmationDueBeforeStart,
  expiryDate,
  lapsesBeforeStart,
  standingOn,
  validThrough,
} from "./credentials.ts";
import { defaultTaxonomy } from "./taxonomy-data.ts";

const gmaw = defaultTaxonomy.skill("weld.135")!;
const weld = (extra = {}) =>
  aCredential({ skill: "weld.135", welding: { positions: ["plate-3G"] }, issuedOn: "2026-03-01", ...extra });

describe("a welding qualification's two dates (ISO 9606-1)", () => {
  it("expires by its 3-year revalidation, or its printed expiry", () => {
    expect(expiryDate(weld(), gmaw)).toBe("2029-03-01");
    expect(expiryDate(weld({ expiresOn: "2028-03-01" }), gmaw)).toBe("2028-03-01");
  });

  it("falls due for confirmation 6 months after the last one, or after the issue date", () => {
    expect(confirmationDue(weld(), gmaw)).toBe("2026-09-01");
    expect(confirmationDue(weld({ lastConfirmedOn: "2026-08-15" }), gmaw)).toBe("2027-02-15");
    expect(confirmationDue(weld({ lastConfirmedOn: "2025-12-01" }), gmaw)).toBe("2026-09-01");
    expect(confirmationDue(aCredential({ skill: "lang.ja.jlpt", level: "N4" }), defaultTaxonomy.skill("lang.ja.jlpt"))).toBe(
      undefined,
    );
  });

  it("validThrough stays the first day it stops counting today: the earlier of expiry and confirmation due (the expiry sweep runs on it)", () => {
    expect(validThrough(weld({ lastConfirmedOn: "2026-08-15" }), gmaw)).toEqual({ date: "2027-02-15", reason: "unconfirmed" });
    expect(validThrough(weld({ expiresOn: "2026-12-01", lastConfirmedOn: "2026-08-15" }), gmaw)).toEqual({
      date: "2026-12-01",
      reason: "expired",
    });
    expect(validThrough(aCredential({ skill: "lang.ja.jlpt", level: "N4" }), defaultTaxonomy.skill("lang.ja.jlpt"))).toEqual({});
  });

  it("an overdue confirmation today is unconfirmed; the day it falls due still counts", () => {
    const credential = weld({ lastConfirmedOn: "2026-08-15" });
    expect(standingOn(credential, gmaw, "2027-02-15")).toBe("valid");
    expect(standingOn(credential, gmaw, "2027-02-16")).toBe("unconfirmed");
  });

  it("against the expected start only the expiry is checked; a confirmation due before it is a reminder", () => {
    const credential = weld({ lastConfirmedOn: "2026-08-15" });
    expect(lapsesBeforeStart(credential, gmaw, "2027-06-01")).toBeUndefined();
    expect(confirmationDueBeforeStart(credential, gmaw, "2027-06-01")).toBe("2027-02-15");
    expect(confirmationDueBeforeStart(credential, gmaw, "2027-02-15")).toBeUndefined();
    expect(lapsesBeforeStart(credential, gmaw, "2029-03-02")).toBe("2029-03-01");
    expect(lapsesBeforeStart(credential, gmaw, "2029-03-01")).toBeUndefined();
  });
});
