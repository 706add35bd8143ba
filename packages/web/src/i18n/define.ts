import type { Language } from "@jalur/domain";

export type { Language };
export const LANGUAGES: readonly Language[] = ["id", "en"];

/**
 * A dictionary's shape, from its Bahasa Indonesia original: every text a string (or a function
 * of its parameters), so the English side missing a key, or taking other parameters, does not
 * type-check.
 */
export type Dictionary<T> = {
  [K in keyof T]: T[K] extends string
    ? string
    : T[K] extends (...args: infer A) => string
      ? (...args: A) => string
      : Dictionary<T[K]>;
};

/** One feature's texts in both languages: Bahasa Indonesia first, English shaped like it. */
export function dictionary<T>(id: T, en: Dictionary<NoInfer<T>>): Readonly<Record<Language, Dictionary<T>>> {
  return { id: id as Dictionary<T>, en };
}
