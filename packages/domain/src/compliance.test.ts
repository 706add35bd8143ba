import { NOW } from "@jalur/fixtures";
import { describe, expect, it } from "vitest";
import { checkCompliance, type VacancyForCompliance } from "./compliance.ts";
import { type PlacementPolicy, placementPolicy, salaryFloor } from "./policy.ts";

function aVacancy(overrides: Partial<VacancyForCompliance> = {}): VacancyForCompliance {
  return {
    recruiter: {
      kind: "p3mi",
      licence: { number: "SIP3MI-123/2026", validFrom: "2026-01-15", validUntil: "2027-01-14", verified: true },
    },
    scheme: "P-to-P",
    country: "JP",
    sector: "welding",
    salary: { amount: 230_000, currency: "JPY", period: "month" },
    costs: [
      { item: "airfare", amount: { amount: 80_000, currency: "JPY" }, paidBy: "employer" },
      { item: "visa", amount: { amount: 3_000, currency: "JPY" }, paidBy: "employer" },
    ],
    jobOrderRef: "JO-2026-0042",
    applicationDeadline: "2026-12-31",
    expectedStart: "2027-03-01",
    ...overrides,
  };
}
const codes = (v: VacancyForCompliance) => {
  const r = checkCompliance(v, NOW);
  return { lawful: r.lawful, refusals: r.refusals.map((x) => x.code), warnings: r.warnings.map((x) => x.code) };
};

describe("vacancy compliance (worker protection)", () => {
  it("a lawful vacancy passes with nothing to report", () => {
    expect(codes(aVacancy())).toEqual({ lawful: true, refusals: [], warnings: [] });
  });

  it.each<[string, Partial<VacancyForCompliance>, string]>([
    ["a P3MI without a licence is refused", { recruiter: { kind: "p3mi" } }, "licence_missing"],
    [
      "a licence staff have not verified is refused",
      {
        recruiter: { kind: "p3mi", licence: { number: "L", validFrom: "2026-01-01", validUntil: "2027-06-01", verified: false } },
      },
      "licence_unverified",
    ],
    [
      "an expired licence is refused",
      {
        recruiter: { kind: "p3mi", licence: { number: "L", validFrom: "2025-11-01", validUntil: "2026-10-31", verified: true } },
      },
      "licence_not_valid",
    ],
    [
      "a licence not yet valid is refused",
      {
        recruiter: { kind: "p3mi", licence: { number: "L", validFrom: "2026-12-01", validUntil: "2027-11-30", verified: true } },
      },
      "licence_not_valid",
    ],
    [
      "a licence that lapses before the application deadline is refused",
      {
        recruiter: { kind: "p3mi", licence: { number: "L", validFrom: "2026-01-01", validUntil: "2026-12-15", verified: true } },
      },
      "licence_lapses_before_deadline",
    ],
    [
      "a barred destination (Cambodia) is refused",
      { country: "KH", salary: { amount: 500, currency: "USD", period: "month" } },
      "destination_barred",
    ],
    [
      "a barred destination (Myanmar) is refused",
      { country: "MM", salary: { amount: 500, currency: "USD", period: "month" } },
      "destination_barred",
    ],
    ["a destination not on the allow-list is refused", { country: "ZZ" }, "destination_not_allowed"],
    [
      "pay under the destination's floor is refused",
      { salary: { amount: 150_000, currency: "JPY", period: "month" } },
      "salary_below_floor",
    ],
    [
      "hourly pay under the monthly floor is refused",
      { salary: { amount: 900, currency: "JPY", period: "hour" } },
      "salary_below_floor",
    ],
    [
      "pay in another currency than the floor's is refused (it cannot be checked)",
      { salary: { amount: 2_000, currency: "USD", period: "month" } },
      "salary_currency_mismatch",
    ],
    ["a missing job order reference is refused", { jobOrderRef: "  " }, "job_order_missing"],
    ["a deadline in the past is refused", { applicationDeadline: "2026-11-01" }, "deadline_passed"],
    ["a start before the deadline is refused", { expectedStart: "2026-12-01" }, "start_before_deadline"],
    [
      "a worker-paid cost in an exempt sector (domestic work) is refused",
      { sector: "domestic-work", costs: [{ item: "agency_fee", amount: { amount: 50_000, currency: "JPY" }, paidBy: "worker" }] },
      "worker_cost_in_exempt_sector",
    ],
    [
      "a worker-paid cost in an exempt sector (fishing crew) is refused",
      { sector: "fishing-crew", costs: [{ item: "training", amount: { amount: 1, currency: "JPY" }, paidBy: "worker" }] },
      "worker_cost_in_exempt_sector",
    ],
    ["an unknown sector is refused", { sector: "mystery" }, "sector_unknown"],
    ["a sector code that is an Object property name is still unknown", { sector: "constructor" }, "sector_unknown"],
  ])("%s", (_, overrides, code) => {
    const result = codes(aVacancy(overrides));
    expect(result.lawful).toBe(false);
    expect(result.refusals).toContain(code);
  });

  it("a worker-paid cost outside the exempt sectors is flagged, not refused", () => {
    const result = codes(
      aVacancy({ costs: [{ item: "passport", amount: { amount: 5_000, currency: "JPY" }, paidBy: "worker" }] }),
    );
    expect(result).toEqual({ lawful: true, refusals: [], warnings: ["worker_cost"] });
  });

  it("pay exactly at the floor is lawful", () => {
    expect(codes(aVacancy({ salary: { amount: 180_000, currency: "JPY", period: "month" } })).lawful).toBe(true);
  });

  it("a government (G-to-G) scheme needs no SIP3MI", () => {
    expect(
      codes(
        aVacancy({
          recruiter: { kind: "government" },
          scheme: "G-to-G",
          country: "KR",
          salary: { amount: 2_200_000, currency: "KRW", period: "month" },
        }),
      ).lawful,
    ).toBe(true);
  });

  it("lists every violation, each with a stable code and a message in both languages", () => {
    const result = checkCompliance(aVacancy({ recruiter: { kind: "p3mi" }, country: "KH", jobOrderRef: undefined }), NOW);
    expect(result.refusals.map((r) => r.code)).toEqual(["licence_missing", "destination_barred", "job_order_missing"]);
    const barred = result.refusals.find((r) => r.code === "destination_barred")!;
    expect(barred.message).toEqual({
      id: "Kamboja bukan negara tujuan resmi penempatan",
      en: "Cambodia is not an official placement destination",
    });
    expect(barred.field).toBe("country");
  });

  it("uses the policy it is given: floors and allow-lists are data", () => {
    const strict = {
      version: "test",
      destinations: {
        JP: {
          status: "allowed" as const,
          name: { id: "Jepang", en: "Japan" },
          monthlySalaryFloor: { amount: 300_000, currency: "JPY" },
        },
      },
      sectors: { welding: { name: { id: "Las", en: "Welding" }, costExempt: true } },
      hoursPerMonth: 160,
    };
    const result = checkCompliance(
      aVacancy({ costs: [{ item: "visa", amount: { amount: 1, currency: "JPY" }, paidBy: "worker" }] }),
      NOW,
      strict,
    );
    expect(result.refusals.map((r) => r.code)).toEqual(["worker_cost_in_exempt_sector", "salary_below_floor"]);
    expect(result.policyVersion).toBe("test");
  });
});

describe("salary floors per destination and sector", () => {
  const taiwan = (sector: string, amount: number, overrides: Partial<VacancyForCompliance> = {}) =>
    aVacancy({ country: "TW", sector, salary: { amount, currency: "TWD", period: "month" }, ...overrides });
  const belowFloor = (v: VacancyForCompliance) => checkCompliance(v, NOW).refusals.find((r) => r.code === "salary_below_floor");

  it("a Taiwan home-care vacancy at 20,000 TWD is lawful (live-in caregivers' own minimum)", () => {
    expect(codes(taiwan("home-care", 20_000))).toEqual({ lawful: true, refusals: [], warnings: [] });
  });

  it("a Taiwan domestic-work vacancy at 20,000 TWD is lawful", () => {
    expect(codes(taiwan("domestic-work", 20_000)).lawful).toBe(true);
  });

  it("a Taiwan home-care vacancy under 20,000 TWD is refused, naming the sector floor", () => {
    const refusal = belowFloor(taiwan("home-care", 18_000));
    expect(refusal?.message).toEqual({
      id: "Gaji 18000 TWD/bulan di bawah upah minimum 20000 TWD/bulan untuk Perawat lansia di rumah (live-in) di Taiwan",
      en: "Pay of 18000 TWD/month is below the 20000 TWD/month floor for Live-in home caregiver in Taiwan",
    });
  });

  it("a Taiwan manufacturing vacancy at 25,000 TWD is refused with salary_below_floor, naming the general floor", () => {
    const result = codes(taiwan("manufacturing", 25_000));
    expect(result).toEqual({ lawful: false, refusals: ["salary_below_floor"], warnings: [] });
    expect(belowFloor(taiwan("manufacturing", 25_000))?.message).toEqual({
      id: "Gaji 25000 TWD/bulan di bawah upah minimum umum 29500 TWD/bulan untuk Taiwan",
      en: "Pay of 25000 TWD/month is below the general 29500 TWD/month floor for Taiwan",
    });
  });

  it("a sector with no sector floor falls back to the destination floor: institutional care in Taiwan", () => {
    expect(codes(taiwan("nursing-care", 20_000)).refusals).toEqual(["salary_below_floor"]);
    expect(codes(taiwan("nursing-care", 29_500)).lawful).toBe(true);
    expect(salaryFloor(placementPolicy.destinations.TW!, "nursing-care")).toEqual({ floor: { amount: 29_500, currency: "TWD" } });
    expect(salaryFloor(placementPolicy.destinations.TW!, "home-care")).toEqual({
      floor: { amount: 20_000, currency: "TWD" },
      sector: "home-care",
    });
  });

  it("a sector floor applies only in its destination: home care in Hong Kong keeps Hong Kong's floor", () => {
    const hk = aVacancy({ country: "HK", sector: "home-care", salary: { amount: 4_000, currency: "HKD", period: "month" } });
    expect(codes(hk).refusals).toEqual(["salary_below_floor"]);
  });

  it("a sector floor counts even where the destination has no general floor", () => {
    const policy: PlacementPolicy = {
      version: "test",
      destinations: {
        TW: {
          status: "allowed",
          name: { id: "Taiwan", en: "Taiwan" },
          sectorFloors: { "home-care": { amount: 20_000, currency: "TWD" } },
        },
      },
      sectors: {
        "home-care": { name: { id: "Perawat", en: "Home care" }, costExempt: true },
        manufacturing: { name: { id: "Manufaktur", en: "Manufacturing" }, costExempt: false },
      },
      hoursPerMonth: 173.33,
    };
    const check = (v: VacancyForCompliance) => {
      const r = checkCompliance(v, NOW, policy);
      return [...r.refusals, ...r.warnings].map((x) => x.code);
    };
    expect(check(taiwan("home-care", 19_000))).toEqual(["salary_below_floor"]);
    expect(check(taiwan("manufacturing", 19_000))).toEqual(["salary_floor_unknown"]);
  });
});

describe("employer time zones", () => {
  it("name a real IANA zone for every destination on the allow-list", async () => {
    const { EMPLOYER_ZONES, placementPolicy } = await import("./policy.ts");
    for (const [country, destination] of Object.entries(placementPolicy.destinations)) {
      if (destination.status !== "allowed") continue;
      const zone = EMPLOYER_ZONES[country];
      expect(zone, country).toBeDefined();
      expect(() => new Intl.DateTimeFormat("en", { timeZone: zone })).not.toThrow();
    }
  });
});
