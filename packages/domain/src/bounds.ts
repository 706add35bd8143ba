import { z } from "zod";
import { isIsoDate } from "./dates.ts";

/**
 * Bounds every input the field's data can hold, so no value reaches storage that it cannot take
 * (DynamoDB numbers: 38 digits, 1E-130 to 1E+125) or that no person would write.
 */

// Written without the `u` flag, so the document's `pattern` means the same to every JSON Schema validator.
// biome-ignore lint/suspicious/noControlCharactersInRegex: the control characters are what it refuses
const ONE_LINE = /^[^\u0000-\u001F\u007F-\u009F]*$/;
// biome-ignore lint/suspicious/noControlCharactersInRegex: the control characters are what it refuses
const ID = /^[^\u0000-\u001F\u007F-\u009F\s/](?:[^\u0000-\u001F\u007F-\u009F/]*[^\u0000-\u001F\u007F-\u009F\s/])?$/;

/** Text on one line: no control characters (a CR in a venue would break a calendar file). */
export const line = (max: number) =>
  z.string().trim().min(1).max(max).regex(ONE_LINE, "Must be on one line, without control characters");

/** Text that may run over lines (a description): only newlines and tabs among control characters. */
export const paragraphs = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .refine((s) => !/\p{Cc}/u.test(s.replace(/[\n\r\t]/g, "")), "Must not hold control characters other than line breaks");

/** An id we or an identity provider issued: printable, no spaces at the ends. */
export const identifier = (max = 100) => z.string().min(1).max(max).regex(ID, "Not a valid id");

/** Money, in a currency's main unit: 0 to a trillion, at most two decimals (no 1e308, no 1e-300). */
export const amount = z
  .number()
  .min(0)
  .max(1e12)
  .refine((n) => /^\d+(?:\.\d{1,2})?$/.test(String(n)), "At most two decimals");

/** A measure (millimetres, a test score): within `max`, at most six decimals (no 1e-300). */
export const measure = (max: number) =>
  z
    .number()
    .min(0)
    .max(max)
    .refine((n) => /^\d+(?:\.\d{1,6})?$/.test(String(n)), "At most six decimals");

/** A calendar date YYYY-MM-DD between 1900 and 2100 (a certificate "issued in 2999" is refused). */
export const IsoDateSchema = z
  .string()
  .refine(isIsoDate, "Expected a calendar date YYYY-MM-DD")
  .refine((d) => d >= "1900-01-01" && d <= "2100-12-31", "Expected a date between 1900 and 2100");
