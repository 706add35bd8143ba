import {
  CostItem,
  defaultTaxonomy,
  IsoDateSchema,
  line,
  PlacementScheme,
  paragraphs,
  Requirement,
  requirementProblems,
  Salary,
  unknownSkill,
} from "@jalur/domain";
import { z } from "zod";

/** A vacancy as a recruiter writes it; the compliance rules run when it is published. */
export const VacancyInput = z
  .object({
    title: line(200).pipe(z.string().min(3)),
    description: paragraphs(5000).optional(),
    country: z.string().regex(/^[A-Z]{2}$/, "ISO 3166 alpha-2 country code"),
    sector: z
      .string()
      .min(1)
      .max(60)
      .regex(/^[a-z0-9-]+$/, "a sector code, e.g. welding or nursing-care"),
    scheme: PlacementScheme,
    program: z
      .string()
      .max(60)
      .regex(/^[a-z0-9-]*$/, "a programme code, e.g. jp-ssw")
      .optional(),
    openings: z.number().int().min(1).max(10_000),
    salary: Salary,
    costs: z.array(CostItem).max(30).default([]),
    jobOrderRef: line(120).optional(),
    applicationDeadline: IsoDateSchema,
    expectedStart: IsoDateSchema,
    ageMin: z.number().int().min(18).max(70).optional(),
    ageMax: z.number().int().min(18).max(70).optional(),
    requirements: z.array(Requirement).max(20).default([]),
  })
  .superRefine((v, ctx) => {
    if (v.ageMin !== undefined && v.ageMax !== undefined && v.ageMax < v.ageMin) {
      ctx.addIssue({ code: "custom", path: ["ageMax"], message: "ageMax is below ageMin" });
    }
    const ids = new Set<string>();
    v.requirements.forEach((r, i) => {
      if (ids.has(r.id))
        ctx.addIssue({ code: "custom", path: ["requirements", i, "id"], message: `Duplicate requirement id ${r.id}` });
      ids.add(r.id);
      if (!defaultTaxonomy.skill(r.skill)) {
        // An unknown code: the nearest known ones, and the text in both languages for the problem document.
        const { text, suggestions } = unknownSkill(r.skill, defaultTaxonomy);
        ctx.addIssue({ code: "custom", path: ["requirements", i, "skill"], message: text.en, params: { text, suggestions } });
        return;
      }
      for (const message of requirementProblems(r, defaultTaxonomy))
        ctx.addIssue({ code: "custom", path: ["requirements", i], message });
    });
  })
  .meta({
    id: "VacancyInput",
    description:
      "A vacancy as a recruiter writes it; the worker-protection rules run when it is published (licence, destination, pay floor, who pays which cost, job order, dates)",
    example: {
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
        { id: "jlpt", skill: "lang.ja.jlpt", importance: "required", minLevel: "N4" },
        { id: "mag", skill: "weld.135", importance: "required", welding: { positions: ["plate-3G"] } },
        { id: "ssw", skill: "jp-ssw.skill.shipbuilding", importance: "preferred", weight: 3 },
      ],
    },
  });
export type VacancyInput = z.infer<typeof VacancyInput>;
