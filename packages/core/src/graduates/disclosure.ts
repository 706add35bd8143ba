import type { PpkdCity } from "@jalur/domain";
import type { Deps } from "../platform/deps.ts";
import type { Principal } from "../platform/principal.ts";
import type { GraduateItem } from "../service.ts";
import { recordReads } from "./audit.ts";
import type { GraduateContactView, GraduateSummaryView, WithheldView } from "./contract.ts";
import { getGraduates } from "./profile.ts";

/**
 * What recruiters and organisers may see of a graduate (UU PDP, DOMAIN "Personal data"):
 * - name and PPKD while the graduate consents, and only once the graduate acted themselves
 *   (registered, applied, or confirmed an organiser's import);
 * - contact details (phone, email) only through an application the graduate made;
 * - never the NIK, the birth date or the credentials' evidence;
 * - nothing after consent is withdrawn: the item shows "consent withdrawn".
 * Every disclosure is recorded in the graduate's audit ("who read my data"). These are the
 * only functions that hand a graduate's personal data to another role. The shapes are the API's
 * (`contract.ts`); a PPKD is one of `PpkdCity`, as every profile is written.
 */
export type Withheld = WithheldView;
export type GraduateSummary = GraduateSummaryView;
export type GraduateContact = GraduateContactView;

const withdrawn: Withheld = { disclosed: false, reason: "consent-withdrawn" };
const awaiting: Withheld = { disclosed: false, reason: "awaiting-confirmation" };
const consents = (g: GraduateItem | undefined): g is GraduateItem => g?.consent === "given";

/**
 * Summaries for a list a recruiter or organiser reads (candidates, registrants, applications,
 * a booth's schedule). `unconfirmed` names graduates an organiser registered who have not
 * confirmed yet: nothing of them is shown.
 */
export async function summariesFor(
  deps: Deps,
  reader: Principal,
  graduateIds: readonly string[],
  what: string,
  unconfirmed: ReadonlySet<string> = new Set(),
): Promise<Map<string, GraduateSummary>> {
  const wanted = [...new Set(graduateIds)].filter((id) => id !== "-" && !unconfirmed.has(id));
  const graduates = new Map((await getGraduates(deps, wanted)).map((g) => [g.graduateId, g]));
  const out = new Map<string, GraduateSummary>();
  const read: string[] = [];
  for (const id of new Set(graduateIds)) {
    if (id === "-") continue; // a place nobody holds
    const g = graduates.get(id);
    if (unconfirmed.has(id)) out.set(id, awaiting);
    else if (!consents(g)) out.set(id, withdrawn);
    else {
      out.set(id, { disclosed: true, name: g.name, ppkd: g.ppkd as PpkdCity });
      read.push(id);
    }
  }
  await recordReads(deps, reader, read, what);
  return out;
}

/** Contact details through an application the graduate made (the caller checked that), audited. */
export async function contactFor(deps: Deps, reader: Principal, graduateId: string, what: string): Promise<GraduateContact> {
  const [g] = await getGraduates(deps, [graduateId]);
  if (!consents(g)) return withdrawn;
  await recordReads(deps, reader, [graduateId], what);
  return {
    disclosed: true,
    name: g.name,
    ppkd: g.ppkd as PpkdCity,
    ...(g.phone ? { phone: g.phone } : {}),
    ...(g.email ? { email: g.email } : {}),
  };
}
