import { z } from "zod";

/** What the answers of registration and imports look like: the API documents them by these names. */

export const FairRequestView = z
  .object({
    recruiterId: z.string(),
    vacancyIds: z.array(z.string()).describe("The picks at this booth, in the graduate's order"),
    preference: z.number().int().min(1).describe("1 = the booth of the graduate's first pick"),
    matchScore: z.number().describe("The best match score among these picks (0–100)"),
    confirmed: z.boolean().describe("False while an imported registration waits for the graduate"),
    applicationIds: z.array(z.string()).describe("The applications these picks made (none until confirmed)"),
  })
  .meta({ id: "FairRequest", description: "An interview request at one booth, made by the graduate's picks" });

export const RegistrationView = z
  .object({
    fairId: z.string(),
    graduateId: z.string(),
    picks: z.array(z.string()).describe("Vacancy ids, first choice first"),
    source: z.enum(["self", "import"]),
    confirmed: z.boolean().describe("The graduate's own act: registered themselves, or confirmed an import"),
    applyAnyway: z.boolean(),
    requests: z.array(FairRequestView),
    notApplied: z
      .array(z.object({ vacancyId: z.string(), code: z.string() }))
      .optional()
      .describe("On confirmation: picks that could not be applied to (e.g. deadline_passed)"),
  })
  .meta({ id: "Registration", description: "A graduate's registration for a fair" });

export const RegistrationSummaryView = z
  .object({
    fairId: z.string(),
    picks: z.array(z.string()),
    source: z.enum(["self", "import"]),
    confirmed: z.boolean(),
    createdAt: z.iso.datetime({ offset: true }),
    updatedAt: z.iso.datetime({ offset: true }),
  })
  .meta({ id: "RegistrationSummary", description: "A fair the graduate is registered for" });

export const RegistrationImportSchema = z
  .object({
    importId: z.string().describe("Read the job at /v1/fairs/{fairId}/imports/{importId}"),
    fairId: z.string(),
    state: z.enum(["queued", "running", "done"]),
    rows: z.number().int().describe("Rows read from the file"),
    processed: z.number().int(),
    registered: z.number().int(),
    refused: z.number().int(),
    importedBy: z.string(),
    createdAt: z.iso.datetime({ offset: true }),
    updatedAt: z.iso.datetime({ offset: true }),
  })
  .meta({
    id: "RegistrationImport",
    description: "An organiser's registration import: applied in batches of 100 rows by a worker",
    example: {
      importId: "imp_0mhv3k2a05f3c9e1a7",
      fairId: "3f6c2d1e-6b0a-4f5e-9d55-1c1b2e3a4f50",
      state: "running",
      rows: 1840,
      processed: 600,
      registered: 571,
      refused: 29,
      importedBy: "organiser-dki",
      createdAt: "2026-11-25T03:10:00.000Z",
      updatedAt: "2026-11-25T03:10:04.000Z",
    },
  });

export const ImportRowSchema = z
  .object({
    line: z.number().int().describe("The row's line in the file (the header is line 1)"),
    graduateId: z.string(),
    picks: z.string().describe("As written: vacancy ids separated by ';'"),
    outcome: z.enum(["registered", "refused", "pending"]),
    code: z.string().optional().describe("Why a row was refused (e.g. cannot_register, duplicate_row, not_at_fair)"),
    message: z.string().optional(),
  })
  .meta({ id: "ImportRow", description: "One row of an import and what became of it" });
