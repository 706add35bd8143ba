import { type Credential, confirmationDueBeforeStart, lapsesBeforeStart, standingOn, validThrough } from "./credentials.ts";
import { ageOn, dateInZone, type IsoDate } from "./dates.ts";
import type { Requirement } from "./requirements.ts";
import type { Skill, Taxonomy } from "./taxonomy.ts";
import { defaultTaxonomy } from "./taxonomy-data.ts";
import { type Text, text } from "./text.ts";
import { weldingCoverage } from "./welding.ts";

/** The outcome of one requirement check, from worst to best. */
export type Outcome = "not_met" | "unverified_only" | "met_expires_before_start" | "met";
const RANK: Record<Outcome, number> = { not_met: 0, unverified_only: 1, met_expires_before_start: 2, met: 3 };
/** Share of a requirement's points an outcome earns. */
export const CREDIT: Record<Outcome, number> = { not_met: 0, unverified_only: 0.5, met_expires_before_start: 0.5, met: 1 };

export const LEGAL_MINIMUM_AGE = 18;

export interface GraduateForMatching {
  readonly id: string;
  readonly birthDate: IsoDate;
  readonly credentials: readonly Credential[];
}

export interface VacancyForMatching {
  readonly id: string;
  /** Visa programme, for equivalences that hold only there (e.g. "jp-ssw"). */
  readonly program?: string;
  readonly requirements: readonly Requirement[];
  readonly ageMin?: number;
  readonly ageMax?: number;
  readonly expectedStart: IsoDate;
}

export interface RequirementLine {
  readonly requirementId: string;
  readonly skill: string;
  readonly importance: Requirement["importance"];
  readonly outcome: Outcome;
  /** Credentials that gave the outcome (several when welding positions are covered together). */
  readonly credentialIds: readonly string[];
  readonly needed: Text;
  /** The closest thing held when not met ("JLPT N5"), or the lapsed credential. */
  readonly held?: Text;
  /**
   * For `met_expires_before_start`: the date the evidence expires (its printed expiry, or its
   * validity from issue; for welding the 2–3 year revalidation), before the expected start.
   */
  readonly lapsesOn?: IsoDate;
  /**
   * A reminder, not a weaker outcome: the evidence's next periodic confirmation (welding,
   * ISO 9606-1: every 6 months) falls due on this date, before the expected start. The line
   * keeps its outcome and points; the explanation says "have it confirmed by …". Set on
   * `met` and `met_expires_before_start` lines only.
   */
  readonly confirmBy?: IsoDate;
  readonly points: number;
  readonly maxPoints: number;
  readonly explanation: Text;
}

export interface GateLine {
  readonly gate: "minimum_age" | "age_at_application" | "age_at_start";
  readonly ok: boolean;
  readonly explanation: Text;
}

export interface Evaluation {
  readonly graduateId: string;
  readonly vacancyId: string;
  /**
   * Every required item met by verified evidence valid today, and every gate passed. Evidence
   * that lapses before the expected start still counts (DOMAIN: "met but expires before the
   * expected start"), and is counted in `renewalsBeforeStart` for the graduate to act on.
   */
  readonly eligible: boolean;
  /** 0–100, one decimal: points earned over points possible (see `evaluate`). */
  readonly score: number;
  /** Required items not met, or met only by unverified evidence. */
  readonly missingRequired: number;
  /**
   * Required items whose evidence expires before the expected start: renew or revalidate it.
   * A welding confirmation falling due before the start is not counted here (see `confirmBy`).
   */
  readonly renewalsBeforeStart: number;
  readonly lines: readonly RequirementLine[];
  readonly gates: readonly GateLine[];
  readonly evaluatedOn: IsoDate;
  readonly taxonomyVersion: string;
}

export interface EvaluateOptions {
  readonly taxonomy?: Taxonomy;
  /** Zone in which "today" is read from `now`. */
  readonly timeZone?: string;
}

interface Evidence {
  readonly credential: Credential;
  readonly outcome: Outcome;
  /** Orders evidence of the same outcome: higher levels/scores first. */
  readonly strength: number;
  readonly lapsesOn?: IsoDate;
  readonly confirmBy?: IsoDate;
  readonly held?: Text;
}

interface Context {
  readonly taxonomy: Taxonomy;
  readonly today: IsoDate;
  readonly start: IsoDate;
  readonly program?: string;
}

/**
 * Evaluates a graduate against a vacancy on the day `now` falls on (in Jakarta).
 *
 * Score: each preferred item is worth its weight; each required item is worth one more than
 * all preferred weights together, so no amount of preferred items makes up for a missing
 * required one. An item earns its full worth when met, half when the only evidence is
 * unverified or expires before the expected start, nothing when not met.
 *
 * Validity: evidence must count today (not expired, and for welding its 6-monthly
 * confirmation not overdue). Only the expiry (printed, or validity from issue; for welding the
 * 2–3 year revalidation) is checked against the expected start. A confirmation falling due
 * before the start is a reminder on the line (`confirmBy`), not a lower outcome or score.
 * score = 100 × earned / possible (100 when the vacancy lists no requirements).
 */
export function evaluate(
  graduate: GraduateForMatching,
  vacancy: VacancyForMatching,
  now: Date,
  options: EvaluateOptions = {},
): Evaluation {
  const taxonomy = options.taxonomy ?? defaultTaxonomy;
  const ctx: Context = {
    taxonomy,
    today: dateInZone(now, options.timeZone),
    start: vacancy.expectedStart,
    program: vacancy.program,
  };
  const credentials = graduate.credentials.filter((c) => c.verification !== "rejected");
  const preferredWeight = vacancy.requirements.filter((r) => r.importance === "preferred").reduce((sum, r) => sum + r.weight, 0);
  const requiredWeight = preferredWeight + 1;

  const lines = vacancy.requirements.map((requirement) => {
    const maxPoints = requirement.importance === "required" ? requiredWeight : requirement.weight;
    return checkRequirement(requirement, credentials, ctx, maxPoints);
  });
  const gates = checkGates(graduate.birthDate, vacancy, ctx);
  const possible = lines.reduce((sum, l) => sum + l.maxPoints, 0);
  const earned = lines.reduce((sum, l) => sum + l.points, 0);
  const required = lines.filter((l) => l.importance === "required");
  const missingRequired = required.filter((l) => l.outcome === "not_met" || l.outcome === "unverified_only").length;
  const renewalsBeforeStart = required.filter((l) => l.outcome === "met_expires_before_start").length;
  return {
    graduateId: graduate.id,
    vacancyId: vacancy.id,
    eligible: missingRequired === 0 && gates.every((g) => g.ok),
    score: possible === 0 ? 100 : Math.round((1000 * earned) / possible) / 10,
    missingRequired,
    renewalsBeforeStart,
    lines,
    gates,
    evaluatedOn: ctx.today,
    taxonomyVersion: taxonomy.version,
  };
}

/** How evidence stands: undefined when it does not count today. */
function standingOf(
  credential: Credential,
  skill: Skill,
  ctx: Context,
): { outcome: Outcome; lapsesOn?: IsoDate; confirmBy?: IsoDate } | undefined {
  if (standingOn(credential, skill, ctx.today) !== "valid") return undefined;
  if (credential.verification !== "verified") return { outcome: "unverified_only" };
  const confirmBy = confirmationDueBeforeStart(credential, skill, ctx.start);
  const reminder = confirmBy ? { confirmBy } : {};
  const lapsesOn = lapsesBeforeStart(credential, skill, ctx.start);
  if (lapsesOn) return { outcome: "met_expires_before_start", lapsesOn, ...reminder };
  return { outcome: "met", ...reminder };
}

function best(evidence: readonly Evidence[]): Evidence | undefined {
  return [...evidence].sort(
    (a, b) =>
      RANK[b.outcome] - RANK[a.outcome] ||
      b.strength - a.strength ||
      (b.lapsesOn ?? "9999-12-31").localeCompare(a.lapsesOn ?? "9999-12-31") ||
      (b.confirmBy ?? "9999-12-31").localeCompare(a.confirmBy ?? "9999-12-31") ||
      a.credential.id.localeCompare(b.credential.id),
  )[0];
}

function checkRequirement(
  requirement: Requirement,
  credentials: readonly Credential[],
  ctx: Context,
  maxPoints: number,
): RequirementLine {
  const skill = ctx.taxonomy.skill(requirement.skill);
  const base = { requirementId: requirement.id, skill: requirement.skill, importance: requirement.importance, maxPoints };
  if (!skill) {
    const needed = text(requirement.skill, requirement.skill);
    return {
      ...base,
      outcome: "not_met",
      credentialIds: [],
      needed,
      points: 0,
      explanation: text(`Keahlian tidak dikenal: ${requirement.skill}`, `Unknown skill: ${requirement.skill}`),
    };
  }
  if (skill.kind === "welding") return checkWelding(requirement, skill, credentials, ctx, base);

  const needed = describeNeed(requirement, skill, ctx.taxonomy);
  const sufficient: Evidence[] = [];
  const insufficient: { credential: Credential; strength: number; held: Text }[] = [];
  const lapsed: Credential[] = [];

  for (const credential of credentials) {
    const match = assess(requirement, skill, credential, ctx);
    if (!match) continue;
    if (!match.enough) {
      insufficient.push({ credential, strength: match.strength, held: match.held });
      continue;
    }
    const credentialSkill = ctx.taxonomy.skill(credential.skill) ?? skill;
    const standing = standingOf(credential, credentialSkill, ctx);
    if (!standing) lapsed.push(credential);
    else sufficient.push({ credential, strength: match.strength, held: match.held, ...standing });
  }

  const chosen = best(sufficient);
  if (chosen) return line(base, chosen.outcome, [chosen.credential.id], needed, chosen.held, chosen, ctx);
  if (lapsed.length > 0) {
    const latest = [...lapsed].sort((a, b) => b.issuedOn.localeCompare(a.issuedOn) || a.id.localeCompare(b.id))[0]!;
    return lapsedLine(base, latest, needed, ctx);
  }
  const closest = [...insufficient].sort((a, b) => b.strength - a.strength || a.credential.id.localeCompare(b.credential.id))[0];
  return line(base, "not_met", [], needed, closest?.held, {}, ctx);
}

/** Whether a credential speaks to a (non-welding) requirement, and if so whether it is enough. */
function assess(
  requirement: Requirement,
  skill: Skill,
  credential: Credential,
  ctx: Context,
): { enough: boolean; strength: number; held: Text } | undefined {
  const t = ctx.taxonomy;
  switch (skill.kind) {
    case "scale": {
      const min = t.levelRank(skill.code, requirement.minLevel ?? skill.levels[0]!.code);
      let level: string | undefined;
      let held = describeHeld(credential, t);
      if (credential.skill === skill.code) level = credential.level;
      else {
        const eq = t.equivalences.find(
          (e) =>
            e.to.skill === skill.code &&
            e.from.skill === credential.skill &&
            credential.level !== undefined &&
            t.levelRank(e.from.skill, credential.level) >= t.levelRank(e.from.skill, e.from.level) &&
            (!e.programs || (ctx.program !== undefined && e.programs.includes(ctx.program))),
        );
        level = eq?.to.level;
        const as = eq && t.levelLabel(eq.to.skill, eq.to.level);
        if (as) held = text(`${held.id} (setara ${as.id})`, `${held.en} (counts as ${as.en})`);
      }
      if (level === undefined) return undefined;
      const rank = t.levelRank(skill.code, level);
      if (rank < 0) return undefined;
      return { enough: rank >= min, strength: rank, held };
    }
    case "score": {
      if (credential.skill !== skill.code || credential.score === undefined) return undefined;
      return {
        enough: credential.score >= (requirement.minScore ?? skill.min),
        strength: credential.score,
        held: describeHeld(credential, t),
      };
    }
    case "certificate": {
      if (credential.skill !== skill.code) return undefined;
      const missing = (requirement.units ?? []).filter((u) => !credential.units?.includes(u));
      return { enough: missing.length === 0, strength: -missing.length, held: describeHeld(credential, t) };
    }
    default:
      return undefined;
  }
}

function checkWelding(
  requirement: Requirement,
  skill: Skill,
  credentials: readonly Credential[],
  ctx: Context,
  base: Pick<RequirementLine, "requirementId" | "skill" | "importance" | "maxPoints">,
): RequirementLine {
  const t = ctx.taxonomy;
  const need = requirement.welding ?? { positions: [] };
  const needed = describeNeed(requirement, skill, t);
  const sameProcess = credentials.filter((c) => c.skill === skill.code && c.welding);
  const perPosition = need.positions.map((position) => {
    const evidence: Evidence[] = [];
    const lapsed: Credential[] = [];
    for (const credential of sameProcess) {
      if (!weldingCoverage(credential.welding!, position, need, t).covered) continue;
      const standing = standingOf(credential, skill, ctx);
      if (standing) evidence.push({ credential, strength: 0, ...standing });
      else lapsed.push(credential);
    }
    return { position, chosen: best(evidence), lapsed };
  });

  const uncovered = perPosition.filter((p) => !p.chosen);
  if (uncovered.length > 0) {
    const lapsedCredential = uncovered
      .flatMap((p) => p.lapsed)
      .sort((a, b) => b.issuedOn.localeCompare(a.issuedOn) || a.id.localeCompare(b.id))[0];
    if (lapsedCredential && uncovered.every((p) => p.lapsed.length > 0)) return lapsedLine(base, lapsedCredential, needed, ctx);
    const heldPositions = [
      ...new Set(sameProcess.filter((c) => standingOn(c, skill, ctx.today) === "valid").flatMap((c) => c.welding!.positions)),
    ].sort();
    const held =
      heldPositions.length > 0
        ? text(`${skill.label.id}: ${heldPositions.join(", ")}`, `${skill.label.en}: ${heldPositions.join(", ")}`)
        : undefined;
    const missing = uncovered.map((p) => p.position).join(", ");
    const explanation = held
      ? text(`Posisi ${missing} tidak tercakup; Anda memiliki ${held.id}`, `Position ${missing} not covered; you hold ${held.en}`)
      : text(`${needed.id} dibutuhkan; belum ada`, `${needed.en} needed; none held`);
    return { ...base, outcome: "not_met", credentialIds: [], needed, ...(held ? { held } : {}), points: 0, explanation };
  }
  const chosen = perPosition.map((p) => p.chosen!);
  const worst = chosen.reduce((w, e) => (RANK[e.outcome] < RANK[w.outcome] ? e : w));
  const ids = [...new Set(chosen.map((e) => e.credential.id))].sort();
  const earliest = (dates: (IsoDate | undefined)[]) => dates.filter((d): d is IsoDate => d !== undefined).sort()[0];
  const lapsesOn = earliest(chosen.map((e) => e.lapsesOn));
  const confirmBy = earliest(chosen.map((e) => e.confirmBy));
  const held = text(
    chosen
      .map((e) => describeHeld(e.credential, t).id)
      .filter(unique)
      .join(" + "),
    chosen
      .map((e) => describeHeld(e.credential, t).en)
      .filter(unique)
      .join(" + "),
  );
  return line(base, worst.outcome, ids, needed, held, { lapsesOn, confirmBy }, ctx);
}

const unique = <T>(value: T, index: number, all: readonly T[]) => all.indexOf(value) === index;

function line(
  base: Pick<RequirementLine, "requirementId" | "skill" | "importance" | "maxPoints">,
  outcome: Outcome,
  credentialIds: readonly string[],
  needed: Text,
  held: Text | undefined,
  dates: { readonly lapsesOn?: IsoDate; readonly confirmBy?: IsoDate },
  ctx: Context,
): RequirementLine {
  const counts = outcome === "met" || outcome === "met_expires_before_start";
  const lapsesOn = outcome === "met_expires_before_start" ? dates.lapsesOn : undefined;
  const confirmBy = counts ? dates.confirmBy : undefined;
  const reminder = confirmBy
    ? text(
        `; pastikan dikonfirmasi paling lambat ${confirmBy} (konfirmasi 6 bulanan jatuh tempo sebelum mulai kerja ${ctx.start})`,
        `; have it confirmed by ${confirmBy} (its 6-monthly confirmation falls due before the expected start ${ctx.start})`,
      )
    : text("", "");
  const explanation = (() => {
    switch (outcome) {
      case "met":
        return text(`Terpenuhi oleh ${held?.id}${reminder.id}`, `Met by ${held?.en}${reminder.en}`);
      case "met_expires_before_start":
        return text(
          `Terpenuhi oleh ${held?.id}, tetapi berlaku hanya sampai ${lapsesOn}, sebelum mulai kerja ${ctx.start}${reminder.id}`,
          `Met by ${held?.en}, but it lapses on ${lapsesOn}, before the expected start ${ctx.start}${reminder.en}`,
        );
      case "unverified_only":
        return text(`Hanya bukti yang belum diverifikasi: ${held?.id}`, `Only unverified evidence: ${held?.en}`);
      case "not_met":
        return held
          ? text(`${needed.id} dibutuhkan; Anda memiliki ${held.id}`, `${needed.en} needed; you hold ${held.en}`)
          : text(`${needed.id} dibutuhkan; belum ada`, `${needed.en} needed; none held`);
    }
  })();
  return {
    ...base,
    outcome,
    credentialIds,
    needed,
    ...(held ? { held } : {}),
    ...(lapsesOn ? { lapsesOn } : {}),
    ...(confirmBy ? { confirmBy } : {}),
    points: base.maxPoints * CREDIT[outcome],
    explanation,
  };
}

function lapsedLine(
  base: Pick<RequirementLine, "requirementId" | "skill" | "importance" | "maxPoints">,
  credential: Credential,
  needed: Text,
  ctx: Context,
): RequirementLine {
  const skill = ctx.taxonomy.skill(credential.skill);
  const standing = standingOn(credential, skill, ctx.today);
  const through = validThrough(credential, skill).date;
  const held = describeHeld(credential, ctx.taxonomy);
  const explanation =
    standing === "not_yet_valid"
      ? text(`${held.id} baru berlaku mulai ${credential.issuedOn}`, `${held.en} is only valid from ${credential.issuedOn}`)
      : standing === "unconfirmed"
        ? text(
            `${held.id} kedaluwarsa: konfirmasi 6 bulanan jatuh tempo ${through}`,
            `${held.en} has lapsed: its 6-monthly confirmation was due on ${through}`,
          )
        : text(`${held.id} kedaluwarsa pada ${through}`, `${held.en} expired on ${through}`);
  return { ...base, outcome: "not_met", credentialIds: [], needed, held, points: 0, explanation };
}

function describeNeed(requirement: Requirement, skill: Skill, t: Taxonomy): Text {
  switch (skill.kind) {
    case "scale": {
      const level = t.levelLabel(skill.code, requirement.minLevel ?? "") ?? skill.label;
      const top = skill.levels.at(-1)?.code === requirement.minLevel;
      return top ? level : text(`${level.id} atau lebih tinggi`, `${level.en} or higher`);
    }
    case "score":
      return text(`${skill.label.id} minimal ${requirement.minScore}`, `${skill.label.en} of at least ${requirement.minScore}`);
    case "welding": {
      const w = requirement.welding;
      const positions = (w?.positions ?? []).map((p) => t.position(p)?.label ?? text(p, p));
      const extra = [
        w?.thicknessMm !== undefined ? `${w.thicknessMm} mm` : undefined,
        w?.pipeOdMm !== undefined ? `OD ${w.pipeOdMm} mm` : undefined,
        w?.materialGroup !== undefined ? `material group ${w.materialGroup}` : undefined,
      ].filter(Boolean);
      const suffix = extra.length > 0 ? `; ${extra.join(", ")}` : "";
      return text(
        `${skill.label.id}: ${positions.map((p) => p.id).join(", ")}${suffix.replace("material group", "grup material")}`,
        `${skill.label.en}: ${positions.map((p) => p.en).join(", ")}${suffix}`,
      );
    }
    case "certificate": {
      const units = requirement.units?.length ? ` (${requirement.units.join(", ")})` : "";
      return text(`${skill.label.id}${units}`, `${skill.label.en}${units}`);
    }
  }
}

function describeHeld(credential: Credential, t: Taxonomy): Text {
  const skill = t.skill(credential.skill);
  if (!skill) return text(credential.skill, credential.skill);
  switch (skill.kind) {
    case "scale":
      return t.levelLabel(skill.code, credential.level ?? "") ?? skill.label;
    case "score":
      return text(`${skill.label.id} ${credential.score}`, `${skill.label.en} ${credential.score}`);
    case "welding": {
      const positions = credential.welding?.positions.join(", ") ?? "";
      return text(`${skill.label.id} ${positions}`, `${skill.label.en} ${positions}`);
    }
    case "certificate":
      return text(`${skill.label.id} (${credential.number})`, `${skill.label.en} (${credential.number})`);
  }
}

function checkGates(birthDate: IsoDate, vacancy: VacancyForMatching, ctx: Context): GateLine[] {
  const ageNow = ageOn(birthDate, ctx.today);
  const ageAtStart = ageOn(birthDate, ctx.start);
  const gates: GateLine[] = [
    {
      gate: "minimum_age",
      ok: ageNow >= LEGAL_MINIMUM_AGE,
      explanation: text(
        `Usia minimal ${LEGAL_MINIMUM_AGE} tahun; usia Anda ${ageNow}`,
        `At least ${LEGAL_MINIMUM_AGE} years old; you are ${ageNow}`,
      ),
    },
  ];
  if (vacancy.ageMin !== undefined || vacancy.ageMax !== undefined) {
    const range = `${vacancy.ageMin ?? LEGAL_MINIMUM_AGE}–${vacancy.ageMax ?? "…"}`;
    const within = (age: number) => age >= (vacancy.ageMin ?? 0) && age <= (vacancy.ageMax ?? Number.POSITIVE_INFINITY);
    gates.push(
      {
        gate: "age_at_application",
        ok: within(ageNow),
        explanation: text(`Usia ${range} saat melamar; usia Anda ${ageNow}`, `Age ${range} when applying; you are ${ageNow}`),
      },
      {
        gate: "age_at_start",
        ok: within(ageAtStart),
        explanation: text(
          `Usia ${range} saat mulai kerja (${ctx.start}); usia Anda saat itu ${ageAtStart}`,
          `Age ${range} at the expected start (${ctx.start}); you will be ${ageAtStart}`,
        ),
      },
    );
  }
  return gates;
}
