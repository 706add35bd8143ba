/**
 * How the official check finds a recruiter: keys from a licence number or a name as people type
 * them (a flyer's "SIP3MI/2025/0412", "PT. Jalur Samudra"), and the lookup items a recruiter's
 * writes keep beside it (`recruiterLookup`).
 */

/** "SIP3MI/2025/0412", "sip3mi 2025 0412" → "SIP3MI20250412": letters and digits only, upper case. */
export function licenceKey(number: string): string {
  return number
    .normalize("NFKD")
    .toUpperCase()
    .replace(/[^A-Z0-9]/g, "");
}

/** Legal forms people write or leave out ("PT", "CV", "Tbk"): not part of what identifies the name. */
const LEGAL_FORMS = new Set(["pt", "cv", "ud", "persero", "tbk"]);

/**
 * "PT. Jalur Samudra Tenaga-Kerja" → "jalur samudra tenaga kerja": accents folded, lower case,
 * punctuation as spaces, legal forms at either end dropped.
 */
export function nameKey(name: string): string {
  const words = name
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim()
    .split(" ")
    .filter(Boolean);
  while (words.length > 1 && LEGAL_FORMS.has(words[0] as string)) words.shift();
  while (words.length > 1 && LEGAL_FORMS.has(words.at(-1) as string)) words.pop();
  return words.join(" ");
}

/** The partition of a name: its first two characters (spreads names over many partitions). */
export const nameBucket = (key: string): string => [...key].slice(0, 2).join("");

export interface LookupItem {
  readonly lookup: "licence" | "name";
  readonly bucket: string;
  readonly term: string;
  readonly recruiterId: string;
}

export function licenceLookup(recruiterId: string, number: string): LookupItem | undefined {
  const term = licenceKey(number);
  return term ? { lookup: "licence", bucket: term, term, recruiterId } : undefined;
}

export function nameLookup(recruiterId: string, name: string): LookupItem | undefined {
  const term = nameKey(name);
  return term ? { lookup: "name", bucket: nameBucket(term), term, recruiterId } : undefined;
}
