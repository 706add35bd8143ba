import type { CostItem, Licence, PlacementScheme, Salary } from "./compliance.ts";
import type { Credential } from "./credentials.ts";
import { addDays, addMonths, type IsoDate } from "./dates.ts";
import type { Requirement } from "./requirements.ts";
import type { SchedulingInput } from "./scheduling/scheduler.ts";

/**
 * Realistic, deterministic Jakarta data from a seed: graduates of the five PPKD with the
 * credentials those centres train for, licensed recruiters, and vacancies in the destinations
 * of the MoU. Same seed, same data: used by tests, the demo fair and the benchmarks.
 */
export function seededRandom(seed: number) {
  let state = seed >>> 0 || 0x9e3779b9;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  const chance = (p: number) => next() < p;
  return { next, int, pick, chance };
}
export type Random = ReturnType<typeof seededRandom>;

export const PPKD = {
  "Jakarta Pusat": ["Gambir", "Tanah Abang", "Menteng", "Senen", "Cempaka Putih", "Johar Baru", "Kemayoran", "Sawah Besar"],
  "Jakarta Utara": ["Penjaringan", "Pademangan", "Tanjung Priok", "Koja", "Kelapa Gading", "Cilincing"],
  "Jakarta Barat": [
    "Cengkareng",
    "Grogol Petamburan",
    "Taman Sari",
    "Tambora",
    "Kebon Jeruk",
    "Kalideres",
    "Palmerah",
    "Kembangan",
  ],
  "Jakarta Selatan": [
    "Kebayoran Baru",
    "Kebayoran Lama",
    "Pesanggrahan",
    "Cilandak",
    "Pasar Minggu",
    "Jagakarsa",
    "Mampang Prapatan",
    "Pancoran",
    "Tebet",
    "Setiabudi",
  ],
  "Jakarta Timur": [
    "Matraman",
    "Pulo Gadung",
    "Jatinegara",
    "Kramat Jati",
    "Pasar Rebo",
    "Cakung",
    "Duren Sawit",
    "Makasar",
    "Ciracas",
    "Cipayung",
  ],
} as const;
export type PpkdCity = keyof typeof PPKD;

const GIVEN = [
  "Agus",
  "Budi",
  "Dewi",
  "Eka",
  "Fajar",
  "Gita",
  "Hendra",
  "Indah",
  "Joko",
  "Kartika",
  "Lestari",
  "Made",
  "Nur",
  "Oki",
  "Putri",
  "Rizky",
  "Sari",
  "Taufik",
  "Utami",
  "Wahyu",
  "Yusuf",
  "Zahra",
  "Ayu",
  "Bayu",
  "Citra",
  "Dimas",
  "Fitri",
  "Galih",
  "Intan",
  "Rina",
];
const FAMILY = [
  "Santoso",
  "Wijaya",
  "Saputra",
  "Lestari",
  "Pratama",
  "Hidayat",
  "Nugroho",
  "Kusuma",
  "Siregar",
  "Simanjuntak",
  "Hasibuan",
  "Rahman",
  "Setiawan",
  "Purnomo",
  "Gunawan",
  "Halim",
  "Situmorang",
  "Ramadhan",
  "Susanto",
  "Wibowo",
];

export interface FixtureGraduate {
  readonly id: string;
  readonly name: string;
  readonly ppkd: PpkdCity;
  readonly kecamatan: string;
  readonly birthDate: IsoDate;
  readonly language: "id" | "en";
  /** Synthetic, but shaped like the real thing, so PII handling is tested on realistic values. */
  readonly nik: string;
  readonly phone: string;
  readonly track: Track;
  readonly credentials: Credential[];
}

export interface FixtureRecruiter {
  readonly id: string;
  readonly name: string;
  readonly kind: "p3mi" | "government";
  readonly licence?: Licence;
}

export interface FixtureVacancy {
  readonly id: string;
  readonly recruiterId: string;
  readonly title: string;
  readonly country: string;
  readonly sector: string;
  readonly scheme: PlacementScheme;
  readonly program?: string;
  readonly openings: number;
  readonly salary: Salary;
  readonly costs: CostItem[];
  readonly jobOrderRef: string;
  readonly applicationDeadline: IsoDate;
  readonly expectedStart: IsoDate;
  readonly ageMin?: number;
  readonly ageMax?: number;
  readonly requirements: Requirement[];
}

type Track =
  | "japan-care"
  | "japan-food"
  | "japan-welding"
  | "korea-manufacturing"
  | "germany-hospitality"
  | "poland-welding"
  | "gulf-hospitality"
  | "taiwan-manufacturing";
const TRACKS: readonly Track[] = [
  "japan-care",
  "japan-food",
  "japan-welding",
  "korea-manufacturing",
  "germany-hospitality",
  "poland-welding",
  "gulf-hospitality",
  "taiwan-manufacturing",
];

const WELD_POSITIONS = ["plate-2G", "plate-3G", "plate-4G", "pipe-5G", "pipe-6G"] as const;

function credentialFactory(r: Random, graduateId: string, today: IsoDate) {
  let n = 0;
  return (skill: string, extra: Partial<Credential> = {}): Credential => {
    n += 1;
    const issuedOn = addDays(today, -r.int(20, 900));
    return {
      id: `${graduateId}-c${n}`,
      skill,
      issuer: r.pick([
        "PPKD Jakarta Timur",
        "PPKD Jakarta Barat",
        "LSP Pariwisata",
        "LSP Las Indonesia",
        "Japan Foundation",
        "HRD Korea",
        "Goethe-Institut",
      ]),
      number: `CERT-${r.int(100000, 999999)}`,
      issuedOn,
      verification: r.chance(0.8) ? "verified" : "pending",
      ...extra,
    };
  };
}

function credentialsFor(track: Track, r: Random, graduateId: string, today: IsoDate): Credential[] {
  const make = credentialFactory(r, graduateId, today);
  const list: Credential[] = [];
  const welding = (process: string) => {
    const tested = r.pick(WELD_POSITIONS);
    const credential = make(`weld.${process}`, {
      welding: {
        positions: r.chance(0.25) ? ["plate-3G", "plate-4G"] : [tested],
        thicknessMm: { min: 3, max: r.pick([12, 24, 40]) },
        materialGroups: ["1", ...(r.chance(0.3) ? ["8"] : [])],
      },
    });
    list.push({ ...credential, lastConfirmedOn: r.chance(0.85) ? addDays(today, -r.int(5, 170)) : undefined });
  };
  switch (track) {
    case "japan-care":
    case "japan-food":
    case "japan-welding":
      list.push(make("lang.ja.jlpt", { level: r.pick(["N5", "N4", "N4", "N3", "N2"]) }));
      if (r.chance(0.4)) list.push(make("lang.ja.jft-basic", { level: "A2" }));
      if (track === "japan-care") {
        list.push(make("jp-ssw.skill.nursing-care"));
        if (r.chance(0.6)) list.push(make("jp-ssw.lang.nursing-care"));
        if (r.chance(0.5)) list.push(make("bnsp.care.caregiver"));
      } else if (track === "japan-food") {
        list.push(make(r.pick(["jp-ssw.skill.food-service", "jp-ssw.skill.food-manufacturing"])));
        if (r.chance(0.5)) list.push(make("bnsp.culinary.cook"));
      } else welding(r.pick(["141", "135", "111"]));
      break;
    case "korea-manufacturing":
      list.push(make("lang.ko.eps-topik", { score: r.int(90, 190), issuedOn: addDays(today, -r.int(10, 700)) }));
      if (r.chance(0.3)) list.push(make("lang.ko.topik", { level: r.pick(["1", "2", "3"]) }));
      if (r.chance(0.4)) list.push(make("bnsp.electrical.installation"));
      break;
    case "germany-hospitality":
      list.push(make("lang.de.cefr", { level: r.pick(["A2", "B1", "B1", "B2"]) }));
      list.push(
        make(r.pick(["bnsp.hospitality.food-beverage", "bnsp.hospitality.housekeeping", "bnsp.hospitality.front-office"])),
      );
      if (r.chance(0.5)) list.push(make("lang.en.cefr", { level: r.pick(["A2", "B1", "B2"]) }));
      break;
    case "poland-welding":
      welding(r.pick(["135", "141", "111"]));
      if (r.chance(0.5)) welding("136");
      if (r.chance(0.4)) list.push(make("lang.en.cefr", { level: r.pick(["A1", "A2", "B1"]) }));
      break;
    case "gulf-hospitality":
      list.push(make("lang.en.cefr", { level: r.pick(["A2", "B1", "B2", "C1"]) }));
      list.push(make(r.pick(["bnsp.hospitality.food-beverage", "bnsp.hospitality.housekeeping", "bnsp.culinary.cook"])));
      if (r.chance(0.5)) list.push(make("cert.food-safety"));
      break;
    case "taiwan-manufacturing":
      if (r.chance(0.6)) list.push(make("lang.zh.hsk", { level: r.pick(["1", "2", "3"]) }));
      list.push(make(r.pick(["bnsp.automotive.light-vehicle", "bnsp.electrical.installation", "bnsp.welding.smaw"])));
      break;
  }
  return list;
}

export function generateGraduates(seed: number, count: number, today: IsoDate): FixtureGraduate[] {
  const r = seededRandom(seed);
  const cities = Object.keys(PPKD) as PpkdCity[];
  return Array.from({ length: count }, (_, i) => {
    const id = `g${String(i + 1).padStart(6, "0")}`;
    const ppkd = r.pick(cities);
    const track = r.pick(TRACKS);
    const birthDate = addDays(addMonths(today, -12 * r.int(19, 38)), -r.int(0, 364));
    const [y, m, d] = birthDate.split("-");
    return {
      id,
      name: `${r.pick(GIVEN)} ${r.pick(FAMILY)}`,
      ppkd,
      kecamatan: r.pick(PPKD[ppkd]),
      birthDate,
      language: r.chance(0.85) ? "id" : "en",
      nik: `317${r.int(1, 5)}${String(r.int(1, 99)).padStart(2, "0")}${d}${m}${y!.slice(2)}${String(r.int(1, 9999)).padStart(4, "0")}`,
      phone: `+628${r.int(11, 99)}${r.int(1000000, 9999999)}`,
      track,
      credentials: credentialsFor(track, r, id, today),
    };
  });
}

const COMPANIES = [
  "PT Jalur Samudra Karya",
  "PT Nusantara Tenaga Terampil",
  "PT Mitra Kerja Nippon",
  "PT Hanjin Mandiri Indonesia",
  "PT Eropa Karya Utama",
  "PT Gulf Hospitality Indonesia",
  "PT Formosa Talenta",
  "PT Las Prima Internasional",
];

export function generateRecruiters(seed: number, today: IsoDate): FixtureRecruiter[] {
  const r = seededRandom(seed);
  const companies: FixtureRecruiter[] = COMPANIES.map((name, i) => ({
    id: `r${i + 1}`,
    name,
    kind: "p3mi",
    licence: {
      number: `SIP3MI/${r.int(100, 999)}/${today.slice(0, 4)}`,
      validFrom: addDays(today, -r.int(30, 200)),
      validUntil: addDays(today, r.int(200, 330)),
      verified: true,
    },
  }));
  return [...companies, { id: "r-g2g-kr", name: "KP2MI G-to-G Korea (EPS)", kind: "government" }];
}

interface VacancyTemplate {
  readonly title: string;
  readonly country: string;
  readonly sector: string;
  readonly program?: string;
  readonly salary: Salary;
  readonly requirements: Omit<Requirement, "id">[];
  readonly ageMax?: number;
}

const req = (skill: string, importance: "required" | "preferred", extra: Partial<Requirement> = {}): Omit<Requirement, "id"> => ({
  skill,
  importance,
  weight: 1,
  ...extra,
});

const TEMPLATES: readonly VacancyTemplate[] = [
  {
    title: "Kaigo caregiver (SSW)",
    country: "JP",
    sector: "nursing-care",
    program: "jp-ssw",
    salary: { amount: 215_000, currency: "JPY", period: "month" },
    requirements: [
      req("lang.ja.jlpt", "required", { minLevel: "N4" }),
      req("jp-ssw.skill.nursing-care", "required"),
      req("jp-ssw.lang.nursing-care", "required"),
      req("bnsp.care.caregiver", "preferred", { weight: 3 }),
    ],
  },
  {
    title: "Restaurant crew (SSW food service)",
    country: "JP",
    sector: "food-service",
    program: "jp-ssw",
    salary: { amount: 205_000, currency: "JPY", period: "month" },
    requirements: [
      req("lang.ja.jlpt", "required", { minLevel: "N4" }),
      req("jp-ssw.skill.food-service", "required"),
      req("bnsp.culinary.cook", "preferred", { weight: 2 }),
    ],
  },
  {
    title: "TIG welder, shipyard",
    country: "JP",
    sector: "shipbuilding",
    program: "jp-ssw",
    salary: { amount: 260_000, currency: "JPY", period: "month" },
    requirements: [
      req("weld.141", "required", { welding: { positions: ["plate-3G"] } }),
      req("lang.ja.jlpt", "required", { minLevel: "N4" }),
      req("lang.ja.jlpt", "preferred", { minLevel: "N3", weight: 2 }),
    ],
  },
  {
    title: "Factory operator (EPS)",
    country: "KR",
    sector: "manufacturing",
    program: "kr-eps",
    salary: { amount: 2_300_000, currency: "KRW", period: "month" },
    ageMax: 39,
    requirements: [
      req("lang.ko.eps-topik", "required", { minScore: 120 }),
      req("bnsp.electrical.installation", "preferred", { weight: 2 }),
    ],
  },
  {
    title: "Hotel housekeeping",
    country: "DE",
    sector: "hospitality",
    program: "de-skilled-worker",
    salary: { amount: 2_600, currency: "EUR", period: "month" },
    requirements: [
      req("lang.de.cefr", "required", { minLevel: "B1" }),
      req("bnsp.hospitality.housekeeping", "required"),
      req("lang.en.cefr", "preferred", { minLevel: "B1" }),
    ],
  },
  {
    title: "MAG welder, steel structures",
    country: "PL",
    sector: "welding",
    salary: { amount: 7_200, currency: "PLN", period: "month" },
    requirements: [
      req("weld.135", "required", { welding: { positions: ["plate-3G", "plate-4G"], thicknessMm: 10 } }),
      req("lang.en.cefr", "preferred", { minLevel: "A2" }),
    ],
  },
  {
    title: "Pipe welder, refinery",
    country: "SA",
    sector: "welding",
    salary: { amount: 4_500, currency: "SAR", period: "month" },
    requirements: [
      req("weld.141", "required", { welding: { positions: ["pipe-6G"] } }),
      req("weld.111", "preferred", { welding: { positions: ["pipe-5G"] }, weight: 2 }),
    ],
  },
  {
    title: "F&B server, five-star hotel",
    country: "AE",
    sector: "hospitality",
    salary: { amount: 2_800, currency: "AED", period: "month" },
    requirements: [
      req("lang.en.cefr", "required", { minLevel: "B1" }),
      req("bnsp.hospitality.food-beverage", "required"),
      req("cert.food-safety", "preferred", { weight: 2 }),
    ],
  },
  {
    title: "Electronics assembly",
    country: "TW",
    sector: "manufacturing",
    salary: { amount: 31_000, currency: "TWD", period: "month" },
    requirements: [
      req("bnsp.electrical.installation", "required"),
      req("lang.zh.hsk", "preferred", { minLevel: "2", weight: 2 }),
    ],
  },
];

export function generateVacancies(
  seed: number,
  count: number,
  recruiters: readonly FixtureRecruiter[],
  today: IsoDate,
): FixtureVacancy[] {
  const r = seededRandom(seed);
  const companies = recruiters.filter((x) => x.kind === "p3mi");
  const government = recruiters.find((x) => x.kind === "government");
  return Array.from({ length: count }, (_, i) => {
    const template = r.pick(TEMPLATES);
    const viaGovernment = template.country === "KR" && government !== undefined;
    const recruiter = viaGovernment ? government : r.pick(companies);
    const deadline = addDays(today, r.int(20, 120));
    return {
      id: `v${String(i + 1).padStart(6, "0")}`,
      recruiterId: recruiter.id,
      title: template.title,
      country: template.country,
      sector: template.sector,
      scheme: viaGovernment ? "G-to-G" : "P-to-P",
      ...(template.program ? { program: template.program } : {}),
      openings: r.int(1, 30),
      salary: { ...template.salary, amount: Math.round(template.salary.amount * (1 + r.int(0, 25) / 100)) },
      costs: [
        { item: "airfare", amount: { amount: r.int(300, 900), currency: "USD" }, paidBy: "employer" },
        { item: "visa", amount: { amount: r.int(50, 200), currency: "USD" }, paidBy: "employer" },
      ],
      jobOrderRef: `JO/${template.country}/${today.slice(0, 4)}/${r.int(1000, 9999)}`,
      applicationDeadline: deadline,
      expectedStart: addDays(deadline, r.int(45, 150)),
      ...(template.ageMax ? { ageMin: 18, ageMax: template.ageMax } : {}),
      requirements: template.requirements.map((q, n) => ({ ...q, id: `r${n + 1}` })),
    };
  });
}

export interface FairInstanceShape {
  readonly booths: number;
  readonly candidates: number;
  readonly requestsPerCandidate: number;
  readonly slots: number;
  readonly maxTables?: number;
  readonly shortlistRate?: number;
  readonly slotMinutes?: number;
  readonly gapMinutes?: number;
}

/**
 * A seeded job-fair scheduling instance: one day in Jakarta from 09:00, booths of 1–maxTables
 * tables with uneven popularity (a few booths draw most requests), some booths away for a
 * while, each candidate asking for distinct booths in their own order.
 */
export function generateFairInstance(seed: number, shape: FairInstanceShape): SchedulingInput {
  const r = seededRandom(seed);
  const slotMinutes = shape.slotMinutes ?? 15;
  const day = Date.UTC(2027, 2, 10, 2, 0); // 09:00 WIB
  const slots = Array.from({ length: shape.slots }, (_, i) => ({
    startMs: day + i * slotMinutes * 60_000,
    endMs: day + (i + 1) * slotMinutes * 60_000,
  }));
  const booths = Array.from({ length: shape.booths }, (_, i) => {
    const away = r.chance(0.15) ? r.int(0, shape.slots - 2) : -1;
    return {
      id: `b${String(i + 1).padStart(4, "0")}`,
      tables: r.int(1, shape.maxTables ?? 2),
      ...(away >= 0
        ? { unavailable: [{ startMs: slots[away]!.startMs, endMs: slots[Math.min(shape.slots - 1, away + r.int(0, 2))]!.endMs }] }
        : {}),
    };
  });
  // Popularity: booth i is drawn with weight 1/(i+1)^0.8.
  const weights = booths.map((_, i) => 1 / (i + 1) ** 0.8);
  const total = weights.reduce((a, b) => a + b, 0);
  const drawBooth = () => {
    let x = r.next() * total;
    for (let i = 0; i < weights.length; i++) {
      x -= weights[i]!;
      if (x <= 0) return i;
    }
    return weights.length - 1;
  };
  const requests: SchedulingInput["requests"][number][] = [];
  for (let c = 0; c < shape.candidates; c++) {
    const candidateId = `c${String(c + 1).padStart(5, "0")}`;
    const chosen = new Set<number>();
    const want = Math.min(shape.booths, shape.requestsPerCandidate);
    while (chosen.size < want) chosen.add(drawBooth());
    [...chosen].forEach((b, k) => {
      requests.push({
        id: `${candidateId}-${booths[b]!.id}`,
        candidateId,
        boothId: booths[b]!.id,
        shortlisted: r.chance(shape.shortlistRate ?? 0.25),
        matchScore: r.int(40, 100),
        preference: k + 1,
      });
    });
  }
  return { slots, booths, requests, minGapMinutes: shape.gapMinutes ?? 10 };
}
