import { ephemeralIssuer, startRuntime } from "@jalur/local";
import type { DemoUser } from "@jalur/local/demo";
import { expect } from "vitest";
import { freshDeployment } from "../support/deployment.ts";

/** A browser without a browser: follows redirects by hand and keeps cookies, to walk the sign-in flow. */
export class Visitor {
  readonly cookies = new Map<string, string>();
  constructor(readonly base: string) {}
  async go(path: string, init: RequestInit = {}): Promise<Response> {
    const headers = new Headers(init.headers);
    if (this.cookies.size) headers.set("cookie", [...this.cookies].map(([k, v]) => `${k}=${v}`).join("; "));
    const res = await fetch(new URL(path, this.base), { ...init, headers, redirect: "manual" });
    for (const line of res.headers.getSetCookie()) {
      const [pair] = line.split(";");
      const [name, ...value] = (pair ?? "").split("=");
      if (!name) continue;
      if (/max-age=0/i.test(line) || value.join("=") === "") this.cookies.delete(name);
      else this.cookies.set(name, value.join("="));
    }
    return res;
  }
  /** Follows redirects like a browser (a 303 after a POST becomes a GET). */
  async follow(res: Response, limit = 10): Promise<Response> {
    let current = res;
    for (let i = 0; i < limit && current.status >= 300 && current.status < 400; i++)
      current = await this.go(current.headers.get("location") as string);
    return current;
  }
  async submit(path: string, fields: Record<string, string>): Promise<Response> {
    return this.go(path, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded", origin: this.base },
      body: new URLSearchParams(fields).toString(),
    });
  }
}

export const csrfOf = (html: string) => /name="_csrf" value="([^"]+)"/.exec(html)?.[1] ?? "";

/**
 * The local site (API, pages, the development issuer's sign-in) on its own table and queues,
 * with the people its sign-in page offers; `deps` to arrange data through core directly.
 */
export async function startSite(users: DemoUser[]) {
  const { deps } = await freshDeployment();
  const issuer = await ephemeralIssuer();
  const runtime = await startRuntime({
    deps,
    verify: issuer.verify,
    issuer,
    users: () => users,
    region: "ap-southeast-3",
    port: 0,
    waitTimeSeconds: 1,
    runSchedules: false,
  });
  return { deps, issuer, runtime, visitor: () => new Visitor(runtime.url) };
}

/** Signs in through /masuk and the development issuer's page, as `sub`; returns the page it lands on. */
export async function signIn(visitor: Visitor, sub: string, returnTo = "/saya"): Promise<Response> {
  const start = await visitor.go(`/masuk?kembali=${encodeURIComponent(returnTo)}`);
  expect(start.status).toBe(302);
  const authorize = new URL(start.headers.get("location") as string);
  const chosen = await visitor.submit("/dev-issuer/authorize", { ...Object.fromEntries(authorize.searchParams), sub });
  expect(chosen.status).toBe(302);
  const callback = await visitor.go(chosen.headers.get("location") as string);
  expect(callback.status).toBe(303);
  return callback;
}
