import { dateInZone } from "@jalur/domain";
import type { Deps } from "../platform/deps.ts";
import { AppError } from "../platform/errors.ts";
import { publicUseCase } from "../platform/principal.ts";
import { licenceKey, nameBucket, nameKey } from "../recruiters/lookup.ts";
import { db, type RecruiterItem, type VacancyItem } from "../service.ts";
import type { ViolationView } from "../vacancies/contract.ts";
import type { CheckedVacancyView, OfficialCheckView, PublicRecruiterView } from "./contract.ts";
import { publicRecruiterView, recruitersById } from "./public-recruiters.ts";
import { countCheck } from "./rate-limit.ts";

/** What someone typed into the official check, and who they are on the network (for the rate limit). */
export interface OfficialCheckQuery {
  /** A recruiter's name, a SIP3MI number, or a vacancy's code (or a link holding it). */
  readonly text: string;
  /** The caller's address as the front door saw it; only its HMAC is stored. */
  readonly client: string;
}

export const MAX_CHECK_TEXT = 200;
/** Recruiters found by licence number, and by name, each at most. */
export const MAX_CHECK_MATCHES = 10;
/** A name prefix shorter than this finds too much to mean anything. */
const MIN_NAME = 3;
const MIN_LICENCE = 4;

const VACANCY_CODE = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;

function invalidText(id: string, en: string): AppError {
  return new AppError("validation", "invalid_request", "The request is not valid; see issues.", [
    { path: "text", code: "invalid_check", message: en, params: { text: { id, en } } },
  ]);
}

/** The query as text on one line, compatibility forms folded (full-width digits, ligatures). */
function cleanText(raw: string): string {
  const text = raw.normalize("NFKC").trim();
  if (text.length === 0)
    throw invalidText(
      "Tulis nama perekrut, nomor izin, atau kode lowongan.",
      "Enter a recruiter's name, a licence number or a vacancy code.",
    );
  if (text.length > MAX_CHECK_TEXT)
    throw invalidText(
      `Terlalu panjang: paling banyak ${MAX_CHECK_TEXT} karakter.`,
      `Too long: at most ${MAX_CHECK_TEXT} characters.`,
    );
  if (/\p{Cc}/u.test(text)) throw invalidText("Tulis dalam satu baris saja.", "Write it on one line.");
  return text;
}

/** Access pattern: organisations stating this licence number (exact, normalised), at most 10. */
async function byLicence(deps: Deps, text: string): Promise<string[]> {
  const term = licenceKey(text);
  if (term.length < MIN_LICENCE || term.length > 80 || !/\d/.test(term)) return [];
  const { data } = await db(deps)
    .recruiterLookup.query.byTerm({ lookup: "licence", bucket: term })
    .go({ limit: MAX_CHECK_MATCHES });
  return data.map((d) => d.recruiterId);
}

/** Access pattern: organisations whose normalised name starts with the query, at most 10. */
async function byName(deps: Deps, text: string): Promise<string[]> {
  const term = nameKey(text);
  if ([...term].length < MIN_NAME) return [];
  const { data } = await db(deps)
    .recruiterLookup.query.byTerm({ lookup: "name", bucket: nameBucket(term) })
    .begins({ term })
    .go({ limit: MAX_CHECK_MATCHES });
  return data.map((d) => d.recruiterId);
}

/** A vacancy by its code, if it was ever published or refused (a draft never offered for publishing is not shown). */
async function checkedVacancy(deps: Deps, vacancyId: string): Promise<VacancyItem | undefined> {
  const { data } = await db(deps).vacancy.get({ vacancyId }).go();
  if (!data || (data.state === "draft" && !data.refusal)) return undefined;
  return data;
}

function vacancyAnswer(v: VacancyItem, recruiter: PublicRecruiterView | undefined): CheckedVacancyView {
  // Both written by publishing from the domain's violations (`publishVacancy`, `writePublished`).
  const refusal = v.state === "draft" ? (v.refusal as { at: string; violations: ViolationView[] }) : undefined;
  return {
    vacancyId: v.vacancyId,
    title: v.title,
    country: v.country,
    sector: v.sector,
    scheme: v.scheme as CheckedVacancyView["scheme"],
    standing: v.state === "draft" ? "refused" : v.state,
    applicationDeadline: v.applicationDeadline,
    ...(recruiter ? { recruiter } : {}),
    ...(refusal ? { refusedAt: refusal.at } : {}),
    violations: refusal ? refusal.violations : ((v.warnings as ViolationView[] | undefined) ?? []),
  };
}

/**
 * ★ The official check, for anyone (a family member, an RT/RW volunteer): is this a licensed
 * recruiter with a valid, verified licence, and was this vacancy published through Jalur (or
 * refused, and why)? Answers from bounded reads only: the licence lookup (exact number), the name
 * lookup (a prefix, at most 10), a vacancy by its exact code, then those recruiters in one
 * BatchGet. Nothing about a person. At most `CHECKS_PER_MINUTE` checks a minute per client.
 */
export const officialCheck = publicUseCase(async (deps, _actor, query: OfficialCheckQuery): Promise<OfficialCheckView> => {
  const allowance = await countCheck(deps, query.client);
  if (!allowance.allowed) return { outcome: "limited", retryAfterSeconds: allowance.retryAfterSeconds };
  const text = cleanText(query.text);
  const code = VACANCY_CODE.exec(text)?.[0].toLowerCase();
  const [licensed, named, vacancy] = code
    ? [[], [], await checkedVacancy(deps, code)]
    : await Promise.all([byLicence(deps, text), byName(deps, text), undefined]);
  const matched = new Map<string, "licence" | "name">();
  for (const id of licensed) matched.set(id, "licence");
  for (const id of named) if (!matched.has(id)) matched.set(id, "name");
  const items = await recruitersById(deps, [...matched.keys(), ...(vacancy ? [vacancy.recruiterId] : [])]);
  const today = dateInZone(deps.now());
  const views = new Map(items.map((r: RecruiterItem) => [r.recruiterId, publicRecruiterView(r, today)]));
  return {
    outcome: "checked",
    recruiters: [...matched].flatMap(([id, matchedBy]) => {
      const view = views.get(id);
      return view ? [{ ...view, matchedBy }] : [];
    }),
    ...(vacancy ? { vacancy: vacancyAnswer(vacancy, views.get(vacancy.recruiterId)) } : {}),
  };
});
