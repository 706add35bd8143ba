import { committed } from "../platform/errors.ts";
import { useCase } from "../platform/principal.ts";
import { intentOf } from "../platform/queue.ts";
import { db } from "../service.ts";
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
  const version = graduate.version + 1;
  const result = await db(deps)
    .service.transaction.write(({ graduate: g, intent }) => [
      g
        .patch({ graduateId })
        .set({ consent: given ? "given" : "withdrawn", consentAt: now, updatedAt: now, version })
        .where((a, op) => op.eq(a.version, graduate.version))
        .commit(),
      intent
        .put(intentOf(deps, "match", { type: "graduate-changed", id: `graduate:${graduateId}:v${version}`, graduateId }))
        .commit(),
    ])
    .go();
  committed(result, "The profile");
  return graduateView(await getGraduate(deps, graduateId));
});
