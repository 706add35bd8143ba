import { versionConflict } from "../platform/errors.ts";
import { useCase } from "../platform/principal.ts";
import { enqueue } from "../platform/queue.ts";
import { isConditionFailure } from "../platform/table.ts";
import { db, type GraduateItem } from "../service.ts";
import { getGraduate, graduateView } from "./profile.ts";

/**
 * Consent under UU PDP: explicit and withdrawable. Withdrawal takes effect at once: every
 * recruiter or organiser view reads the consent when it lists a graduate (`disclosure.ts`), so
 * from this write on nothing of them is shown; the match worker then removes their matches and
 * holdings (processing stops well within the 3×24 h the law allows).
 */
export const setConsent = useCase(["graduate"], async (deps, actor, given: boolean) => {
  const graduateId = actor.sub;
  const now = deps.now().toISOString();
  const graduate = await getGraduate(deps, graduateId);
  const { data } = await db(deps)
    .graduate.patch({ graduateId })
    .set({ consent: given ? "given" : "withdrawn", consentAt: now, updatedAt: now, version: graduate.version + 1 })
    .where((a, op) => op.eq(a.version, graduate.version))
    .go({ response: "all_new" })
    .catch((error) => {
      throw isConditionFailure(error) ? versionConflict("The profile") : error;
    });
  await enqueue(deps, "match", { type: "graduate-changed", id: `graduate:${graduateId}:v${graduate.version + 1}`, graduateId });
  return graduateView(data as GraduateItem);
});
