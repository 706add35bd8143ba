import type { WeldingQualification } from "./credentials.ts";
import type { Requirement } from "./requirements.ts";
import type { Taxonomy } from "./taxonomy.ts";

export type WeldingShortfall = "position" | "thickness" | "diameter" | "material";

/**
 * Whether a welder's qualification covers one position a job needs, within the job's
 * thickness, pipe diameter and material group. A test qualifies its own position and the
 * ones the taxonomy counts as easier (3G covers 1G–3G; 6G covers everything).
 */
export function weldingCoverage(
  qualification: WeldingQualification,
  position: string,
  need: NonNullable<Requirement["welding"]>,
  taxonomy: Taxonomy,
): { covered: true } | { covered: false; shortfall: WeldingShortfall } {
  if (!qualification.positions.some((tested) => taxonomy.positionsCoveredBy(tested).has(position))) {
    return { covered: false, shortfall: "position" };
  }
  if (need.thicknessMm !== undefined) {
    const range = qualification.thicknessMm;
    if (!range || need.thicknessMm < range.min || (range.max !== undefined && need.thicknessMm > range.max)) {
      return { covered: false, shortfall: "thickness" };
    }
  }
  if (need.pipeOdMm !== undefined && taxonomy.position(position)?.form === "pipe") {
    if (qualification.pipeOdMinMm !== undefined && need.pipeOdMm < qualification.pipeOdMinMm) {
      return { covered: false, shortfall: "diameter" };
    }
  }
  if (need.materialGroup !== undefined && !qualification.materialGroups?.includes(need.materialGroup)) {
    return { covered: false, shortfall: "material" };
  }
  return { covered: true };
}
