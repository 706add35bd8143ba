import type { Language } from "@jalur/domain";
import type { z } from "zod";
import { AppError } from "./errors.ts";

/** One thing wrong with an input: where (a dotted path), what (a stable code), and a message. */
export interface Issue {
  readonly path: string;
  readonly message: string;
  readonly code: string;
  /** For an unknown code: the nearest known ones. */
  readonly suggestions?: string[];
}

/** A validation issue as zod reports it, with what the Indonesian message needs. */
export type RawIssue = Issue & { readonly params?: Record<string, unknown> };

/** Validation failures from zod, in the problem shape (messages in English; see `localizedIssue`). */
export function validationError(error: z.ZodError): AppError {
  const issues: RawIssue[] = error.issues.map((i) => {
    const { code, path, message, ...params } = i as { code: string; path: PropertyKey[]; message: string };
    return { path: path.map(String).join("."), message, code, params };
  });
  return new AppError("validation", "invalid_request", "The request is not valid; see issues.", issues);
}

/** An issue's message in the caller's language: zod's own codes in Bahasa Indonesia; ours carry their text. */
export function localizedIssue(issue: RawIssue, language: Language): Issue {
  const { params, ...plain } = issue;
  const p = params ?? {};
  // Our own refinements may carry their text in both languages (and suggestions) in their params.
  const own = (p.params as { text?: { id: string; en: string }; suggestions?: string[] } | undefined) ?? p;
  const suggestions = Array.isArray(own.suggestions) ? { suggestions: own.suggestions as string[] } : {};
  const text = own.text as { id: string; en: string } | undefined;
  if (text && typeof text.id === "string" && typeof text.en === "string")
    return { ...plain, message: text[language], ...suggestions };
  if (language === "en") return { ...plain, ...suggestions };
  const limit = (key: "minimum" | "maximum") => String(p[key] ?? "");
  const unit = p.origin === "string" ? " karakter" : p.origin === "array" ? " butir" : "";
  const id: Record<string, () => string> = {
    invalid_type: () => `Tipe tidak sesuai (diharapkan ${p.expected ?? "nilai lain"})`,
    too_small: () => `Terlalu kecil: minimal ${limit("minimum")}${unit}`,
    too_big: () => `Terlalu besar: maksimal ${limit("maximum")}${unit}`,
    invalid_value: () => `Nilai tidak dikenal${Array.isArray(p.values) ? `: pilih ${(p.values as unknown[]).join(", ")}` : ""}`,
    invalid_format: () => `Format tidak sesuai${p.format ? ` (${p.format})` : ""}`,
    not_multiple_of: () => `Harus kelipatan ${p.divisor ?? ""}`,
    unrecognized_keys: () => `Kunci tidak dikenal: ${Array.isArray(p.keys) ? (p.keys as unknown[]).join(", ") : ""}`,
    invalid_union: () => "Tidak cocok dengan bentuk mana pun yang diterima",
  };
  const translated = id[issue.code]?.();
  return { ...plain, ...(translated ? { message: translated } : {}), ...suggestions };
}

/** An error's issues in a language (a validation error's; none for other kinds). */
export function issuesOf(error: AppError, language: Language): Issue[] {
  if (error.kind !== "validation" || !Array.isArray(error.details)) return [];
  return (error.details as RawIssue[]).map((issue) => localizedIssue(issue, language));
}
