import { readFileSync } from "node:fs";
import { mkdir } from "node:fs/promises";
import { createRequire } from "node:module";
import { join } from "node:path";
import type { AxeResults, Result as AxeViolation, ImpactValue, RunOptions } from "axe-core";
import { type Browser, type BrowserContext, type BrowserContextOptions, chromium, type Page } from "playwright-core";

/**
 * The browser tests' harness: Debian's Chromium driven by playwright-core (no browser downloads
 * here), a cheap Android phone's screen, axe-core on a page, and screenshots for the README.
 */

export const CHROMIUM = "/usr/bin/chromium";

/**
 * The flags of ARCHITECTURE.md ("Local services"). No `--user-data-dir` here: playwright-core
 * refuses it in `args` ("Pass userDataDir parameter to launchPersistentContext") and, for
 * `launch()`, creates a fresh temporary profile itself (`$TMPDIR/playwright_chromiumdev_profile-*`,
 * passed as `--user-data-dir` and deleted on close). `launchPersistentContext(dir)` would tie
 * the browser to one context, and the journey needs several (languages, JavaScript off).
 */
export const CHROMIUM_FLAGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/** Chromium, headless, with a fresh temporary profile. Close it in an afterAll. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_FLAGS });
}

/** A cheap Android phone in Jakarta: 360×740 CSS pixels at 2×, touch, Indonesian, WIB. */
export const PHONE: BrowserContextOptions = {
  viewport: { width: 360, height: 740 },
  deviceScaleFactor: 2,
  isMobile: true,
  hasTouch: true,
  locale: "id-ID",
  timezoneId: "Asia/Jakarta",
};

/** Contexts made with JavaScript disabled (axe checks a copy of their pages: see `axe`). */
const scriptless = new WeakSet<BrowserContext>();

/** A new phone-sized context (its own cookies); `options` adds to or overrides PHONE (e.g. `javaScriptEnabled: false`). */
export async function phoneContext(browser: Browser, options: BrowserContextOptions = {}): Promise<BrowserContext> {
  const context = await browser.newContext({ ...PHONE, ...options });
  if (options.javaScriptEnabled === false) scriptless.add(context);
  return context;
}

// ---------------------------------------------------------------------------------------------
// axe-core

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

/** WCAG 2.0, 2.1 and 2.2, levels A and AA (axe has no 2.2 level-A rules yet; the tag costs nothing). */
export const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"];

type AxeWindow = { axe?: { run(context: unknown, options: RunOptions): Promise<AxeResults> }; document: unknown };

/**
 * Runs axe-core on the page for the WCAG A and AA rules and returns its violations. axe's source
 * is evaluated through the DevTools protocol, not added as a <script>: the page's CSP forbids
 * inline scripts. On a page of a context without JavaScript (`phoneContext(b, { javaScriptEnabled:
 * false })`), axe cannot finish there (no timers or message events run), so it checks a copy:
 * the same HTML at the same address in a fresh phone context, with the page's scripts refused
 * (the DOM as the scriptless page has it) and its stylesheets loaded from the site.
 */
export async function axe(page: Page): Promise<AxeViolation[]> {
  if (!scriptless.has(page.context())) return runAxe(page);
  const browser = page.context().browser();
  if (!browser) throw new Error("axe: a page without JavaScript needs its browser to check a copy");
  const html = await page.content();
  const address = new URL(page.url());
  address.hash = "";
  const copy = await browser.newContext(PHONE);
  try {
    await copy.route("**/*", (route) => {
      const request = route.request();
      if (request.isNavigationRequest() && request.url() === address.toString())
        return route.fulfill({ status: 200, contentType: "text/html; charset=utf-8", body: html });
      if (request.resourceType() === "script") return route.abort();
      return route.continue();
    });
    const checked = await copy.newPage();
    await checked.goto(address.toString());
    return await runAxe(checked);
  } finally {
    await copy.close();
  }
}

async function runAxe(page: Page): Promise<AxeViolation[]> {
  if (!(await page.evaluate(() => Boolean((globalThis as unknown as AxeWindow).axe)))) await page.evaluate(AXE_SOURCE);
  const results = await page.evaluate((tags) => {
    const w = globalThis as unknown as AxeWindow;
    return w.axe!.run(w.document, { runOnly: { type: "tag", values: tags }, resultTypes: ["violations"] });
  }, WCAG_TAGS);
  return results.violations;
}

const BLOCKING: readonly ImpactValue[] = ["serious", "critical"];

/** One line per violation and node: rule, impact, where, and axe's summary of what to fix. */
export function describeViolations(violations: readonly AxeViolation[]): string {
  return violations
    .flatMap((v) =>
      v.nodes.map(
        (n) =>
          `  - ${v.id} (${n.impact ?? v.impact}) at ${n.target.map(String).join(" > ")}: ${v.help}` +
          (n.failureSummary ? `\n      ${n.failureSummary.replace(/\n\s*/g, " ")}` : ""),
      ),
    )
    .join("\n");
}

/** Violations seen so far, by page, including the minor and moderate ones (for the report). */
export const axeLog: { page: string; violations: AxeViolation[] }[] = [];

/**
 * Fails when axe finds a serious or critical violation of WCAG 2.x A/AA on the page, naming the
 * rule, its impact and the elements; minor and moderate ones are kept in `axeLog`.
 */
export async function expectAccessible(page: Page, label = page.url()): Promise<void> {
  const violations = await axe(page);
  if (violations.length > 0) axeLog.push({ page: label, violations });
  const blocking = violations.filter((v) => v.nodes.some((n) => BLOCKING.includes(n.impact ?? v.impact ?? "minor")));
  if (blocking.length > 0)
    throw new Error(
      `axe: ${blocking.length} serious or critical WCAG violation(s) on ${label} (${page.url()}):\n${describeViolations(blocking)}`,
    );
}

/**
 * Fails when the page is wider than the phone's screen (a sideways scroll at 360 px). Two ways
 * to be too wide: the document scrolls sideways, or something sticks out that the document's
 * scroll width does not count (an absolutely positioned element escaping a scrolling box) and
 * the phone's browser widens its layout viewport to hold it (then `innerWidth` exceeds the
 * screen and the page can be panned sideways). Lists a few elements reaching past the screen,
 * absolutely positioned ones first.
 */
export async function expectFitsPhone(page: Page, label = page.url()): Promise<void> {
  const screen = page.viewportSize()?.width;
  const { scrollWidth, innerWidth, wide } = await page.evaluate((screenWidth) => {
    type El = { scrollWidth: number; getBoundingClientRect(): { right: number }; tagName: string; className: unknown };
    const g = globalThis as unknown as {
      document: { documentElement: El; querySelectorAll(s: string): El[] };
      innerWidth: number;
      getComputedStyle(e: El): { position: string };
    };
    const width = Math.min(g.innerWidth, screenWidth ?? g.innerWidth);
    const wide = [...g.document.querySelectorAll("body *")]
      .filter((e) => e.getBoundingClientRect().right > width + 1)
      .map((e) => ({ e, loose: ["absolute", "fixed"].includes(g.getComputedStyle(e).position) }))
      .sort((a, b) => Number(b.loose) - Number(a.loose))
      .slice(0, 5)
      .map(({ e, loose }) => {
        const name = `${e.tagName.toLowerCase()}${typeof e.className === "string" && e.className ? `.${e.className.split(" ").join(".")}` : ""}`;
        return `${name}${loose ? " (positioned)" : ""} to ${Math.round(e.getBoundingClientRect().right)} px`;
      });
    return { scrollWidth: g.document.documentElement.scrollWidth, innerWidth: g.innerWidth, wide };
  }, screen);
  const width = screen ?? innerWidth;
  if (scrollWidth > width || innerWidth > width)
    throw new Error(
      `${label} is ${Math.max(scrollWidth, innerWidth)} px wide on a ${width} px screen; reaching past it: ${wide.join(", ")}`,
    );
}

// ---------------------------------------------------------------------------------------------
// Screenshots

export const SCREENSHOTS = join(import.meta.dirname, "../../docs/screenshots");

/**
 * The visible screen (not the whole page) as docs/screenshots/<name>.png, 360 pixels wide
 * (CSS pixels, whatever the device scale): small enough to commit and show in the README.
 */
export async function screenshot(page: Page, name: string): Promise<string> {
  await mkdir(SCREENSHOTS, { recursive: true });
  const path = join(SCREENSHOTS, `${name}.png`);
  await page.screenshot({ path, scale: "css", fullPage: false, animations: "disabled", caret: "hide" });
  return path;
}

// ---------------------------------------------------------------------------------------------
// Signing in

/**
 * Signs in through the site's /masuk and the development issuer's page by pressing the button of
 * the person named `name` (as the issuer lists them); resolves on the page it lands on.
 */
export async function signInAs(page: Page, base: string, name: string, returnTo = "/saya"): Promise<void> {
  await page.goto(new URL(`/masuk?kembali=${encodeURIComponent(returnTo)}`, base).toString());
  await page.waitForURL(/\/dev-issuer\/authorize/);
  await page.getByRole("button", { name: new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")} \\(`) }).click();
  await page.waitForURL((u) => !u.pathname.startsWith("/dev-issuer") && !u.pathname.startsWith("/auth/"));
}
