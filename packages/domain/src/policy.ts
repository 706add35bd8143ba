import { z } from "zod";
import { amount } from "./bounds.ts";
import { text } from "./text.ts";

/**
 * Placement policy: which destinations are open, the salary floors in each (a general floor,
 * and per-sector floors where the law sets its own, e.g. Taiwan's live-in home caregivers),
 * which sectors are exempt from any worker-paid cost (BP2MI regulation 9/2020). Configurable
 * by year and scheme: data, not code. Floors are monthly, in the destination's currency.
 */
const TextSchema = z.object({ id: z.string(), en: z.string() });
export const Money = z.object({ amount, currency: z.string().regex(/^[A-Z]{3}$/) });
export type Money = z.infer<typeof Money>;

export const Destination = z.object({
  status: z.enum(["allowed", "barred"]),
  name: TextSchema,
  /** The general monthly floor (national minimum wage or the agreed floor). */
  monthlySalaryFloor: Money.optional(),
  /** Monthly floors by sector code where the law sets one; other sectors fall back to `monthlySalaryFloor`. */
  sectorFloors: z.record(z.string(), Money).optional(),
});
export type Destination = z.infer<typeof Destination>;

export const PlacementPolicy = z
  .object({
    version: z.string(),
    destinations: z.record(z.string().regex(/^[A-Z]{2}$/), Destination),
    sectors: z.record(z.string(), z.object({ name: TextSchema, costExempt: z.boolean() })),
    /** Hours in a working month, to compare hourly pay with a monthly floor (40 h × 52 / 12). */
    hoursPerMonth: z.number().positive(),
  })
  .superRefine((policy, ctx) => {
    for (const [country, destination] of Object.entries(policy.destinations))
      for (const sector of Object.keys(destination.sectorFloors ?? {}))
        if (!Object.hasOwn(policy.sectors, sector))
          ctx.addIssue({
            code: "custom",
            path: ["destinations", country, "sectorFloors", sector],
            message: `Unknown sector ${sector}`,
          });
  });
export type PlacementPolicy = z.infer<typeof PlacementPolicy>;

/**
 * The floor that applies to a sector in a destination: the sector's own floor where the policy
 * sets one, else the destination's general floor (undefined when neither is configured).
 */
export function salaryFloor(destination: Destination, sector: string): { floor: Money; sector?: string } | undefined {
  const own =
    destination.sectorFloors && Object.hasOwn(destination.sectorFloors, sector) ? destination.sectorFloors[sector] : undefined;
  if (own) return { floor: own, sector };
  return destination.monthlySalaryFloor ? { floor: destination.monthlySalaryFloor } : undefined;
}

const allowed = (id: string, en: string, amount: number, currency: string, sectorFloors?: Record<string, number>) => ({
  status: "allowed" as const,
  name: text(id, en),
  monthlySalaryFloor: { amount, currency },
  ...(sectorFloors
    ? {
        sectorFloors: Object.fromEntries(
          Object.entries(sectorFloors).map(([sector, floor]) => [sector, { amount: floor, currency }]),
        ),
      }
    : {}),
});
const sector = (id: string, en: string, costExempt = false) => ({ name: text(id, en), costExempt });

/** The built-in policy: type-checked here and schema-checked by its test (not parsed at load). */
export const placementPolicy: PlacementPolicy = {
  version: "2026-11-01",
  destinations: {
    JP: allowed("Jepang", "Japan", 180_000, "JPY"),
    KR: allowed("Korea Selatan", "South Korea", 2_156_880, "KRW"),
    // General minimum wage (factories, institutional care); live-in home caregivers and
    // domestic workers have their own monthly minimum, NT$20,000 since 2022.
    TW: allowed("Taiwan", "Taiwan", 29_500, "TWD", { "home-care": 20_000, "domestic-work": 20_000 }),
    HK: allowed("Hong Kong", "Hong Kong", 5_000, "HKD"),
    CN: allowed("Tiongkok", "China", 2_690, "CNY"),
    SG: allowed("Singapura", "Singapore", 1_600, "SGD"),
    MY: allowed("Malaysia", "Malaysia", 1_700, "MYR"),
    BN: allowed("Brunei Darussalam", "Brunei", 700, "BND"),
    SA: allowed("Arab Saudi", "Saudi Arabia", 1_800, "SAR"),
    AE: allowed("Uni Emirat Arab", "United Arab Emirates", 1_800, "AED"),
    QA: allowed("Qatar", "Qatar", 1_800, "QAR"),
    KW: allowed("Kuwait", "Kuwait", 150, "KWD"),
    OM: allowed("Oman", "Oman", 150, "OMR"),
    BH: allowed("Bahrain", "Bahrain", 150, "BHD"),
    DE: allowed("Jerman", "Germany", 2_410, "EUR"),
    NL: allowed("Belanda", "Netherlands", 2_300, "EUR"),
    BE: allowed("Belgia", "Belgium", 2_110, "EUR"),
    FR: allowed("Prancis", "France", 1_800, "EUR"),
    AT: allowed("Austria", "Austria", 2_000, "EUR"),
    PL: allowed("Polandia", "Poland", 4_806, "PLN"),
    CZ: allowed("Ceko", "Czechia", 22_400, "CZK"),
    HU: allowed("Hungaria", "Hungary", 322_800, "HUF"),
    RO: allowed("Rumania", "Romania", 4_050, "RON"),
    TR: allowed("Turki", "Türkiye", 22_104, "TRY"),
    KH: { status: "barred", name: text("Kamboja", "Cambodia") },
    MM: { status: "barred", name: text("Myanmar", "Myanmar") },
  },
  sectors: {
    welding: sector("Pengelasan", "Welding"),
    manufacturing: sector("Manufaktur", "Manufacturing"),
    construction: sector("Konstruksi", "Construction"),
    shipbuilding: sector("Perkapalan", "Shipbuilding"),
    engineering: sector("Teknik", "Engineering"),
    automotive: sector("Otomotif", "Automotive"),
    electrical: sector("Kelistrikan", "Electrical"),
    hospitality: sector("Perhotelan", "Hospitality"),
    "food-service": sector("Jasa makanan", "Food service"),
    "food-manufacturing": sector("Industri makanan", "Food manufacturing"),
    creative: sector("Industri kreatif", "Creative industry"),
    "building-cleaning": sector("Kebersihan gedung", "Building cleaning"),
    agriculture: sector("Pertanian (perusahaan)", "Agriculture (company)"),
    healthcare: sector("Kesehatan", "Healthcare"),
    // BP2MI regulation 9/2020: workers in these sectors pay no placement cost at all.
    "domestic-work": sector("Pekerja rumah tangga", "Domestic work", true),
    "nursing-care": sector("Perawatan lansia", "Nursing and elderly care", true),
    "home-care": sector("Perawat lansia di rumah (live-in)", "Live-in home caregiver", true),
    childcare: sector("Pengasuh anak/bayi", "Childcare", true),
    "family-cook": sector("Juru masak keluarga", "Family cook", true),
    "family-driver": sector("Sopir keluarga", "Family driver", true),
    gardening: sector("Perawat taman", "Gardener", true),
    cleaning: sector("Petugas kebersihan", "Cleaner", true),
    "farm-work": sector("Pekerja ladang/perkebunan", "Farm and plantation work", true),
    "fishing-crew": sector("Awak kapal perikanan", "Fishing vessel crew", true),
  },
  hoursPerMonth: 173.33,
};

/**
 * The time zone employers in each destination keep (the capital's): to show a graduate the
 * time of an interview where the employer is. One zone per destination on the allow-list.
 */
export const EMPLOYER_ZONES: Readonly<Record<string, string>> = {
  JP: "Asia/Tokyo",
  KR: "Asia/Seoul",
  TW: "Asia/Taipei",
  HK: "Asia/Hong_Kong",
  CN: "Asia/Shanghai",
  SG: "Asia/Singapore",
  MY: "Asia/Kuala_Lumpur",
  BN: "Asia/Brunei",
  SA: "Asia/Riyadh",
  AE: "Asia/Dubai",
  QA: "Asia/Qatar",
  KW: "Asia/Kuwait",
  OM: "Asia/Muscat",
  BH: "Asia/Bahrain",
  DE: "Europe/Berlin",
  NL: "Europe/Amsterdam",
  BE: "Europe/Brussels",
  FR: "Europe/Paris",
  AT: "Europe/Vienna",
  PL: "Europe/Warsaw",
  CZ: "Europe/Prague",
  HU: "Europe/Budapest",
  RO: "Europe/Bucharest",
  TR: "Europe/Istanbul",
};
