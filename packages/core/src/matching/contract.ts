import { type ApplicationState, type GateLine, Importance, type Outcome } from "@jalur/domain";
import { z } from "zod";
import { DisclosedGraduateView } from "../graduates/contract.ts";
import { LocalizedText } from "../vacancies/contract.ts";

/**
 * What the matching use cases answer, as the API documents them (each a named component).
 * The use cases declare these as their return types, so the code and the document cannot drift.
 */

const instant = z.iso.datetime().describe("ISO 8601 date-time (UTC)");
const day = z.iso.date().describe("Calendar date YYYY-MM-DD");

/** Every state of the application pipeline (a new one in the domain is a compile error here). */
const APPLICATION_STATES: { readonly [S in ApplicationState]: S } = {
  applied: "applied",
  shortlisted: "shortlisted",
  interview: "interview",
  offered: "offered",
  accepted: "accepted",
  declined: "declined",
  rejected: "rejected",
  withdrawn: "withdrawn",
  placed: "placed",
};

/** An application's state; a match carries its graduate's application state for the vacancy too. */
export const ApplicationStateView = z
  .enum(APPLICATION_STATES)
  .meta({ id: "ApplicationState", description: "Where an application is in the pipeline" });
export type ApplicationStateView = z.infer<typeof ApplicationStateView>;

const OUTCOMES: { readonly [O in Outcome]: O } = {
  not_met: "not_met",
  unverified_only: "unverified_only",
  met_expires_before_start: "met_expires_before_start",
  met: "met",
};

const GATES: { readonly [G in GateLine["gate"]]: G } = {
  minimum_age: "minimum_age",
  age_at_application: "age_at_application",
  age_at_start: "age_at_start",
};

export const RequirementLineView = z
  .object({
    requirementId: z.string(),
    skill: z.string(),
    importance: Importance,
    outcome: z.enum(OUTCOMES),
    credentialIds: z.array(z.string()).describe("The graduate's credentials that gave the outcome"),
    needed: LocalizedText,
    held: LocalizedText.optional(),
    lapsesOn: day.optional().describe("For met_expires_before_start: when the evidence expires, before the start"),
    confirmBy: day.optional().describe("A welding qualification's next confirmation, due before the start"),
    points: z.number(),
    maxPoints: z.number(),
    explanation: LocalizedText,
  })
  .meta({
    id: "RequirementLine",
    description:
      "How the graduate stands against one requirement, explained; `held` is the closest thing held when not met, or the lapsed credential",
  });
export type RequirementLineView = z.infer<typeof RequirementLineView>;

export const GateView = z
  .object({ gate: z.enum(GATES), ok: z.boolean(), explanation: LocalizedText })
  .meta({ id: "Gate", description: "An age rule and whether the graduate passes it, explained" });
export type GateView = z.infer<typeof GateView>;

export const GateResultView = z
  .object({ gate: z.enum(GATES), ok: z.boolean() })
  .meta({ id: "GateResult", description: "Whether an age rule passes (never the graduate's age)" });
export type GateResultView = z.infer<typeof GateResultView>;

export const MatchedVacancyView = z
  .object({
    title: z.string(),
    country: z.string(),
    sector: z.string(),
    recruiterId: z.string(),
    applicationDeadline: day,
    expectedStart: day,
  })
  .meta({ id: "MatchedVacancy", description: "The vacancy of a match, as it was when the match was computed" });
export type MatchedVacancyView = z.infer<typeof MatchedVacancyView>;

/** What a match holds on both sides. */
const matchFields = {
  vacancyId: z.string().describe("Apply at /v1/vacancies/{vacancyId}/applications"),
  graduateId: z.string(),
  eligible: z.boolean().describe("Every required item met by verified evidence valid today, and every age rule passed"),
  score: z.number().min(0).max(100).describe("0–100, one decimal"),
  missingRequired: z.number().int().describe("Required items not met, or met only by unverified evidence"),
  renewalsBeforeStart: z.number().int().describe("Required items whose evidence expires before the expected start"),
  lines: z.array(RequirementLineView),
  applicationState: ApplicationStateView.optional(),
  evaluatedOn: day.describe("The day (in Jakarta) the evaluation holds for"),
  computedAt: instant,
};

const text = (id: string, en: string) => ({ id, en });

export const MatchView = z.object({ ...matchFields, gates: z.array(GateView), vacancy: MatchedVacancyView }).meta({
  id: "Match",
  description: "A vacancy the graduate matches, with every requirement explained; `applicationState` once they applied to it",
  example: {
    vacancyId: "0193f7c4-8e21-7a3d-b5c6-2d9e0f1a3b47",
    graduateId: "auth0|6650a1c2e4b0f1a2b3c4d5e6",
    eligible: true,
    score: 72.7,
    missingRequired: 0,
    renewalsBeforeStart: 0,
    lines: [
      {
        requirementId: "jlpt",
        skill: "lang.ja.jlpt",
        importance: "required",
        outcome: "met",
        credentialIds: ["0193f7a2-5c1e-7d4b-9a2f-3e8c1b6d4a10"],
        needed: text("JLPT N4 atau lebih tinggi", "JLPT N4 or higher"),
        held: text("JLPT N4", "JLPT N4"),
        points: 4,
        maxPoints: 4,
        explanation: text("Terpenuhi oleh JLPT N4", "Met by JLPT N4"),
      },
      {
        requirementId: "mag",
        skill: "weld.135",
        importance: "required",
        outcome: "met",
        credentialIds: ["0193f7a3-1b2c-7d4e-8f90-a1b2c3d4e5f6"],
        needed: text("Las MAG (GMAW) (135): Pelat vertikal (3G)", "MAG (GMAW) welding (135): Plate vertical (3G)"),
        held: text("Las MAG (GMAW) (135) plate-3G, plate-4G", "MAG (GMAW) welding (135) plate-3G, plate-4G"),
        confirmBy: "2027-04-05",
        points: 4,
        maxPoints: 4,
        explanation: text(
          "Terpenuhi oleh Las MAG (GMAW) (135) plate-3G, plate-4G; pastikan dikonfirmasi paling lambat 2027-04-05 (konfirmasi 6 bulanan jatuh tempo sebelum mulai kerja 2027-07-01)",
          "Met by MAG (GMAW) welding (135) plate-3G, plate-4G; have it confirmed by 2027-04-05 (its 6-monthly confirmation falls due before the expected start 2027-07-01)",
        ),
      },
      {
        requirementId: "ssw",
        skill: "jp-ssw.skill.shipbuilding",
        importance: "preferred",
        outcome: "not_met",
        credentialIds: [],
        needed: text("Ujian keterampilan SSW: perkapalan", "SSW skills test: shipbuilding"),
        points: 0,
        maxPoints: 3,
        explanation: text(
          "Ujian keterampilan SSW: perkapalan dibutuhkan; belum ada",
          "SSW skills test: shipbuilding needed; none held",
        ),
      },
    ],
    gates: [
      {
        gate: "minimum_age",
        ok: true,
        explanation: text("Usia minimal 18 tahun; usia Anda 25", "At least 18 years old; you are 25"),
      },
    ],
    vacancy: {
      title: "Welder (MAG), shipyard in Nagasaki",
      country: "JP",
      sector: "shipbuilding",
      recruiterId: "0193f7b0-2a4c-7e61-8d3b-5f9a0c1e2d34",
      applicationDeadline: "2027-03-31",
      expectedStart: "2027-07-01",
    },
    evaluatedOn: "2026-11-25",
    computedAt: "2026-11-25T03:31:12.000Z",
  },
});
export type MatchView = z.infer<typeof MatchView>;

export const CandidateView = z.object({ ...matchFields, gates: z.array(GateResultView), graduate: DisclosedGraduateView }).meta({
  id: "Candidate",
  description:
    "A consenting graduate matching the vacancy (the name shown is audited); `applicationState` once they applied to it",
});
export type CandidateView = z.infer<typeof CandidateView>;

export const LearnNextSchema = z
  .object({
    skill: z.string().describe("A taxonomy code (see /v1/skills)"),
    level: z.string().optional(),
    score: z.number().optional(),
    needed: z.object({ id: z.string(), en: z.string() }).describe("The requirement's own words, e.g. JLPT N4 or higher"),
    opens: z.number().int().min(1).describe("How many open vacancies it would open"),
    examples: z.array(z.object({ vacancyId: z.string(), title: z.string(), country: z.string() })).max(3),
    countries: z.array(z.string()).describe("ISO codes of their countries, sorted"),
  })
  .meta({
    id: "LearnNext",
    description:
      "The one credential that would make the graduate eligible for the most open vacancies they now miss for that reason alone",
    example: {
      skill: "lang.ja.jlpt",
      level: "N4",
      needed: { id: "JLPT N4 atau lebih tinggi", en: "JLPT N4 or higher" },
      opens: 7,
      examples: [{ vacancyId: "0193f7c4-8e21-7a3d-b5c6-2d9e0f1a3b47", title: "Caregiver (kaigo), Osaka", country: "JP" }],
      countries: ["JP"],
    },
  });
