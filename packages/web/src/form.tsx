import { AppError, issuesOf, localizedMessage } from "@jalur/core";
import type { Child } from "hono/jsx";
import { common } from "./i18n/common.ts";
import type { Language } from "./i18n/define.ts";

/** What went wrong with a form, field by field (in the user's language), and anything not tied to a field. */
export interface FormErrors {
  readonly fields: Readonly<Record<string, string>>;
  readonly general: readonly string[];
}

export const NO_ERRORS: FormErrors = { fields: {}, general: [] };

export const hasErrors = (e: FormErrors) => Object.keys(e.fields).length > 0 || e.general.length > 0;

/**
 * A core error as a form shows it: each validation issue next to its field (the first segment
 * of its path names the field, or `fieldOf` maps it), the rest at the top. Core's own texts,
 * in the user's language: the page adds nothing of its own.
 */
export function formErrors(
  error: AppError,
  lang: Language,
  fieldOf: (path: string) => string | undefined = (p) => p.split(".")[0],
): FormErrors {
  const fields: Record<string, string> = {};
  const general: string[] = [];
  for (const issue of issuesOf(error, lang)) {
    const field = issue.path ? fieldOf(issue.path) : undefined;
    if (field && !fields[field]) fields[field] = issue.message;
    else if (!field) general.push(issue.message);
  }
  if (Object.keys(fields).length === 0 && general.length === 0) general.push(localizedMessage(error, lang));
  return { fields, general };
}

/** Runs a use case for a form: its AppError becomes the form's errors; anything else is thrown on. */
export async function attempt<T>(
  lang: Language,
  run: () => Promise<T>,
  fieldOf?: (path: string) => string | undefined,
): Promise<{ ok: T } | { errors: FormErrors }> {
  try {
    return { ok: await run() };
  } catch (error) {
    if (error instanceof AppError && (error.kind === "validation" || error.kind === "unprocessable" || error.kind === "conflict"))
      return { errors: formErrors(error, lang, fieldOf) };
    throw error;
  }
}

/** The error summary at the top of a form: a heading and a link to each field (GOV.UK pattern). */
export function ErrorSummary({ errors, lang, labels }: { errors: FormErrors; lang: Language; labels: Record<string, string> }) {
  if (!hasErrors(errors)) return null;
  const t = common[lang];
  return (
    <div class="error-summary" role="alert" tabindex={-1} id="kesalahan">
      <h2>{t.form.errorSummary}</h2>
      <ul>
        {errors.general.map((message) => (
          <li>{message}</li>
        ))}
        {Object.entries(errors.fields).map(([field, message]) => (
          <li>
            <a href={`#${field}`}>{labels[field] ? `${labels[field]}: ${message}` : message}</a>
          </li>
        ))}
      </ul>
    </div>
  );
}

interface FieldProps {
  readonly name: string;
  readonly label: string;
  readonly hint?: string;
  readonly error?: string;
  readonly lang: Language;
  readonly optional?: boolean;
}

function FieldFrame({ name, label, hint, error, lang, optional, children }: FieldProps & { children?: Child }) {
  const t = common[lang];
  return (
    <div class={error ? "field field--error" : "field"}>
      <label class="label" for={name}>
        {label}
        {optional ? ` ${t.form.optional}` : ""}
      </label>
      {hint ? (
        <span class="hint" id={`${name}-hint`}>
          {hint}
        </span>
      ) : null}
      {error ? (
        <span class="error-message" id={`${name}-error`}>
          <span class="visually-hidden">{t.form.errorPrefix}</span> {error}
        </span>
      ) : null}
      {children}
    </div>
  );
}

const describedBy = (name: string, hint?: string, error?: string) =>
  [hint ? `${name}-hint` : "", error ? `${name}-error` : ""].filter(Boolean).join(" ") || undefined;

export function TextField(
  props: FieldProps & {
    readonly value?: string;
    readonly type?: "text" | "date" | "email" | "tel" | "search" | "number";
    readonly autocomplete?: string;
    readonly inputmode?: "numeric" | "tel" | "email" | "text";
    readonly short?: boolean;
    readonly maxlength?: number;
  },
) {
  const { name, hint, error, value, type = "text", autocomplete, inputmode, short, maxlength, optional } = props;
  return (
    <FieldFrame {...props}>
      <input
        class={short ? "input input--short" : "input"}
        id={name}
        name={name}
        type={type}
        value={value ?? ""}
        autocomplete={autocomplete}
        inputmode={inputmode}
        maxlength={maxlength}
        required={optional ? undefined : true}
        aria-describedby={describedBy(name, hint, error)}
        aria-invalid={error ? "true" : undefined}
      />
    </FieldFrame>
  );
}

export function SelectField(
  props: FieldProps & {
    readonly value?: string;
    readonly options: readonly (readonly [string, string])[];
    readonly placeholder?: string;
  },
) {
  const { name, hint, error, value, options, placeholder, optional } = props;
  return (
    <FieldFrame {...props}>
      <select
        class="select"
        id={name}
        name={name}
        required={optional ? undefined : true}
        aria-describedby={describedBy(name, hint, error)}
        aria-invalid={error ? "true" : undefined}
      >
        {placeholder !== undefined ? <option value="">{placeholder}</option> : null}
        {options.map(([v, label]) => (
          <option value={v} selected={v === value}>
            {label}
          </option>
        ))}
      </select>
    </FieldFrame>
  );
}

/** The CSRF token every state-changing form carries. */
export const Csrf = ({ token }: { token: string }) => <input type="hidden" name="_csrf" value={token} />;

/**
 * A date as three number fields (day, month, year: the GOV.UK pattern, easier on a cheap phone
 * than a date picker whose format follows the phone's settings). `value` and the parsed answer
 * are YYYY-MM-DD; the fields are `<name>-hari`, `<name>-bulan`, `<name>-tahun`.
 */
export function DateField(props: FieldProps & { readonly value?: string }) {
  const { name, label, hint, error, lang, optional, value } = props;
  const t = common[lang];
  const [year = "", month = "", day = ""] = (value ?? "").split("-");
  const part = (suffix: string, text: string, v: string, cls: string, max: number, first = false) => (
    <div>
      <label class="label" for={first ? name : `${name}-${suffix}`}>
        {text}
      </label>
      <input
        class={`input ${cls}`}
        id={first ? name : `${name}-${suffix}`}
        name={`${name}-${suffix}`}
        value={v.replace(/^0(?=\d)/, "")}
        inputmode="numeric"
        maxlength={max}
        aria-invalid={error ? "true" : undefined}
      />
    </div>
  );
  return (
    <div class={error ? "field field--error" : "field"}>
      <fieldset aria-describedby={describedBy(name, hint, error)}>
        <legend>
          {label}
          {optional ? ` ${t.form.optional}` : ""}
        </legend>
        {hint ? (
          <span class="hint" id={`${name}-hint`}>
            {hint}
          </span>
        ) : null}
        {error ? (
          <span class="error-message" id={`${name}-error`}>
            <span class="visually-hidden">{t.form.errorPrefix}</span> {error}
          </span>
        ) : null}
        <div class="date-input">
          {part("hari", t.form.day, day, "", 2, true)}
          {part("bulan", t.form.month, month, "", 2)}
          {part("tahun", t.form.year, year, "date-input__year", 4)}
        </div>
      </fieldset>
    </div>
  );
}

/**
 * The YYYY-MM-DD a DateField's three parts make (core checks it is a real date), undefined when
 * all three are empty, and the parts as typed otherwise (so a mistake comes back as typed).
 */
export function dateFromForm(form: Record<string, string>, name: string): string | undefined {
  const day = form[`${name}-hari`]?.trim() ?? "";
  const month = form[`${name}-bulan`]?.trim() ?? "";
  const year = form[`${name}-tahun`]?.trim() ?? "";
  if (!day && !month && !year) return undefined;
  return `${year}-${month.padStart(2, "0")}-${day.padStart(2, "0")}`;
}
