import type { Skill, Taxonomy } from "./taxonomy.ts";
import { defaultTaxonomy } from "./taxonomy-data.ts";
import type { Text } from "./text.ts";

/**
 * Finding a skill code from what a newcomer types ("JLPT", "las 135", "bahasa korea"): a ranked,
 * bounded search over the taxonomy, and the nearest codes to an unknown one for error messages.
 * Pure and cheap: the taxonomy is small (tens of skills), every input is cut to a fixed size
 * first, and the index is built once per taxonomy.
 */

/** At most this many results per call, whatever the caller asks. */
export const MAX_SKILL_RESULTS = 50;
/** Only this many characters of a query are read (the API refuses longer ones anyway). */
export const MAX_SKILL_QUERY = 100;
/** And only this many distinct words of it. */
const MAX_TOKENS = 8;

/** How a result matched, best first. */
export type SkillMatch = "code" | "code_prefix" | "alias" | "word" | "substring" | "fuzzy" | "partial";
const TIER: Record<SkillMatch, number> = { code: 6, code_prefix: 5, alias: 4, word: 3, substring: 2, fuzzy: 1, partial: 0 };

export interface SkillSummary {
  readonly code: string;
  readonly label: Text;
  readonly family: Skill["family"];
  readonly kind: Skill["kind"];
  /** Scale skills: their levels, easiest first (JLPT N5 … N1). */
  readonly levels?: { readonly code: string; readonly label: Text }[];
}

export interface SkillHit extends SkillSummary {
  readonly match: SkillMatch;
}

export interface SkillSearchOptions {
  /** 1–50; 20 when absent. */
  readonly limit?: number;
  /** Results to skip (for a next page); 0 when absent. */
  readonly offset?: number;
  readonly taxonomy?: Taxonomy;
}

/** Lower case, accents and compatibility forms folded ("Ｊｅｐａｎｇ" → "jepang", "é" → "e"). */
export function foldText(s: string): string {
  return s.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase();
}

const words = (s: string): string[] =>
  foldText(s)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
/** Separators collapsed, for comparing whole phrases ("EPS-TOPIK" = "eps topik"). */
const phrase = (s: string): string => words(s).join(" ");

interface Entry {
  readonly skill: Skill;
  readonly code: string;
  /** Every word a query word may match: code parts, label words in both languages, aliases, level codes. */
  readonly terms: readonly string[];
  /** Whole names: aliases ("jlpt", "tig", "135", "eps topik"), the code's last part. */
  readonly aliases: ReadonlySet<string>;
  /** Everything searchable in one string, for a substring of the whole query. */
  readonly haystack: string;
  /** What an unknown code is compared with, character by character. */
  readonly names: readonly string[];
}

/** Aliases derivable from the data: a label's parentheses ("Japanese (JLPT)"), a welding process and its names, the code's last part. */
function aliasesOf(skill: Skill): string[] {
  const out: string[] = [];
  for (const label of [skill.label.id, skill.label.en])
    for (const m of label.matchAll(/\(([^)]*)\)/g)) for (const part of (m[1] ?? "").split(",")) out.push(part);
  if (skill.kind === "welding") out.push(skill.process, ...skill.aliases);
  out.push(skill.code.split(".").at(-1) ?? skill.code);
  return out;
}

function entryOf(skill: Skill): Entry {
  const aliases = aliasesOf(skill);
  const levels = skill.kind === "scale" ? skill.levels : [];
  const terms = new Set([
    ...words(skill.code),
    ...words(skill.label.id),
    ...words(skill.label.en),
    ...aliases.flatMap(words),
    // "JFT-Basic" typed as "jftbasic", "EPS-TOPIK" as "epstopik".
    ...aliases.map((a) => words(a).join("")),
    ...levels.flatMap((l) => words(l.code)),
    skill.family,
  ]);
  const aliasPhrases = new Set([...aliases.map(phrase), ...aliases.map((a) => words(a).join(""))].filter(Boolean));
  const code = foldText(skill.code);
  return {
    skill,
    code,
    terms: [...terms].filter(Boolean),
    aliases: aliasPhrases,
    haystack: [code, phrase(skill.label.id), phrase(skill.label.en), ...aliasPhrases].join(" | "),
    names: [...new Set([code, ...aliasPhrases, phrase(skill.label.id), phrase(skill.label.en)])],
  };
}

const indexes = new WeakMap<Taxonomy, readonly Entry[]>();
function indexOf(taxonomy: Taxonomy): readonly Entry[] {
  let index = indexes.get(taxonomy);
  if (!index) {
    index = taxonomy.skills.map(entryOf);
    indexes.set(taxonomy, index);
  }
  return index;
}

/**
 * Damerau-Levenshtein distance (optimal string alignment: insertions, deletions, substitutions,
 * adjacent transpositions), or `max + 1` as soon as it must exceed `max`.
 */
export function editDistance(a: string, b: string, max = Number.POSITIVE_INFINITY): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min((previous[j] as number) + 1, (current[j - 1] as number) + 1, (previous[j - 1] as number) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, (before[j - 2] as number) + 1);
      current[j] = d;
      best = Math.min(best, d);
    }
    if (best > max) return max + 1;
    before = previous;
    previous = current;
  }
  return previous[b.length] as number;
}

/** How well one query word matches a skill: exact word 100, word prefix 80, inside a word 50, a typo away 20–30. */
function wordScore(word: string, terms: readonly string[]): number {
  let best = 0;
  for (const term of terms) {
    if (term === word) return 100;
    if (term.startsWith(word)) best = Math.max(best, 80);
    else if (word.length >= 3 && term.includes(word)) best = Math.max(best, 50);
    else if (best < 30 && word.length >= 4 && term.length >= 3 && word.length <= 32) {
      const allowed = word.length >= 8 ? 2 : 1;
      const d = editDistance(word, term, allowed);
      if (d <= allowed) best = Math.max(best, 30 - 5 * (d - 1));
    }
  }
  return best;
}

interface Scored {
  readonly entry: Entry;
  readonly match: SkillMatch;
  readonly score: number;
}

/** A query as the search reads it: folded, cut to size, its distinct words (at most 8). */
function readQuery(query: string) {
  const folded = foldText(query.slice(0, MAX_SKILL_QUERY * 4))
    .trim()
    .slice(0, MAX_SKILL_QUERY);
  const tokens = [...new Set(words(folded))].slice(0, MAX_TOKENS);
  return { folded, tokens, phrase: tokens.join(" ") };
}

function scoreEntry(entry: Entry, q: ReturnType<typeof readQuery>): Scored | undefined {
  if (q.folded === entry.code) return { entry, match: "code", score: 1000 };
  if (entry.code.startsWith(q.folded)) return { entry, match: "code_prefix", score: 900 + q.folded.length };
  if (entry.aliases.has(q.phrase) || entry.aliases.has(q.tokens.join(""))) return { entry, match: "alias", score: 800 };
  const scores = q.tokens.map((t) => wordScore(t, entry.terms));
  const matched = scores.filter((s) => s > 0).length;
  const sum = scores.reduce((a, b) => a + b, 0);
  if (matched === q.tokens.length) {
    const weakest = Math.min(...scores);
    return { entry, match: weakest >= 80 ? "word" : weakest >= 50 ? "substring" : "fuzzy", score: sum };
  }
  if (q.phrase.length >= 3 && entry.haystack.includes(q.phrase)) return { entry, match: "substring", score: 50 };
  // Some words match well, others not at all ("jlpt n7", "welding 999"): last, but shown.
  const strong = scores.some((s, i) => s === 100 || (s >= 80 && (q.tokens[i]?.length ?? 0) >= 3));
  if (matched * 2 >= q.tokens.length && strong) return { entry, match: "partial", score: sum };
  return undefined;
}

const byRank = (a: Scored, b: Scored) =>
  TIER[b.match] - TIER[a.match] ||
  b.score - a.score ||
  a.entry.code.length - b.entry.code.length ||
  a.entry.code.localeCompare(b.entry.code);

function ranked(query: string, taxonomy: Taxonomy): Scored[] {
  const q = readQuery(query);
  if (q.tokens.length === 0 && q.folded.length === 0) return [];
  if (q.tokens.length === 0) {
    // Punctuation or emoji only: only a code can start with it.
    return indexOf(taxonomy)
      .filter((e) => e.code.startsWith(q.folded))
      .map((entry) => ({ entry, match: "code_prefix" as const, score: 900 }));
  }
  return indexOf(taxonomy)
    .map((e) => scoreEntry(e, q))
    .filter((s): s is Scored => s !== undefined)
    .sort(byRank);
}

/** What a client shows of a skill: its code, both labels, family and kind, and its levels if it has them. */
export function skillSummary(skill: Skill): SkillSummary {
  return {
    code: skill.code,
    label: skill.label,
    family: skill.family,
    kind: skill.kind,
    ...(skill.kind === "scale" ? { levels: skill.levels.map((l) => ({ code: l.code, label: l.label })) } : {}),
  };
}

const bounded = (value: number | undefined, min: number, max: number, fallback: number) =>
  value === undefined || !Number.isFinite(value) ? fallback : Math.min(max, Math.max(min, Math.floor(value)));

/**
 * One page of a search: matching skills, best first, and how many match in all. A blank query
 * (or none) lists the whole taxonomy in its own order.
 */
export function searchSkillPage(
  query: string | undefined,
  options: SkillSearchOptions = {},
): { items: (SkillSummary & { readonly match?: SkillMatch })[]; total: number } {
  const taxonomy = options.taxonomy ?? defaultTaxonomy;
  const limit = bounded(options.limit, 1, MAX_SKILL_RESULTS, 20);
  const offset = bounded(options.offset, 0, Number.MAX_SAFE_INTEGER, 0);
  if (!query || query.trim() === "") {
    return { items: taxonomy.skills.slice(offset, offset + limit).map(skillSummary), total: taxonomy.skills.length };
  }
  const all = ranked(query, taxonomy);
  return {
    items: all.slice(offset, offset + limit).map((s) => ({ ...skillSummary(s.entry.skill), match: s.match })),
    total: all.length,
  };
}

/** Skills matching what someone typed, best first: exact code, code prefix, alias, label word, substring, typo. */
export function searchSkills(query: string, options: SkillSearchOptions = {}): SkillHit[] {
  if (query.trim() === "") return [];
  return searchSkillPage(query, options).items as SkillHit[];
}

/** How alike an unknown code and a name are, 0–1, by edit distance. */
function likeness(a: string, b: string): number {
  const longest = Math.max(a.length, b.length);
  if (longest === 0) return 0;
  const allowed = Math.floor(longest / 2);
  const d = editDistance(a, b, allowed);
  return d > allowed ? 0 : 1 - d / longest;
}

const SEARCH_LIKENESS: Record<SkillMatch, number> = {
  code: 1,
  code_prefix: 0.95,
  alias: 0.95,
  word: 0.9,
  substring: 0.8,
  fuzzy: 0.7,
  partial: 0.6,
};

/**
 * The codes closest to one the taxonomy does not know, best first, for "did you mean …?": what
 * the search finds for it (aliases such as "JLPT", a code's first part, label words) and codes or
 * names a few typos away ("weld.134", "lang.jp.jlpt"). Empty when nothing is close.
 */
export function nearestSkills(unknownCode: string, n = 3, taxonomy: Taxonomy = defaultTaxonomy): string[] {
  const count = bounded(n, 0, MAX_SKILL_RESULTS, 3);
  const q = readQuery(unknownCode);
  if (count === 0 || (q.folded === "" && q.tokens.length === 0)) return [];
  const likenessOf = new Map<string, number>();
  for (const s of ranked(unknownCode, taxonomy)) likenessOf.set(s.entry.code, SEARCH_LIKENESS[s.match]);
  const compact = q.tokens.join(" ");
  for (const entry of indexOf(taxonomy)) {
    const best = Math.max(0, ...entry.names.map((name) => Math.max(likeness(q.folded, name), likeness(compact, name))));
    if (best > (likenessOf.get(entry.code) ?? 0)) likenessOf.set(entry.code, best);
  }
  const order = new Map(indexOf(taxonomy).map((e, i) => [e.code, i]));
  return [...likenessOf]
    .filter(([code, score]) => score >= 0.65 && code !== unknownCode)
    .sort(([a, x], [b, y]) => y - x || (order.get(a) ?? 0) - (order.get(b) ?? 0))
    .slice(0, count)
    .map(([code]) => code);
}

/** A code as an error message may echo it: one line, at most 80 characters. */
function shown(code: string): string {
  const line = code.replace(/[\p{Cc}\p{Cf}\u2028\u2029]/gu, " ").trim();
  return line.length > 80 ? `${line.slice(0, 79)}…` : line;
}

const listed = (codes: readonly string[], or: string) =>
  codes.length <= 1 ? (codes[0] ?? "") : `${codes.slice(0, -1).join(", ")} ${or} ${codes.at(-1)}`;

/** "Unknown skill JLPT; did you mean lang.ja.jlpt?" in both languages, with the codes it suggests. */
export function unknownSkill(code: string, taxonomy: Taxonomy = defaultTaxonomy): { text: Text; suggestions: string[] } {
  const suggestions = nearestSkills(code, 3, taxonomy);
  const name = shown(code);
  if (suggestions.length === 0)
    return { text: { id: `Keahlian ${name} tidak dikenal`, en: `Unknown skill ${name}` }, suggestions };
  return {
    text: {
      id: `Keahlian ${name} tidak dikenal; maksud Anda ${listed(suggestions, "atau")}?`,
      en: `Unknown skill ${name}; did you mean ${listed(suggestions, "or")}?`,
    },
    suggestions,
  };
}
