import { AppError, type Deps, foreignCursor, localizedMessage } from "@jalur/core";
import { Hono } from "hono";
import { compress } from "hono/compress";
import { getCookie, setCookie } from "hono/cookie";
import { ASSET_BY_PATH, gzipOf } from "./assets/assets.ts";
import { langOf, textsOf, type WebEnv, type WebOptions } from "./context.ts";
import { common } from "./i18n/common.ts";
import type { Language } from "./i18n/define.ts";
import { beginSignIn, finishSignIn } from "./oidc.ts";
import { credentialRoutes, unreadCount } from "./pages/credentials.tsx";
import { fairRoutes } from "./pages/fairs.tsx";
import { homeRoutes } from "./pages/home.tsx";
import { matchRoutes } from "./pages/matches.tsx";
import { profileRoutes } from "./pages/profile.tsx";
import { publicRoutes } from "./pages/public.tsx";
import { render } from "./render.tsx";
import { csrfMatches, endSession, readSession, secureCookies, startSession } from "./session.ts";

const LANG_COOKIE = "jalur_bahasa";

/**
 * The web app: server-rendered pages over the same use cases as the API, called with the
 * signed-in person's principal. Pages parse forms and show answers; core decides who may do what.
 */
export function createWebApp(deps: Deps, options: WebOptions) {
  const app = new Hono<WebEnv>();
  const key = deps.signingKey;
  // Pages compressed for slow mobile data (assets are compressed once, below).
  app.use(compress());

  // Security headers on every answer: no inline scripts, no framing, no referrer to other sites.
  app.use(async (c, next) => {
    await next();
    const issuer = new URL(options.oidc.authorizeUrl, new URL(c.req.url).origin).origin;
    c.header(
      "content-security-policy",
      `default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; form-action 'self' ${issuer}; frame-ancestors 'none'; base-uri 'none'; object-src 'none'`,
    );
    c.header("x-content-type-options", "nosniff");
    c.header("referrer-policy", "same-origin");
    c.header("x-frame-options", "DENY");
    c.header("permissions-policy", "camera=(self), geolocation=(), microphone=()");
  });

  // Static assets under content-hashed names: cached for a year.
  app.get("/assets/:file", (c) => {
    const asset = ASSET_BY_PATH.get(c.req.path);
    if (!asset) return c.notFound();
    const headers = {
      "content-type": asset.type,
      "cache-control": "public, max-age=31536000, immutable",
      vary: "accept-encoding",
    };
    if (/\bgzip\b/.test(c.req.header("accept-encoding") ?? ""))
      return c.body(gzipOf(asset), 200, { ...headers, "content-encoding": "gzip" });
    return c.body(asset.body, 200, headers);
  });

  // Language: ?lang= (remembered), else the cookie, else Bahasa Indonesia.
  app.use(async (c, next) => {
    const asked = c.req.query("lang");
    let lang: Language = getCookie(c, LANG_COOKIE) === "en" ? "en" : "id";
    if (asked === "id" || asked === "en") {
      lang = asked;
      setCookie(c, LANG_COOKIE, lang, { path: "/", maxAge: 365 * 86400, sameSite: "Lax", secure: secureCookies(c) });
    }
    c.set("lang", lang);
    c.set("session", readSession(c, key, deps.now()));
    await next();
    c.header("content-language", lang);
    c.header("vary", "cookie");
  });

  // Every state-changing request carries the session's CSRF token and comes from this site.
  app.use(async (c, next) => {
    if (c.req.method === "GET" || c.req.method === "HEAD") return next();
    const origin = c.req.header("origin");
    if (origin && origin !== new URL(c.req.url).origin)
      return render(c, textsOf(c).errors.forbiddenTitle, <p>{textsOf(c).form.csrf}</p>, 403);
    const type = c.req.header("content-type") ?? "";
    const form = type.includes("form") ? await c.req.parseBody() : {};
    if (!csrfMatches(c.get("session"), form._csrf ?? c.req.header("x-csrf-token")))
      return render(c, textsOf(c).errors.forbiddenTitle, <p>{textsOf(c).form.csrf}</p>, 403);
    await next();
  });

  // A signed-in graduate's unread notices for the navigation's badge: one bounded Query per page.
  app.use(async (c, next) => {
    const principal = c.get("session")?.principal;
    if (c.req.method === "GET" && principal?.role === "graduate" && !c.req.header("hx-request"))
      c.set("unread", await unreadCount(deps, principal).catch(() => undefined));
    await next();
  });

  app.get("/masuk", (c) => beginSignIn(c, options.oidc, key, deps.now(), c.req.query("kembali") ?? "/saya", langOf(c)));
  app.get("/auth/callback", async (c) => {
    const signedIn = await finishSignIn(c, options.oidc, key, deps.now());
    if (!signedIn)
      return render(
        c,
        textsOf(c).errors.signInFailed,
        <p>
          <a href="/masuk">{textsOf(c).nav.signIn}</a>
        </p>,
        400,
      );
    startSession(c, key, deps.now(), signedIn.principal, signedIn.name);
    return c.redirect(signedIn.returnTo, 303);
  });
  app.post("/keluar", (c) => {
    endSession(c);
    return c.redirect(options.oidc.logoutUrl ?? "/", 303);
  });

  const ctx = { deps, options };
  homeRoutes(app, ctx);
  profileRoutes(app, ctx);
  credentialRoutes(app, ctx);
  matchRoutes(app, ctx);
  fairRoutes(app, ctx);
  publicRoutes(app, ctx);

  app.notFound((c) => render(c, textsOf(c).errors.notFoundTitle, <NotFound lang={langOf(c)} />, 404));
  app.onError((cause, c) => {
    const t = textsOf(c);
    // A cursor we signed for another list is refused like any other bad cursor.
    const error = foreignCursor(cause) ?? cause;
    if (error instanceof AppError) {
      if (error.kind === "unauthenticated") return c.redirect(`/masuk?kembali=${encodeURIComponent(c.req.path)}`, 303);
      if (error.kind === "not_found") return render(c, t.errors.notFoundTitle, <NotFound lang={langOf(c)} />, 404);
      if (error.kind === "forbidden") return render(c, t.errors.forbiddenTitle, <p>{t.errors.forbidden}</p>, 403);
      // A refusal a page did not turn into form errors: core's own words, in the user's language.
      const status =
        error.kind === "validation" ? 400 : error.kind === "conflict" ? 409 : error.kind === "unprocessable" ? 422 : undefined;
      if (status)
        return render(
          c,
          t.errors.refusedTitle,
          <>
            <h1>{t.errors.refusedTitle}</h1>
            <p>{localizedMessage(error, langOf(c))}</p>
            <p>
              <a
                href={
                  c.req.header("referer")?.startsWith(new URL(c.req.url).origin)
                    ? new URL(c.req.header("referer") as string).pathname
                    : "/"
                }
              >
                {t.form.back}
              </a>
            </p>
          </>,
          status,
        );
    }
    console.error(JSON.stringify({ level: "ERROR", message: "web: unhandled error", path: c.req.path, error: String(error) }));
    return render(c, t.errors.serverTitle, <p>{t.errors.server}</p>, 500);
  });
  return app;
}

function NotFound({ lang }: { lang: Language }) {
  const t = common[lang];
  return (
    <>
      <h1>{t.errors.notFoundTitle}</h1>
      <p>{t.errors.notFound}</p>
      <p>
        <a href="/">{t.nav.home}</a>
      </p>
    </>
  );
}
