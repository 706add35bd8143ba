import { ephemeralIssuer, startRuntime } from "@jalur/local";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freshDeployment } from "../support/deployment.ts";
import { csrfOf, Visitor } from "./visitor.ts";

describe("the web app over the local site: sign in through the development issuer, then pages", () => {
  let runtime: Awaited<ReturnType<typeof startRuntime>>;

  beforeAll(async () => {
    const { deps } = await freshDeployment();
    const issuer = await ephemeralIssuer();
    runtime = await startRuntime({
      deps,
      verify: issuer.verify,
      issuer,
      users: () => [{ sub: "w-ani", role: "graduate", name: "Ani Lestari" }],
      region: "ap-southeast-3",
      port: 0,
      waitTimeSeconds: 1,
      runSchedules: false,
    });
  });
  afterAll(async () => runtime?.stop());

  async function signIn(visitor: Visitor, sub: string) {
    const start = await visitor.go("/masuk?kembali=/saya");
    expect(start.status).toBe(302);
    const authorize = new URL(start.headers.get("location") as string);
    expect(authorize.pathname).toBe("/dev-issuer/authorize");
    expect(authorize.searchParams.get("code_challenge_method")).toBe("S256");
    const page = await visitor.go(`${authorize.pathname}${authorize.search}`);
    expect(await page.text()).toContain("Ani Lestari");
    const chosen = await visitor.submit("/dev-issuer/authorize", { ...Object.fromEntries(authorize.searchParams), sub });
    expect(chosen.status).toBe(302);
    const callback = await visitor.go(chosen.headers.get("location") as string);
    expect(callback.status).toBe(303);
    expect(callback.headers.get("location")).toBe("/saya");
    const session = [...visitor.cookies.keys()].find((k) => k === "jalur_sesi");
    expect(session).toBeDefined();
    return callback;
  }

  it("serves the home page in Bahasa Indonesia with its security headers, and in English on request", async () => {
    const visitor = new Visitor(runtime.url);
    const home = await visitor.go("/");
    expect(home.status).toBe(200);
    const csp = home.headers.get("content-security-policy") ?? "";
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(home.headers.get("referrer-policy")).toBe("same-origin");
    const html = await home.text();
    expect(html).toContain('<html lang="id">');
    expect(html).toContain("Kerja aman di luar negeri");
    expect(html).not.toMatch(/<script>(?!<\/script>)/);
    const english = await visitor.go("/?lang=en");
    expect(await english.text()).toContain("Safe work abroad");
    // Remembered: the next page without ?lang is in English too.
    expect(await (await visitor.go("/")).text()).toContain('<html lang="en">');
  });

  it("serves assets under content-hashed names with a year of caching", async () => {
    const html = await (await new Visitor(runtime.url).go("/")).text();
    const css = /href="(\/assets\/jalur\.[\w-]+\.css)"/.exec(html)?.[1] as string;
    const res = await fetch(`${runtime.url}${css}`);
    expect(res.status).toBe(200);
    expect(res.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
    expect((await fetch(`${runtime.url}/assets/jalur.nothash.css`)).status).toBe(404);
  });

  it("signs in a graduate by authorization code + PKCE, then asks for their profile and consent", async () => {
    const visitor = new Visitor(runtime.url);
    await signIn(visitor, "w-ani");
    const first = await visitor.follow(await visitor.go("/saya"));
    const form = await first.text();
    expect(form).toContain("Buat profil Anda");
    const csrf = csrfOf(form);
    // A mistake: the form comes back with the error next to the field and what was typed kept.
    const wrong = await visitor.submit("/saya/profil", {
      _csrf: csrf,
      name: "Ani Lestari",
      "birthDate-hari": "1",
      "birthDate-bulan": "1",
      "birthDate-tahun": "2031",
      ppkd: "Jakarta Barat",
    });
    expect(wrong.status).toBe(400);
    const again = await wrong.text();
    expect(again).toContain('class="error-summary"');
    expect(again).toContain('value="Ani Lestari"');
    expect(again).toMatch(/id="birthDate-error"/);
    const saved = await visitor.submit("/saya/profil", {
      _csrf: csrf,
      name: "Ani Lestari",
      "birthDate-hari": "4",
      "birthDate-bulan": "4",
      "birthDate-tahun": "2001",
      ppkd: "Jakarta Barat",
      language: "id",
    });
    expect(saved.status).toBe(303);
    expect(saved.headers.get("location")).toBe("/saya/persetujuan");
    const consentPage = await (await visitor.go("/saya/persetujuan")).text();
    expect(consentPage).toContain("Anda belum memberi persetujuan");
    const given = await visitor.submit("/saya/persetujuan", { _csrf: csrf, given: "ya" });
    expect(given.status).toBe(303);
    expect(await (await visitor.follow(given)).text()).toContain("Persetujuan Anda tersimpan");
    expect(await (await visitor.go("/saya")).text()).toContain("Halo, Ani Lestari");
  });

  it("refuses a form without the session's CSRF token, or from another site, and changes nothing", async () => {
    const visitor = new Visitor(runtime.url);
    await signIn(visitor, "w-ani");
    const noToken = await visitor.submit("/saya/persetujuan", { given: "tidak" });
    expect(noToken.status).toBe(403);
    const page = await (await visitor.go("/saya/persetujuan")).text();
    const foreign = await visitor.go("/saya/persetujuan", {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded", origin: "https://evil.example" },
      body: new URLSearchParams({ _csrf: csrfOf(page), given: "tidak" }).toString(),
    });
    expect(foreign.status).toBe(403);
    expect(await (await visitor.go("/saya/persetujuan")).text()).toContain("Anda sudah memberi persetujuan");
  });

  it("refuses a sign-in whose state does not match, and sends pages that need one to sign in", async () => {
    const visitor = new Visitor(runtime.url);
    const forged = await visitor.go("/auth/callback?code=x&state=y");
    expect(forged.status).toBe(400);
    const guarded = await visitor.go("/saya/profil");
    expect(guarded.status).toBe(303);
    expect(guarded.headers.get("location")).toBe("/masuk?kembali=%2Fsaya%2Fprofil");
    // Signing out ends the session.
    await signIn(visitor, "w-ani");
    const page = await (await visitor.go("/saya/persetujuan")).text();
    await visitor.submit("/keluar", { _csrf: csrfOf(page) });
    expect((await visitor.go("/saya")).status).toBe(303);
  });
});
