import { createHash, randomBytes } from "node:crypto";
import { Hono } from "hono";
import type { DemoUser } from "./demo.ts";
import type { DevIssuer } from "./dev-issuer.ts";

/**
 * The development issuer as an OpenID Connect provider (authorization code + PKCE), so the web
 * app signs in locally through the same code path as against Cognito's hosted UI. Its page lists
 * the demo's people by role and lets a new graduate sign up (a new subject). Local only: codes
 * live in memory for two minutes and are used once.
 */
interface Grant {
  claims: { sub: string; role: string; org?: string; name: string };
  challenge: string;
  nonce: string;
  redirectUri: string;
  expiresAt: number;
}

const ROLE_LABEL: Record<DemoUser["role"], { id: string; en: string }> = {
  graduate: { id: "Lulusan", en: "Graduate" },
  recruiter: { id: "Perekrut", en: "Recruiter" },
  organiser: { id: "Penyelenggara", en: "Organiser" },
  staff: { id: "Petugas", en: "Staff" },
  operator: { id: "Operator", en: "Operator" },
};

const PARAMS = [
  "response_type",
  "client_id",
  "redirect_uri",
  "state",
  "nonce",
  "code_challenge",
  "code_challenge_method",
  "ui_locales",
];

export function devOidcProvider(issuer: DevIssuer, users: () => DemoUser[]) {
  const grants = new Map<string, Grant>();
  // Graduates who signed up here are offered again, so they can come back as themselves.
  const newcomers: DemoUser[] = [];
  const everyone = () => [...users(), ...newcomers];
  const app = new Hono();

  /** The authorization request, checked: this client, a callback on the same site, PKCE with S256. */
  function request(params: Record<string, string | undefined>, origin: string) {
    const redirect = params.redirect_uri ? new URL(params.redirect_uri, origin) : undefined;
    if (
      params.response_type !== "code" ||
      params.client_id !== issuer.audience ||
      !redirect ||
      redirect.origin !== origin ||
      params.code_challenge_method !== "S256" ||
      !params.code_challenge ||
      !params.state ||
      !params.nonce
    )
      return undefined;
    return { redirect, state: params.state, nonce: params.nonce, challenge: params.code_challenge };
  }

  app.get("/authorize", (c) => {
    const params = Object.fromEntries(PARAMS.map((p) => [p, c.req.query(p)]));
    if (!request(params, new URL(c.req.url).origin)) return c.text("invalid authorization request", 400);
    const lang = params.ui_locales === "en" ? "en" : "id";
    const hidden = PARAMS.filter((p) => params[p] !== undefined).map((p) => <input type="hidden" name={p} value={params[p]} />);
    const people = everyone();
    return c.html(
      <html lang={lang}>
        <head>
          <meta charset="utf-8" />
          <meta name="viewport" content="width=device-width, initial-scale=1" />
          <title>{lang === "id" ? "Masuk (penerbit pengembangan)" : "Sign in (development issuer)"}</title>
        </head>
        <body>
          <main>
            <h1>{lang === "id" ? "Masuk ke Jalur" : "Sign in to Jalur"}</h1>
            <p>
              {lang === "id"
                ? "Penerbit pengembangan lokal: pilih orang dari data demo, atau daftar sebagai lulusan baru."
                : "The local development issuer: pick someone from the demo data, or sign up as a new graduate."}
            </p>
            <ul>
              {people.map((u) => (
                <li>
                  <form method="post" action="/dev-issuer/authorize">
                    {hidden}
                    <input type="hidden" name="sub" value={u.sub} />
                    <button type="submit">
                      {u.name} ({ROLE_LABEL[u.role][lang]}
                      {u.org ? `, ${u.org}` : ""})
                    </button>
                  </form>
                </li>
              ))}
            </ul>
            <h2>{lang === "id" ? "Lulusan baru" : "New graduate"}</h2>
            <form method="post" action="/dev-issuer/authorize">
              {hidden}
              <label for="name">{lang === "id" ? "Nama Anda" : "Your name"}</label>
              <input id="name" name="name" required maxlength={120} autocomplete="name" />
              <button type="submit">{lang === "id" ? "Daftar" : "Sign up"}</button>
            </form>
          </main>
        </body>
      </html>,
    );
  });

  app.post("/authorize", async (c) => {
    const form = Object.fromEntries(
      Object.entries(await c.req.parseBody()).filter((e): e is [string, string] => typeof e[1] === "string"),
    );
    const checked = request(form, new URL(c.req.url).origin);
    if (!checked) return c.text("invalid authorization request", 400);
    const known = form.sub ? everyone().find((u) => u.sub === form.sub) : undefined;
    const newName = form.name?.trim().slice(0, 120);
    if (!known && !newName) return c.text("pick someone or give a name", 400);
    const claims = known
      ? { sub: known.sub, role: known.role, name: known.name, ...(known.org ? { org: known.org } : {}) }
      : { sub: `lulusan-${randomBytes(6).toString("hex")}`, role: "graduate" as const, name: newName as string };
    if (!known) newcomers.push(claims as DemoUser);
    const code = randomBytes(24).toString("base64url");
    grants.set(code, {
      claims,
      challenge: checked.challenge,
      nonce: checked.nonce,
      redirectUri: checked.redirect.toString(),
      expiresAt: Date.now() + 120_000,
    });
    const back = new URL(checked.redirect);
    back.searchParams.set("code", code);
    back.searchParams.set("state", checked.state);
    return c.redirect(back.toString(), 302);
  });

  app.post("/token", async (c) => {
    const form = await c.req.parseBody();
    const code = typeof form.code === "string" ? form.code : "";
    const grant = grants.get(code);
    grants.delete(code);
    const verifier = typeof form.code_verifier === "string" ? form.code_verifier : "";
    const valid =
      grant &&
      grant.expiresAt > Date.now() &&
      form.grant_type === "authorization_code" &&
      form.client_id === issuer.audience &&
      form.redirect_uri === grant.redirectUri &&
      createHash("sha256").update(verifier).digest("base64url") === grant.challenge;
    if (!valid) return c.json({ error: "invalid_grant" }, 400);
    const idToken = await issuer.sign({ ...grant.claims, nonce: grant.nonce }, 3600);
    return c.json({ id_token: idToken, token_type: "Bearer", expires_in: 3600 });
  });

  return app;
}
