import type { Child } from "hono/jsx";
import { ASSETS } from "./assets/assets.ts";
import { common } from "./i18n/common.ts";
import type { Language } from "./i18n/define.ts";
import type { Session } from "./session.ts";

export interface LayoutProps {
  readonly lang: Language;
  readonly title: string;
  readonly path: string;
  readonly session: Session | undefined;
  readonly unread?: number;
  readonly children?: Child;
}

type NavItem = { href: string; label: string; badge?: number };

function navFor(t: (typeof common)[Language], session: Session | undefined, unread: number | undefined): NavItem[] {
  const role = session?.principal.role;
  if (role === "graduate")
    return [
      { href: "/saya/lowongan", label: t.nav.mine },
      { href: "/saya/lamaran", label: t.nav.applications },
      { href: "/saya/kredensial", label: t.nav.credentials },
      { href: "/bursa", label: t.nav.fairs },
      { href: "/saya/kotak-masuk", label: t.nav.inbox, ...(unread ? { badge: unread } : {}) },
      { href: "/saya/profil", label: t.nav.profile },
    ];
  return [
    { href: "/", label: t.nav.home },
    { href: "/lowongan", label: t.nav.vacancies },
    { href: "/bursa", label: t.nav.fairs },
    { href: "/cek", label: t.nav.check },
  ];
}

/** The same path in the other language (the choice is remembered in a cookie). */
function otherLanguageHref(path: string, lang: Language): string {
  const url = new URL(path, "http://x");
  url.searchParams.set("lang", lang === "id" ? "en" : "id");
  return `${url.pathname}${url.search}`;
}

/** Every page's frame: skip link, header with language switch and sign-in state, navigation, footer. */
export function Layout({ lang, title, path, session, unread, children }: LayoutProps) {
  const t = common[lang];
  const nav = navFor(t, session, unread);
  const current = new URL(path, "http://x").pathname;
  return (
    <html lang={lang}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{`${title} – ${t.site}`}</title>
        <link rel="stylesheet" href={ASSETS.styles.path} />
        <link rel="icon" href={ASSETS.icon.path} type="image/svg+xml" />
        <script src={ASSETS.htmx.path} defer />
        <meta name="htmx-config" content='{"includeIndicatorStyles":false,"allowEval":false,"allowScriptTags":false}' />
      </head>
      <body>
        <a class="skip-link" href="#isi">
          {t.skipToContent}
        </a>
        <header class="header">
          <div class="container header__bar">
            <a class="header__brand" href={session?.principal.role === "graduate" ? "/saya" : "/"}>
              {t.site}
              <span class="header__tagline">{t.tagline}</span>
            </a>
            <div class="header__tools">
              <a href={otherLanguageHref(path, lang)} hreflang={t.language.code} lang={t.language.code}>
                {t.language.switchTo}
              </a>
              {session ? (
                <form method="post" action="/keluar" class="inline-form">
                  <input type="hidden" name="_csrf" value={session.csrf} />
                  <button type="submit" class="button button--secondary button--inline">
                    {t.nav.signOut}
                  </button>
                </form>
              ) : (
                <a href={`/masuk?kembali=${encodeURIComponent(current)}`}>{t.nav.signIn}</a>
              )}
            </div>
          </div>
        </header>
        <nav class="nav" aria-label={t.nav.label}>
          <div class="container">
            <ul>
              {nav.map((item) => (
                <li>
                  <a href={item.href} aria-current={current === item.href ? "page" : undefined}>
                    {item.label}
                    {item.badge ? (
                      <>
                        {" "}
                        <span class="badge-count">
                          {item.badge}
                          <span class="visually-hidden"> {t.unread(item.badge)}</span>
                        </span>
                      </>
                    ) : null}
                  </a>
                </li>
              ))}
            </ul>
          </div>
        </nav>
        <main id="isi" class="container" tabindex={-1}>
          {children}
        </main>
        <footer class="footer">
          <div class="container">
            {session ? <p>{t.signedInAs(session.name ?? session.principal.sub, t.roles[session.principal.role])}</p> : null}
            <p>{t.footer.official}</p>
            <p>{t.footer.report}</p>
          </div>
        </footer>
      </body>
    </html>
  );
}
