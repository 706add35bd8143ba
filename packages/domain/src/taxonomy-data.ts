import { indexTaxonomy, type TaxonomyData } from "./taxonomy.ts";
import { text } from "./text.ts";

const cefr = (language: string, nameId: string, nameEn: string) => ({
  code: `lang.${language}.cefr`,
  family: "language" as const,
  kind: "scale" as const,
  label: text(`Bahasa ${nameId} (CEFR)`, `${nameEn} (CEFR)`),
  levels: ["A1", "A2", "B1", "B2", "C1", "C2"].map((l) => ({ code: l, label: text(`${nameId} ${l}`, `${nameEn} ${l}`) })),
});

const weld = (process: string, aliases: string[], nameId: string, nameEn: string) => ({
  code: `weld.${process}`,
  family: "welding" as const,
  kind: "welding" as const,
  process,
  aliases,
  label: text(`Las ${nameId} (${process})`, `${nameEn} welding (${process})`),
  // ISO 9606-1: confirmed every 6 months by the employer or examiner; revalidated every 2-3 years.
  confirmationMonths: 6,
  validityMonths: 36,
});

const cert = (
  code: string,
  family: "competency" | "hospitality" | "care" | "sector-test" | "driving" | "safety",
  issuer: string,
  id: string,
  en: string,
  validityMonths?: number,
) => ({
  code,
  family,
  kind: "certificate" as const,
  issuer,
  label: text(id, en),
  ...(validityMonths ? { validityMonths } : {}),
});

const ssw = (sector: string, id: string, en: string) =>
  cert(
    `jp-ssw.skill.${sector}`,
    "sector-test",
    "Japan SSW sector test body",
    `Ujian keterampilan SSW: ${id}`,
    `SSW skills test: ${en}`,
  );
const bnsp = (scheme: string, id: string, en: string) =>
  cert(
    `bnsp.${scheme}`,
    "competency",
    "BNSP (via a licensed LSP)",
    `Sertifikat kompetensi BNSP: ${id}`,
    `BNSP competency certificate: ${en}`,
    36,
  );

const pos = (code: string, form: "plate" | "pipe", id: string, en: string, covers: string[]) => ({
  code,
  form,
  label: text(id, en),
  covers,
});

/** The taxonomy in force. Extend by adding entries here or by loading a newer `TaxonomyData`. */
export const taxonomyData: TaxonomyData = {
  version: "2026-11-01",
  skills: [
    {
      code: "lang.ja.jlpt",
      family: "language",
      kind: "scale",
      label: text("Bahasa Jepang (JLPT)", "Japanese (JLPT)"),
      levels: ["N5", "N4", "N3", "N2", "N1"].map((l) => ({ code: l, label: text(`JLPT ${l}`, `JLPT ${l}`) })),
    },
    {
      code: "lang.ja.jft-basic",
      family: "language",
      kind: "scale",
      label: text("Bahasa Jepang (JFT-Basic)", "Japanese (JFT-Basic)"),
      levels: [{ code: "A2", label: text("JFT-Basic lulus (A2)", "JFT-Basic pass (A2)") }],
    },
    {
      code: "lang.ko.topik",
      family: "language",
      kind: "scale",
      label: text("Bahasa Korea (TOPIK)", "Korean (TOPIK)"),
      levels: ["1", "2", "3", "4", "5", "6"].map((l) => ({ code: l, label: text(`TOPIK level ${l}`, `TOPIK level ${l}`) })),
    },
    {
      code: "lang.ko.eps-topik",
      family: "language",
      kind: "score",
      label: text("Bahasa Korea (EPS-TOPIK, skor)", "Korean (EPS-TOPIK score)"),
      min: 0,
      max: 200,
      validityMonths: 24,
    },
    {
      code: "lang.zh.hsk",
      family: "language",
      kind: "scale",
      label: text("Bahasa Mandarin (HSK)", "Chinese (HSK)"),
      levels: ["1", "2", "3", "4", "5", "6"].map((l) => ({ code: l, label: text(`HSK ${l}`, `HSK ${l}`) })),
    },
    cefr("en", "Inggris", "English"),
    cefr("de", "Jerman", "German"),
    cefr("nl", "Belanda", "Dutch"),
    cefr("fr", "Prancis", "French"),
    cefr("pl", "Polandia", "Polish"),
    cefr("cs", "Ceko", "Czech"),
    cefr("hu", "Hungaria", "Hungarian"),
    weld("111", ["SMAW", "MMA", "stick"], "busur manual (SMAW)", "Manual metal arc (SMAW)"),
    weld("141", ["GTAW", "TIG"], "TIG (GTAW)", "TIG (GTAW)"),
    weld("135", ["GMAW", "MAG"], "MAG (GMAW)", "MAG (GMAW)"),
    weld("131", ["MIG"], "MIG", "MIG"),
    weld("136", ["FCAW"], "kawat berinti fluks (FCAW)", "Flux-cored (FCAW)"),
    weld("121", ["SAW"], "busur terbenam (SAW)", "Submerged arc (SAW)"),
    bnsp("welding.smaw", "Juru las SMAW", "SMAW welder"),
    bnsp("hospitality.food-beverage", "Pelayanan makanan dan minuman", "Food and beverage service"),
    bnsp("hospitality.housekeeping", "Tata graha", "Housekeeping"),
    bnsp("hospitality.front-office", "Kantor depan", "Front office"),
    bnsp("culinary.cook", "Juru masak", "Cook"),
    bnsp("care.caregiver", "Pendamping/perawat lansia (caregiver)", "Caregiver"),
    bnsp("automotive.light-vehicle", "Mekanik kendaraan ringan", "Light vehicle mechanic"),
    bnsp("electrical.installation", "Instalasi listrik", "Electrical installation"),
    bnsp("creative.graphic-design", "Desain grafis", "Graphic design"),
    bnsp("construction.scaffolding", "Perancah", "Scaffolding"),
    ssw("nursing-care", "perawatan lansia (kaigo)", "nursing care (kaigo)"),
    ssw("food-service", "jasa makanan", "food service"),
    ssw("accommodation", "akomodasi/perhotelan", "accommodation"),
    ssw("manufacturing", "industri manufaktur", "manufacturing"),
    ssw("construction", "konstruksi", "construction"),
    ssw("shipbuilding", "perkapalan", "shipbuilding"),
    ssw("automobile-repair", "perbaikan otomotif", "automobile repair"),
    ssw("building-cleaning", "kebersihan gedung", "building cleaning"),
    ssw("agriculture", "pertanian", "agriculture"),
    ssw("food-manufacturing", "industri makanan dan minuman", "food and beverage manufacturing"),
    cert(
      "jp-ssw.lang.nursing-care",
      "sector-test",
      "Japan SSW sector test body",
      "Ujian bahasa Jepang perawatan lansia",
      "Nursing care Japanese language test",
    ),
    cert(
      "cert.food-safety",
      "hospitality",
      "Accredited food-safety trainer",
      "Sertifikat keamanan pangan (HACCP)",
      "Food safety (HACCP)",
      36,
    ),
    cert("cert.first-aid", "safety", "Accredited first-aid trainer", "Pertolongan pertama", "First aid", 24),
    cert(
      "cert.stcw-bst",
      "safety",
      "Maritime training centre",
      "Basic Safety Training (STCW)",
      "Basic Safety Training (STCW)",
      60,
    ),
    cert("licence.driving.sim-a", "driving", "POLRI", "SIM A", "Driving licence A (car)", 60),
    cert("licence.driving.sim-b1", "driving", "POLRI", "SIM B1", "Driving licence B1 (truck)", 60),
  ],
  weldingPositions: [
    pos("plate-1G", "plate", "Pelat datar (1G)", "Plate flat (1G)", []),
    pos("plate-2G", "plate", "Pelat horizontal (2G)", "Plate horizontal (2G)", ["plate-1G"]),
    pos("plate-3G", "plate", "Pelat vertikal (3G)", "Plate vertical (3G)", ["plate-1G", "plate-2G"]),
    pos("plate-4G", "plate", "Pelat di atas kepala (4G)", "Plate overhead (4G)", ["plate-1G", "plate-2G"]),
    pos("pipe-1G", "pipe", "Pipa diputar, datar (1G)", "Pipe rolled, flat (1G)", ["plate-1G"]),
    pos("pipe-2G", "pipe", "Pipa vertikal, las horizontal (2G)", "Pipe vertical axis, horizontal weld (2G)", [
      "pipe-1G",
      "plate-2G",
    ]),
    pos("pipe-5G", "pipe", "Pipa horizontal tetap (5G)", "Pipe horizontal fixed (5G)", ["pipe-1G", "plate-3G", "plate-4G"]),
    pos("pipe-6G", "pipe", "Pipa miring 45° tetap (6G)", "Pipe inclined 45° fixed (6G)", ["pipe-2G", "pipe-5G"]),
  ],
  equivalences: [
    {
      from: { skill: "lang.ja.jft-basic", level: "A2" },
      to: { skill: "lang.ja.jlpt", level: "N4" },
      programs: ["jp-ssw"],
      note: text("Untuk visa SSW Jepang, JFT-Basic A2 setara JLPT N4", "For Japan's SSW visa, JFT-Basic A2 counts as JLPT N4"),
    },
  ],
};

export const defaultTaxonomy = indexTaxonomy(taxonomyData);
