import { z } from "zod";
import { amount, IsoDateSchema, line } from "./bounds.ts";
import { dateInZone, type IsoDate } from "./dates.ts";
import { Money, type PlacementPolicy, placementPolicy, salaryFloor } from "./policy.ts";
import { type Text, text } from "./text.ts";

/** Cost items of a placement (BP2MI regulation 9/2020), each with who pays it. */
export const CostItemCode = z.enum([
  "airfare",
  "visa",
  "work_permit",
  "passport",
  "medical_check",
  "psychological_test",
  "training",
  "competency_certificate",
  "agency_fee",
  "contract_legalisation",
  "social_security",
  "accommodation_before_departure",
  "local_transport",
  "other",
]);
export const CostItem = z.object({
  item: CostItemCode,
  amount: Money,
  paidBy: z.enum(["employer", "recruiter", "government", "worker"]),
});
export type CostItem = z.infer<typeof CostItem>;

export const PlacementScheme = z.enum(["P-to-P", "G-to-G", "G-to-P", "intra-corporate", "independent"]);
export type PlacementScheme = z.infer<typeof PlacementScheme>;

export const Licence = z.object({
  /** SIP3MI number. */
  number: line(80),
  validFrom: IsoDateSchema,
  validUntil: IsoDateSchema,
  verified: z.boolean(),
});
export type Licence = z.infer<typeof Licence>;

export const Salary = z.object({
  amount,
  currency: z.string().regex(/^[A-Z]{3}$/),
  period: z.enum(["hour", "month", "year"]),
});
export type Salary = z.infer<typeof Salary>;

export interface VacancyForCompliance {
  /** Licensed placement company (P3MI) or a government body. */
  readonly recruiter: { readonly kind: "p3mi" | "government"; readonly licence?: Licence };
  readonly scheme: PlacementScheme;
  readonly country: string;
  readonly sector: string;
  readonly salary: Salary;
  readonly costs: readonly CostItem[];
  readonly jobOrderRef?: string;
  readonly applicationDeadline: IsoDate;
  readonly expectedStart: IsoDate;
}

export type ViolationCode =
  | "licence_missing"
  | "licence_unverified"
  | "licence_not_valid"
  | "licence_lapses_before_deadline"
  | "destination_barred"
  | "destination_not_allowed"
  | "sector_unknown"
  | "worker_cost_in_exempt_sector"
  | "worker_cost"
  | "salary_below_floor"
  | "salary_currency_mismatch"
  | "salary_floor_unknown"
  | "job_order_missing"
  | "deadline_passed"
  | "start_before_deadline";

export interface Violation {
  readonly code: ViolationCode;
  /** A refusal blocks publishing; a warning is shown to staff and graduates and counted. */
  readonly severity: "refusal" | "warning";
  readonly field: string;
  readonly message: Text;
}

export interface ComplianceResult {
  readonly lawful: boolean;
  readonly refusals: readonly Violation[];
  readonly warnings: readonly Violation[];
  readonly policyVersion: string;
}

/** Schemes placed through a licensed private agency need a valid, verified SIP3MI. */
const LICENSED_SCHEMES: ReadonlySet<PlacementScheme> = new Set(["P-to-P"]);

/**
 * Checks a vacancy against the worker-protection rules on the day it would be published:
 * licence valid and verified from publishing through the application deadline, destination
 * allowed, no worker-paid cost in exempt sectors (flagged elsewhere), pay at or above the
 * floor for the vacancy's sector in the destination (the sector's own floor where the policy
 * sets one, else the destination's general floor), a job-order reference, sane dates. Lists
 * every violation, not the first.
 */
export function checkCompliance(
  vacancy: VacancyForCompliance,
  now: Date,
  policy: PlacementPolicy = placementPolicy,
): ComplianceResult {
  const today = dateInZone(now);
  const found: Violation[] = [];
  const refuse = (code: ViolationCode, field: string, message: Text) => found.push({ code, severity: "refusal", field, message });
  const warn = (code: ViolationCode, field: string, message: Text) => found.push({ code, severity: "warning", field, message });

  const needsLicence = vacancy.recruiter.kind === "p3mi" || LICENSED_SCHEMES.has(vacancy.scheme);
  const licence = vacancy.recruiter.licence;
  if (needsLicence) {
    if (!licence) {
      refuse(
        "licence_missing",
        "recruiter.licence",
        text("Perusahaan penempatan tidak memiliki izin SIP3MI", "The placement company has no SIP3MI licence"),
      );
    } else {
      if (!licence.verified) {
        refuse(
          "licence_unverified",
          "recruiter.licence",
          text(`Izin ${licence.number} belum diverifikasi petugas`, `Licence ${licence.number} has not been verified by staff`),
        );
      }
      if (today < licence.validFrom || today > licence.validUntil) {
        refuse(
          "licence_not_valid",
          "recruiter.licence",
          text(
            `Izin ${licence.number} tidak berlaku pada ${today} (berlaku ${licence.validFrom} s.d. ${licence.validUntil})`,
            `Licence ${licence.number} is not valid on ${today} (valid ${licence.validFrom} to ${licence.validUntil})`,
          ),
        );
      } else if (licence.validUntil < vacancy.applicationDeadline) {
        refuse(
          "licence_lapses_before_deadline",
          "applicationDeadline",
          text(
            `Izin berakhir ${licence.validUntil}, sebelum batas lamaran ${vacancy.applicationDeadline}`,
            `The licence ends on ${licence.validUntil}, before the application deadline ${vacancy.applicationDeadline}`,
          ),
        );
      }
    }
  }

  const destination = own(policy.destinations, vacancy.country);
  if (destination?.status === "barred") {
    refuse(
      "destination_barred",
      "country",
      text(
        `${destination.name.id} bukan negara tujuan resmi penempatan`,
        `${destination.name.en} is not an official placement destination`,
      ),
    );
  } else if (!destination) {
    refuse(
      "destination_not_allowed",
      "country",
      text(
        `Negara ${vacancy.country} tidak ada dalam daftar tujuan yang diizinkan`,
        `Country ${vacancy.country} is not on the list of allowed destinations`,
      ),
    );
  }

  const sector = own(policy.sectors, vacancy.sector);
  if (!sector)
    refuse("sector_unknown", "sector", text(`Sektor tidak dikenal: ${vacancy.sector}`, `Unknown sector: ${vacancy.sector}`));
  vacancy.costs.forEach((cost, i) => {
    if (cost.paidBy !== "worker" || cost.amount.amount === 0) return;
    const what = `${cost.item} (${cost.amount.amount} ${cost.amount.currency})`;
    if (sector?.costExempt) {
      refuse(
        "worker_cost_in_exempt_sector",
        `costs.${i}`,
        text(
          `Pekerja di sektor ${sector.name.id} tidak boleh dibebani biaya penempatan: ${what}`,
          `Workers in ${sector.name.en} may not be charged placement costs: ${what}`,
        ),
      );
    } else {
      warn("worker_cost", `costs.${i}`, text(`Biaya dibebankan kepada pekerja: ${what}`, `Cost charged to the worker: ${what}`));
    }
  });

  if (destination?.status === "allowed") {
    const applicable = salaryFloor(destination, vacancy.sector);
    const floor = applicable?.floor;
    if (!floor) {
      warn(
        "salary_floor_unknown",
        "salary",
        text(`Belum ada upah minimum untuk ${destination.name.id}`, `No salary floor is configured for ${destination.name.en}`),
      );
    } else if (vacancy.salary.currency !== floor.currency) {
      refuse(
        "salary_currency_mismatch",
        "salary.currency",
        text(
          `Gaji harus dinyatakan dalam ${floor.currency} agar dapat dibandingkan dengan upah minimum`,
          `State the salary in ${floor.currency} so it can be compared with the floor`,
        ),
      );
    } else {
      const monthly = monthlyAmount(vacancy.salary, policy.hoursPerMonth);
      if (monthly < floor.amount) {
        const pay = `${Math.round(monthly)} ${floor.currency}`;
        const minimum = `${floor.amount} ${floor.currency}`;
        // Name the floor used: the sector's own, or the destination's general floor.
        const sectorName = sector?.name ?? text(vacancy.sector, vacancy.sector);
        refuse(
          "salary_below_floor",
          "salary.amount",
          applicable?.sector !== undefined
            ? text(
                `Gaji ${pay}/bulan di bawah upah minimum ${minimum}/bulan untuk ${sectorName.id} di ${destination.name.id}`,
                `Pay of ${pay}/month is below the ${minimum}/month floor for ${sectorName.en} in ${destination.name.en}`,
              )
            : text(
                `Gaji ${pay}/bulan di bawah upah minimum umum ${minimum}/bulan untuk ${destination.name.id}`,
                `Pay of ${pay}/month is below the general ${minimum}/month floor for ${destination.name.en}`,
              ),
        );
      }
    }
  }

  if (!vacancy.jobOrderRef?.trim()) {
    refuse(
      "job_order_missing",
      "jobOrderRef",
      text("Nomor job order / demand letter wajib diisi", "A job order / demand letter reference is required"),
    );
  }
  if (vacancy.applicationDeadline < today) {
    refuse(
      "deadline_passed",
      "applicationDeadline",
      text(
        `Batas lamaran ${vacancy.applicationDeadline} sudah lewat`,
        `The application deadline ${vacancy.applicationDeadline} has passed`,
      ),
    );
  }
  if (vacancy.expectedStart < vacancy.applicationDeadline) {
    refuse(
      "start_before_deadline",
      "expectedStart",
      text(
        `Tanggal mulai ${vacancy.expectedStart} sebelum batas lamaran ${vacancy.applicationDeadline}`,
        `The expected start ${vacancy.expectedStart} is before the application deadline ${vacancy.applicationDeadline}`,
      ),
    );
  }

  const refusals = found.filter((v) => v.severity === "refusal");
  return {
    lawful: refusals.length === 0,
    refusals,
    warnings: found.filter((v) => v.severity === "warning"),
    policyVersion: policy.version,
  };
}

/** An own property of a record (a code like "constructor" is not a known sector or country). */
function own<T>(record: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}

export function monthlyAmount(salary: Salary, hoursPerMonth: number): number {
  switch (salary.period) {
    case "hour":
      return salary.amount * hoursPerMonth;
    case "month":
      return salary.amount;
    case "year":
      return salary.amount / 12;
  }
}
