import { myProfile, type Principal, reviewCredential } from "@jalur/core";
import type { DemoUser } from "@jalur/local/demo";
import { common } from "@jalur/web/i18n/common";
import type { Language } from "@jalur/web/i18n/define";
import { profileTexts } from "@jalur/web/i18n/profile";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startSite } from "../web/visitor.ts";
import {
  axeLog,
  describeViolations,
  expectAccessible,
  expectFitsPhone,
  launchChromium,
  phoneContext,
  screenshot,
} from "./browser.ts";

/**
 * The graduate's journey through the pages, in Chromium on a 360×740 phone: once in Bahasa
 * Indonesia, once in English (switched with the header's link) and once with JavaScript off.
 * axe-core runs on every page visited (0 serious or critical WCAG A/AA violations) and no page
 * may be wider than the phone. The Indonesian run takes the README's screenshots.
 *
 * The journey is a list of steps (STEPS). Steps whose pages have not landed yet check whether
 * their page answers and, until it does, say so on the console and return: write a step's
 * actions in its function when its page lands.
 */

const GRADUATES = {
  id: { sub: "w-sari", role: "graduate", name: "Sari Wulandari" },
  en: { sub: "w-rina", role: "graduate", name: "Rina Hartono" },
  nojs: { sub: "w-dewi", role: "graduate", name: "Dewi Anggraini" },
} as const satisfies Record<string, DemoUser>;

const STAFF: Principal = { sub: "staff-journey", role: "staff" };

/** Texts the home page shows (its dictionary is private to the page). */
const HOME_TITLE: Record<Language, string> = {
  id: "Kerja aman di luar negeri",
  en: "Safe work abroad",
};

/** Core's message for the impossible birth date, as each language's run saw it. */
const birthDateMessages: Partial<Record<Language, string>> = {};

let site: Awaited<ReturnType<typeof startSite>>;
let browser: Browser;

/** One run of the journey: who, in which language, in which browser context, and what they did so far. */
interface Journey {
  readonly name: string;
  readonly lang: Language;
  readonly person: DemoUser;
  readonly javaScript: boolean;
  readonly screenshots: boolean;
  readonly context: BrowserContext;
  readonly page: Page;
  /** Console errors and uncaught exceptions (a CSP refusal shows up here). */
  readonly problems: string[];
  /** Pages visited, checked with axe. */
  readonly visited: string[];
  /** Steps waiting for their page. */
  readonly waiting: string[];
  /** What earlier steps left for later ones. */
  readonly state: { credentialAdded?: boolean; applied?: boolean; fairRegistered?: boolean; schedulePublished?: boolean };
}

const url = (path: string) => new URL(path, site.runtime.url).toString();

/** axe, the phone's width, and a screenshot (on the run that takes them). */
async function checkPage(j: Journey, label: string, shot?: string): Promise<void> {
  await j.page.waitForLoadState("load");
  j.visited.push(`${label} (${new URL(j.page.url()).pathname})`);
  await expectAccessible(j.page, `${j.name}: ${label}`);
  await expectFitsPhone(j.page, `${j.name}: ${label}`);
  if (shot && j.screenshots) await screenshot(j.page, shot);
}

/** Whether a page has landed: GET answers 200 for this journey's person (same cookies as the page). */
async function pageExists(j: Journey, path: string): Promise<boolean> {
  const res = await j.context.request.get(url(path), { maxRedirects: 0 });
  return res.status() === 200;
}

/** The explicit skip of a step whose page has not landed, with a note on the console. */
function waitingFor(j: Journey, step: string, reason: string): false {
  j.waiting.push(step);
  console.log(`[journey ${j.name}] not yet: ${step} (${reason})`);
  return false;
}

/** Visits a page that exists but whose step's actions are still to be written: axe and width only. */
async function visitOnly(j: Journey, step: string, path: string): Promise<void> {
  await j.page.goto(url(path));
  await checkPage(j, step);
  console.log(`[journey ${j.name}] ${path} answers: visited and checked; write the actions of "${step}" in its step`);
}

// ---------------------------------------------------------------------------------------------
// Steps on the pages that exist

/** The home page, in the run's language (the English run switches with the header's link). */
async function visitHome(j: Journey): Promise<void> {
  const { page } = j;
  await page.goto(url("/"));
  expect(await page.getAttribute("html", "lang")).toBe("id");
  if (j.lang === "en") {
    await page.getByRole("banner").getByRole("link", { name: common.id.language.switchTo }).click();
    await page.waitForURL(/[?&]lang=en/);
    expect(await page.getAttribute("html", "lang")).toBe("en");
  }
  await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toContain(HOME_TITLE[j.lang]);
  // htmx (a script of ours, allowed by the CSP) ran, or did not when JavaScript is off.
  await page.waitForLoadState("load");
  expect(await page.evaluate(() => typeof (globalThis as { htmx?: unknown }).htmx)).toBe(j.javaScript ? "object" : "undefined");
  await checkPage(j, "home", "home");
}

/** Signs in through /masuk and the development issuer's page, choosing the run's person. */
async function signIn(j: Journey): Promise<void> {
  const { page, person } = j;
  await page
    .getByRole("main")
    .getByRole("link", { name: j.lang === "id" ? "Masuk atau daftar" : "Sign in or sign up" })
    .click();
  await page.waitForURL(/\/dev-issuer\/authorize/);
  expect(await page.getAttribute("html", "lang")).toBe(j.lang);
  await checkPage(j, "sign-in (development issuer)", "sign-in");
  await page.getByRole("button", { name: new RegExp(`^${person.name} \\(`) }).click();
  // A first visit: /saya sends a graduate without a profile to create one.
  await page.waitForURL(/\/saya\/profil$/);
}

/** The first-time profile: one mistake shown next to its field with what was typed kept, then saved. */
async function createProfile(j: Journey): Promise<void> {
  const { page, person } = j;
  const t = profileTexts[j.lang];
  expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe(t.createTitle);
  await checkPage(j, "profile form", "profile");

  await page.getByLabel(t.name).fill(person.name);
  // The birth date is three number fields (day, month, year): not born yet.
  await page.locator("#birthDate").fill("1");
  await page.locator("#birthDate-bulan").fill("1");
  await page.locator("#birthDate-tahun").fill("2031");
  await page.getByLabel(t.ppkd).selectOption("Jakarta Barat");
  await page.getByLabel(t.kecamatan).fill("Kembangan");
  await page.getByLabel(t.phone).fill("+6281234567890");
  await page.getByRole("button", { name: t.create }).click();
  await page.waitForLoadState("load");

  // The error is beside its field, tied to it for screen readers, and listed in the summary.
  const birth = page.locator("#birthDate");
  const birthGroup = page.getByRole("group", { name: t.birthDate });
  const error = page.locator("#birthDate-error");
  expect(await error.isVisible()).toBe(true);
  const message = ((await error.textContent()) ?? "").replace(common[j.lang].form.errorPrefix, "").trim();
  expect(message.length).toBeGreaterThan(0);
  expect(await birth.getAttribute("aria-invalid")).toBe("true");
  expect(await birthGroup.getAttribute("aria-describedby")).toContain("birthDate-error");
  const summary = page.getByRole("alert");
  expect(await summary.getByRole("link").first().getAttribute("href")).toBe("#birthDate");
  expect(await summary.textContent()).toContain(message);
  // In the run's language: core's message, not the other language's.
  expect(await page.getAttribute("html", "lang")).toBe(j.lang);
  birthDateMessages[j.lang] = message;
  const other = birthDateMessages[j.lang === "id" ? "en" : "id"];
  if (other)
    expect(
      message,
      `core's message for birthDate is the same in Bahasa Indonesia and English (not translated): "${message}"`,
    ).not.toBe(other);
  // What was typed is kept.
  expect(await page.getByLabel(t.name).inputValue()).toBe(person.name);
  expect(await page.locator("#birthDate-tahun").inputValue()).toBe("2031");
  expect(await birth.inputValue()).toBe("1");
  expect(await page.getByLabel(t.ppkd).inputValue()).toBe("Jakarta Barat");
  expect(await page.getByLabel(t.kecamatan).inputValue()).toBe("Kembangan");
  expect(await page.getByLabel(t.phone).inputValue()).toBe("+6281234567890");
  await checkPage(j, "profile form with an error", "profile-error");

  await page.locator("#birthDate-tahun").fill("2001");
  await page.locator("#birthDate-bulan").fill("4");
  await birth.fill("4");
  await page.getByRole("button", { name: t.create }).click();
  await page.waitForURL(/\/saya\/persetujuan$/);
}

/** Explicit consent: what is shared with whom and the effect of withdrawing, then given. */
async function giveConsent(j: Journey): Promise<void> {
  const { page } = j;
  const t = profileTexts[j.lang].consent;
  expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe(t.title);
  expect(await page.getByRole("main").textContent()).toContain(t.statusNone);
  await checkPage(j, "consent", "consent");
  await page.getByRole("button", { name: t.give }).click();
  await page.waitForURL(/\/saya\/persetujuan\?ok=given$/);
  expect(await page.getByRole("status").textContent()).toContain(t.given);
  expect(await page.getByRole("main").textContent()).toContain(t.statusGiven);
  await checkPage(j, "consent given");
}

/** The graduate's own page, reached from the header's brand link. */
async function seeDashboard(j: Journey): Promise<void> {
  const { page, person } = j;
  const t = profileTexts[j.lang];
  await page.locator("a.header__brand").click();
  await page.waitForURL(/\/saya$/);
  expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe(t.welcome(person.name));
  expect(await page.getByRole("main").textContent()).toContain(t.consentGiven);
  await checkPage(j, "dashboard", "dashboard");
}

// ---------------------------------------------------------------------------------------------
// Steps waiting for their pages: each checks whether its page answers, and skips until it does.

/** Adds a credential (JLPT N4) with an evidence reference, picking the skill from the taxonomy. */
async function addCredential(j: Journey): Promise<void> {
  if (!(await pageExists(j, "/saya/kredensial")))
    return void waitingFor(j, "add a credential", "GET /saya/kredensial is not 200");
  await visitOnly(j, "credentials", "/saya/kredensial");
  // When the page lands: add JLPT N4 with an evidence reference, see "waiting for review", then
  // j.state.credentialAdded = true.
}

/** Staff verify the credential through core (the staff pages are the next issue's). */
async function staffVerifiesCredential(j: Journey): Promise<void> {
  if (!j.state.credentialAdded) return void waitingFor(j, "staff verify the credential", "no credential was added");
  const profile = await myProfile(site.deps, { sub: j.person.sub, role: "graduate" });
  const waiting = profile.credentials.filter((c) => c.verification === "pending");
  expect(waiting.length).toBeGreaterThan(0);
  for (const c of waiting) await reviewCredential(site.deps, STAFF, j.person.sub, c.id, { verification: "verified" });
  // When the page shows it: reload /saya/kredensial and see "verified" with the confirmation date.
}

/** "Lowongan untuk saya": the vacancy appears with its per-requirement explanation. */
async function seeMatchWithExplanation(j: Journey): Promise<void> {
  if (!(await pageExists(j, "/saya/lowongan")))
    return void waitingFor(j, "see matches with explanations", "GET /saya/lowongan is not 200");
  await visitOnly(j, "matches", "/saya/lowongan");
  // When the page lands: publish a vacancy needing JLPT N4 through core (a licensed recruiter),
  // wait for the match, see it ranked with "JLPT N4: you hold N4" and open its detail.
}

/** Applies to the matched vacancy (and sees the application in "my applications"). */
async function apply(j: Journey): Promise<void> {
  if (!(await pageExists(j, "/saya/lamaran"))) return void waitingFor(j, "apply", "GET /saya/lamaran is not 200");
  await visitOnly(j, "applications", "/saya/lamaran");
  // When the page lands: apply from the vacancy's detail, see it in the list with its timeline;
  // j.state.applied = true.
}

/** Registers for a fair with ordered picks. */
async function registerForFair(j: Journey): Promise<void> {
  if (!(await pageExists(j, "/bursa"))) return void waitingFor(j, "register for a fair", "GET /bursa is not 200");
  await visitOnly(j, "fairs", "/bursa");
  // When the page lands: an open fair arranged through core (organiser, booth with the vacancy),
  // register with the vacancy as first pick; j.state.fairRegistered = true.
}

/** The organiser closes registration, schedules and publishes through core (organiser pages: next issue). */
async function organiserPublishesSchedule(j: Journey): Promise<void> {
  if (!j.state.fairRegistered) return void waitingFor(j, "organiser publishes the schedule", "no fair registration");
  // When registration works: moveFair(close), requestSchedule, wait for the job, publishSchedule;
  // j.state.schedulePublished = true.
}

/** "My interviews": the interview in WIB (e.g. "Senin, 7 Desember 2026, 09.30 WIB"). */
async function seeInterviewInWib(j: Journey): Promise<void> {
  if (!j.state.schedulePublished) return void waitingFor(j, "see the interview in WIB", "no published schedule");
  // Then: open the interviews page, see the day and time with "WIB" in the run's language.
}

/** Downloads the interview's calendar file (text/calendar, the time in Asia/Jakarta). */
async function downloadCalendar(j: Journey): Promise<void> {
  if (!j.state.schedulePublished) return void waitingFor(j, "download the calendar file", "no published schedule");
  // Then: click the calendar link, read the download (page.waitForEvent("download")), check DTSTART.
}

/** Shows the check-in QR code for the booth. */
async function showCheckInQr(j: Journey): Promise<void> {
  if (!j.state.schedulePublished) return void waitingFor(j, "show the check-in QR", "no published schedule");
  // Then: open the QR page, see the image with its text alternative and the manual code.
}

/** Signs out with the header's button: the session ends. */
async function signOut(j: Journey): Promise<void> {
  const { page } = j;
  await page.getByRole("banner").getByRole("button", { name: common[j.lang].nav.signOut }).click();
  await page.waitForURL(url("/"));
  expect(await pageExists(j, "/saya")).toBe(false);
  const res = await j.context.request.get(url("/saya"), { maxRedirects: 0 });
  expect(res.status()).toBe(303);
  expect(res.headers().location).toBe("/masuk?kembali=%2Fsaya");
}

/** The graduate's journey, in order. Add a step's actions in its function when its page lands. */
const STEPS: readonly ((j: Journey) => Promise<void>)[] = [
  visitHome,
  signIn,
  createProfile,
  giveConsent,
  seeDashboard,
  addCredential,
  staffVerifiesCredential,
  seeMatchWithExplanation,
  apply,
  registerForFair,
  organiserPublishesSchedule,
  seeInterviewInWib,
  downloadCalendar,
  showCheckInQr,
  signOut,
];

async function runJourney(
  name: string,
  options: { lang: Language; person: DemoUser; javaScript: boolean; screenshots: boolean },
): Promise<Journey> {
  const context = await phoneContext(browser, { javaScriptEnabled: options.javaScript });
  const page = await context.newPage();
  page.setDefaultTimeout(8000);
  const j: Journey = { name, ...options, context, page, problems: [], visited: [], waiting: [], state: {} };
  // A resource that fails (pages' own 4xx answers are the steps' business; the development
  // issuer's page has no icon, so Chromium asks for /favicon.ico).
  page.on("response", (r) => {
    const path = new URL(r.url()).pathname;
    if (r.status() >= 400 && r.request().resourceType() !== "document" && path !== "/favicon.ico")
      j.problems.push(`${r.status()} for ${r.url()} (on ${page.url()})`);
  });
  page.on("console", (m) => {
    if (m.type() === "error" && !m.text().startsWith("Failed to load resource"))
      j.problems.push(`console: ${m.text()} (${page.url()})`);
  });
  page.on("pageerror", (e) => j.problems.push(`uncaught: ${e.message} (${page.url()})`));
  try {
    for (const step of STEPS) {
      const started = performance.now();
      await step(j);
      if (process.env.JOURNEY_TIMES) console.log(`[journey ${name}] ${step.name}: ${Math.round(performance.now() - started)} ms`);
    }
  } finally {
    await context.close();
  }
  expect(j.problems).toEqual([]);
  return j;
}

describe("the graduate's journey in Chromium on a 360×740 phone", () => {
  beforeAll(async () => {
    [site, browser] = await Promise.all([startSite(Object.values(GRADUATES)), launchChromium()]);
  });
  afterAll(async () => {
    await Promise.all([browser?.close(), site?.runtime.stop()]);
    const minor = axeLog.flatMap(({ page, violations }) =>
      violations.length ? [`${page}:\n${describeViolations(violations)}`] : [],
    );
    if (minor.length) console.log(`axe, minor and moderate findings:\n${minor.join("\n")}`);
  });

  it("the harness: axe fails a page with a serious violation, naming the rule, its impact and the element", async () => {
    const context = await phoneContext(browser);
    try {
      const page = await context.newPage();
      await page.setContent('<html lang="id"><title>x</title><main><h1>x</h1><img src="/logo.png"></main></html>');
      await expect(expectAccessible(page, "a bad page")).rejects.toThrow(/image-alt \(critical\) at img/);
    } finally {
      await context.close();
      axeLog.length = 0;
    }
  });

  it("in Bahasa Indonesia: home, sign in, profile (one mistake, fixed), consent, the graduate's page", async () => {
    const j = await runJourney("id", { lang: "id", person: GRADUATES.id, javaScript: true, screenshots: true });
    expect(j.visited.length).toBeGreaterThanOrEqual(7);
  });

  it("in English, switched with the header's link and remembered through sign-in", async () => {
    const j = await runJourney("en", { lang: "en", person: GRADUATES.en, javaScript: true, screenshots: false });
    expect(j.visited.length).toBeGreaterThanOrEqual(7);
  });

  it("with JavaScript disabled: every form still works (sign in, profile, consent, sign out)", async () => {
    const j = await runJourney("no-js", { lang: "id", person: GRADUATES.nojs, javaScript: false, screenshots: false });
    expect(j.visited.length).toBeGreaterThanOrEqual(7);
  });
});
