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
      for (const message of requirementProblems(r, defaultTaxonomy))
        ctx.addIssue({ code: "custom", path: ["requirements", i], message });
    });
  });
export type VacancyInput = z.infer<typeof VacancyInput>;
