import { Logger } from "@aws-lambda-powertools/logger";

/** Keys whose values never reach a log (UU PDP: NIK, passport and phone numbers, and contacts). */
const SECRET_KEYS = /^(nik|passport|passportNumber|phone|email|authorization|token)$/i;
/** The same data found inside free text (an error message quoting a request, say). */
const NIK = /\b\d{16}\b/g;
const PHONE = /\+?62[\s-]?8\d{7,12}\b|\b08\d{8,12}\b/g;
const EMAIL = /[\w.+-]+@[\w-]+\.[\w.-]+/g;
const PASSPORT = /\b[A-Z]\d{7}\b/g;

/** Redacts personal data from anything logged: by key, and by shape inside strings. */
export function redact(key: string, value: unknown): unknown {
  if (key && SECRET_KEYS.test(key) && value !== undefined && value !== null) return "[redacted]";
  if (typeof value === "string") {
    return value.replace(NIK, "[nik]").replace(PHONE, "[phone]").replace(EMAIL, "[email]").replace(PASSPORT, "[passport]");
  }
  return value;
}

/** Module-level singleton, as Powertools recommends: one logger per function instance. */
export const logger = new Logger({ serviceName: "jalur", jsonReplacerFn: redact });
