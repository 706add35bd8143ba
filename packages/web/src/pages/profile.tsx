import {
  AppError,
  GraduateProfileInput,
  type GraduateProfileView,
  myProfile,
  type Principal,
  registerGraduate,
  setConsent,
  updateMyProfile,
  validationError,
} from "@jalur/core";
import { PPKD } from "@jalur/domain";
import type { Hono } from "hono";
import { langOf, type WebContext, type WebDeps, type WebEnv } from "../context.ts";
import {
  attempt,
  Csrf,
  DateField,
  dateFromForm,
  ErrorSummary,
  type FormErrors,
  formErrors,
  NO_ERRORS,
  SelectField,
  TextField,
} from "../form.tsx";
import type { Language } from "../i18n/define.ts";
import { profileTexts } from "../i18n/profile.ts";
import { formOf, render } from "../render.tsx";

/** The signed-in caller, or a sign-in first (the use cases decide whether their role may act). */
export function signedIn(c: WebContext): Principal {
  const principal = c.get("session")?.principal;
  if (!principal) throw new AppError("unauthenticated", "sign_in_needed", "Sign in first.");
  return principal;
}

/** The graduate's profile, or undefined before they created one. */
export async function profileOrNone(deps: WebDeps["deps"], actor: Principal): Promise<GraduateProfileView | undefined> {
  try {
    return await myProfile(deps, actor);
  } catch (error) {
    if (error instanceof AppError && error.kind === "not_found") return undefined;
    throw error;
  }
}

const PPKD_OPTIONS = Object.keys(PPKD).map((city) => [city, `PPKD ${city}`] as const);

function ProfileForm({
  lang,
  csrf,
  values,
  errors,
  version,
}: {
  lang: Language;
  csrf: string;
  values: Record<string, string | undefined>;
  errors: FormErrors;
  version?: number;
}) {
  const t = profileTexts[lang];
  const labels = {
    name: t.name,
    birthDate: t.birthDate,
    ppkd: t.ppkd,
    kecamatan: t.kecamatan,
    kelurahan: t.kelurahan,
    language: t.language,
    nik: t.nik,
    phone: t.phone,
    email: t.email,
  };
  const f = (name: keyof typeof labels) => errors.fields[name];
  return (
    <>
      <ErrorSummary errors={errors} lang={lang} labels={labels} />
      <form method="post" action="/saya/profil" novalidate>
        <Csrf token={csrf} />
        {version !== undefined ? <input type="hidden" name="version" value={String(version)} /> : null}
        <TextField
          lang={lang}
          name="name"
          label={t.name}
          hint={t.nameHint}
          value={values.name}
          error={f("name")}
          autocomplete="name"
          maxlength={120}
        />
        <DateField
          lang={lang}
          name="birthDate"
          label={t.birthDate}
          hint={t.birthDateHint}
          value={values.birthDate}
          error={f("birthDate")}
        />
        <SelectField
          lang={lang}
          name="ppkd"
          label={t.ppkd}
          value={values.ppkd}
          error={f("ppkd")}
          options={PPKD_OPTIONS}
          placeholder={t.choose}
        />
        <TextField
          lang={lang}
          name="kecamatan"
          label={t.kecamatan}
          value={values.kecamatan}
          error={f("kecamatan")}
          optional
          maxlength={80}
        />
        <TextField
          lang={lang}
          name="kelurahan"
          label={t.kelurahan}
          value={values.kelurahan}
          error={f("kelurahan")}
          optional
          maxlength={80}
        />
        <SelectField
          lang={lang}
          name="language"
          label={t.language}
          value={values.language ?? lang}
          error={f("language")}
          options={[
            ["id", t.languages.id],
            ["en", t.languages.en],
          ]}
        />
        <TextField
          lang={lang}
          name="phone"
          type="tel"
          label={t.phone}
          hint={t.phoneHint}
          value={values.phone}
          error={f("phone")}
          autocomplete="tel"
          optional
        />
        <TextField
          lang={lang}
          name="email"
          type="email"
          label={t.email}
          hint={t.emailHint}
          value={values.email}
          error={f("email")}
          autocomplete="email"
          optional
        />
        <TextField
          lang={lang}
          name="nik"
          label={t.nik}
          hint={t.nikHint}
          value={values.nik}
          error={f("nik")}
          inputmode="numeric"
          optional
          short
          maxlength={16}
        />
        <button type="submit" class="button">
          {version === undefined ? t.create : t.create}
        </button>
      </form>
    </>
  );
}

const profileValues = (p: GraduateProfileView): Record<string, string | undefined> => ({
  name: p.name,
  birthDate: p.birthDate,
  ppkd: p.ppkd,
  kecamatan: p.kecamatan,
  kelurahan: p.kelurahan,
  language: p.language,
  phone: p.phone,
  email: p.email,
  nik: p.nik,
});

function ConsentStatus({ lang, profile }: { lang: Language; profile: GraduateProfileView }) {
  const t = profileTexts[lang];
  return profile.consent === "given" ? (
    <div class="notice notice--success">{t.consentGiven}</div>
  ) : (
    <div class="notice notice--warning">
      {t.consentMissing} <a href="/saya/persetujuan">{t.consentLink}</a>
    </div>
  );
}

/** A graduate's own page, profile and consent. */
export function profileRoutes(app: Hono<WebEnv>, { deps }: WebDeps) {
  app.get("/saya", async (c) => {
    const lang = langOf(c);
    const t = profileTexts[lang];
    const profile = await profileOrNone(deps, signedIn(c));
    if (!profile) return c.redirect("/saya/profil", 303);
    return render(
      c,
      t.dashboardTitle,
      <>
        <h1>{t.welcome(profile.name)}</h1>
        <ConsentStatus lang={lang} profile={profile} />
        <h2>{t.next}</h2>
        <ul>
          <li>
            <a href="/saya/kredensial">{t.steps.credentials}</a>
          </li>
          <li>
            <a href="/saya/lowongan">{t.steps.matches}</a>
          </li>
          <li>
            <a href="/bursa">{t.steps.fairs}</a>
          </li>
        </ul>
      </>,
    );
  });

  app.get("/saya/profil", async (c) => {
    const lang = langOf(c);
    const t = profileTexts[lang];
    const profile = await profileOrNone(deps, signedIn(c));
    const csrf = c.get("session")?.csrf ?? "";
    return render(
      c,
      profile ? t.editTitle : t.createTitle,
      <>
        <h1>{profile ? t.editTitle : t.createTitle}</h1>
        {c.req.query("ok") ? (
          <div class="notice notice--success" role="status">
            {t.saved}
          </div>
        ) : null}
        {profile ? null : <p class="lead">{t.createLead}</p>}
        <ProfileForm
          lang={lang}
          csrf={csrf}
          values={profile ? profileValues(profile) : { language: lang }}
          errors={NO_ERRORS}
          {...(profile ? { version: profile.version } : {})}
        />
      </>,
    );
  });

  app.post("/saya/profil", async (c) => {
    const lang = langOf(c);
    const t = profileTexts[lang];
    const actor = signedIn(c);
    const form = await formOf(c);
    const { version, ...rest } = form;
    const birthDate = dateFromForm(form, "birthDate");
    const values = Object.fromEntries(
      Object.entries({ ...rest, birthDate }).filter(([k, v]) => v !== undefined && !k.startsWith("birthDate-")),
    ) as Record<string, string>;
    const parsed = GraduateProfileInput.safeParse(values);
    const outcome = parsed.success
      ? await attempt(lang, () =>
          version ? updateMyProfile(deps, actor, parsed.data, Number(version)) : registerGraduate(deps, actor, parsed.data),
        )
      : { errors: formErrors(validationError(parsed.error), lang) };
    if ("ok" in outcome) return c.redirect(version ? "/saya/profil?ok=1" : "/saya/persetujuan", 303);
    return render(
      c,
      version ? t.editTitle : t.createTitle,
      <>
        <h1>{version ? t.editTitle : t.createTitle}</h1>
        <ProfileForm
          lang={lang}
          csrf={c.get("session")?.csrf ?? ""}
          values={values}
          errors={outcome.errors}
          {...(version ? { version: Number(version) } : {})}
        />
      </>,
      400,
    );
  });

  app.get("/saya/persetujuan", async (c) => {
    const lang = langOf(c);
    const t = profileTexts[lang].consent;
    const profile = await profileOrNone(deps, signedIn(c));
    if (!profile) return c.redirect("/saya/profil", 303);
    const done = c.req.query("ok");
    const status =
      profile.consent === "given" ? t.statusGiven : profile.consent === "withdrawn" ? t.statusWithdrawn : t.statusNone;
    return render(
      c,
      t.title,
      <>
        <h1>{t.title}</h1>
        {done ? (
          <div class="notice notice--success" role="status">
            {done === "given" ? t.given : t.withdrawn}
          </div>
        ) : null}
        <p class="lead">{t.lead}</p>
        <h2>{t.whatShared}</h2>
        <p>{t.whatSharedText}</p>
        <p>{t.whoReads}</p>
        <div class="notice notice--warning">{t.effectWithdraw}</div>
        <p>
          <strong>{status}</strong>
        </p>
        <form method="post" action="/saya/persetujuan">
          <Csrf token={c.get("session")?.csrf ?? ""} />
          {profile.consent === "given" ? (
            <button type="submit" name="given" value="tidak" class="button button--warning">
              {t.withdraw}
            </button>
          ) : (
            <button type="submit" name="given" value="ya" class="button">
              {t.give}
            </button>
          )}
        </form>
      </>,
    );
  });

  app.post("/saya/persetujuan", async (c) => {
    const { given } = await formOf(c);
    if (given !== "ya" && given !== "tidak") return c.redirect("/saya/persetujuan", 303);
    await setConsent(deps, signedIn(c), given === "ya");
    return c.redirect(`/saya/persetujuan?ok=${given === "ya" ? "given" : "withdrawn"}`, 303);
  });
}
