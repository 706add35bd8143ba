import { CostItem, Importance, PlacementScheme, Requirement, Salary, type ViolationCode } from "@jalur/domain";
import { z } from "zod";

/**
 * What the vacancies' use cases answer, as the API documents them (each a named component).
 * The use cases declare these as their return types, so the code and the document cannot drift.
 */

const instant = z.iso.datetime().describe("ISO 8601 date-time (UTC)");
const day = z.iso.date().describe("Calendar date YYYY-MM-DD");

/** A text shown to people, in Bahasa Indonesia and English (the domain's `Text`). */
export const LocalizedText = z
  .object({ id: z.string().describe("Bahasa Indonesia"), en: z.string().describe("English") })
  .meta({ id: "LocalizedText", description: "A text in Bahasa Indonesia (id) and English (en)" });
export type LocalizedText = z.infer<typeof LocalizedText>;

/** Every code the worker-protection rules can give (a new one in the domain is a compile error here). */
const VIOLATION_CODES: { readonly [C in ViolationCode]: C } = {
  licence_missing: "licence_missing",
  licence_unverified: "licence_unverified",
  licence_not_valid: "licence_not_valid",
  licence_lapses_before_deadline: "licence_lapses_before_deadline",
  destination_barred: "destination_barred",
  destination_not_allowed: "destination_not_allowed",
  sector_unknown: "sector_unknown",
  worker_cost_in_exempt_sector: "worker_cost_in_exempt_sector",
  worker_cost: "worker_cost",
  salary_below_floor: "salary_below_floor",
  salary_currency_mismatch: "salary_currency_mismatch",
  salary_floor_unknown: "salary_floor_unknown",
  job_order_missing: "job_order_missing",
  deadline_passed: "deadline_passed",
  start_before_deadline: "start_before_deadline",
};

export const ViolationView = z
  .object({
    code: z.enum(VIOLATION_CODES),
    severity: z.enum(["refusal", "warning"]).describe("A refusal blocks publishing; a warning is shown and counted"),
    field: z.string().describe("The field it is about, e.g. salary.amount or recruiter.licence"),
    message: LocalizedText,
  })
  .meta({ id: "Violation", description: "A breach of a worker-protection rule found when publishing" });
export type ViolationView = z.infer<typeof ViolationView>;

export const VacancyDetailView = z
  .object({
    vacancyId: z.string(),
    recruiterId: z.string().describe("The organisation that posted it"),
    state: z.enum(["draft", "published", "closed", "filled"]),
    title: z.string(),
    description: z.string().optional(),
    country: z.string().describe("ISO 3166 alpha-2 destination country"),
    sector: z.string().describe("Sector code, e.g. shipbuilding or nursing-care"),
    scheme: PlacementScheme,
    program: z.string().optional().describe("Visa programme code, e.g. jp-ssw"),
    openings: z.number().int(),
    salary: Salary,
    costs: z.array(CostItem).describe("Placement costs and who pays each (BP2MI regulation 9/2020)"),
    jobOrderRef: z.string().optional(),
    applicationDeadline: day,
    expectedStart: day,
    ageMin: z.number().int().optional(),
    ageMax: z.number().int().optional(),
    requirements: z.array(Requirement),
    warnings: z.array(ViolationView).optional().describe("Warnings found when it was last published"),
    publishedAt: instant.optional().describe("When it was first published"),
    version: z.number().int().min(1).describe("Send it back to edit the vacancy (optimistic locking)"),
    createdAt: instant,
    updatedAt: instant,
  })
  .meta({
    id: "Vacancy",
    description: "A vacancy: public once published; a draft only for its recruiter and staff",
    example: {
      vacancyId: "0193f7c4-8e21-7a3d-b5c6-2d9e0f1a3b47",
      recruiterId: "0193f7b0-2a4c-7e61-8d3b-5f9a0c1e2d34",
      state: "published",
      title: "Welder (MAG), shipyard in Nagasaki",
      description: "Hull block welding at a shipyard in Nagasaki. Dormitory provided; 40 hours a week.",
      country: "JP",
      sector: "shipbuilding",
      scheme: "P-to-P",
      program: "jp-ssw",
      openings: 12,
      salary: { amount: 245000, currency: "JPY", period: "month" },
      costs: [
        { item: "airfare", amount: { amount: 90000, currency: "JPY" }, paidBy: "employer" },
        { item: "visa", amount: { amount: 3000, currency: "JPY" }, paidBy: "employer" },
      ],
      jobOrderRef: "JO/JP/2026/118",
      applicationDeadline: "2027-03-31",
      expectedStart: "2027-07-01",
      ageMin: 18,
      requirements: [
        { id: "jlpt", skill: "lang.ja.jlpt", importance: "required", minLevel: "N4", weight: 1 },
        { id: "mag", skill: "weld.135", importance: "required", welding: { positions: ["plate-3G"] }, weight: 1 },
        { id: "ssw", skill: "jp-ssw.skill.shipbuilding", importance: "preferred", weight: 3 },
      ],
      warnings: [],
      publishedAt: "2026-11-25T03:30:00.000Z",
      version: 2,
      createdAt: "2026-11-25T03:00:00.000Z",
      updatedAt: "2026-11-25T03:30:00.000Z",
    },
  });
export type VacancyDetailView = z.infer<typeof VacancyDetailView>;

export const DemandRowView = z
  .object({
    skill: z.string(),
    label: LocalizedText.optional(),
    country: z.string(),
    importance: Importance,
    minimum: z.string().describe("The least level, score or welding positions asked ('-' for none)"),
    vacancies: z.number().int().describe("Open vacancies asking for it"),
    openings: z.number().int().describe("Their openings"),
    holders: z.number().int().describe("Consenting graduates holding the skill at or above the minimum, verified and valid"),
    shortfall: z.number().int().describe("Openings beyond the holders (0 when enough)"),
  })
  .meta({
    id: "DemandRow",
    description:
      "Demand for one skill, level, importance and country against supply; `label` is the skill's name (absent for a skill the taxonomy no longer knows)",
  });
export type DemandRowView = z.infer<typeof DemandRowView>;

export const DemandReportView = z
  .object({ items: z.array(DemandRowView).describe("Largest shortfall first") })
  .meta({ id: "DemandReport", description: "What open vacancies ask for against how many verified graduates hold it" });
export type DemandReportView = z.infer<typeof DemandReportView>;
