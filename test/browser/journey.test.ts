import { readFile } from "node:fs/promises";
import type { Deps, Principal } from "@jalur/core";
import * as core from "@jalur/core";
import { addDays, dateInZone, defaultTaxonomy } from "@jalur/domain";
import { aLawfulVacancyInput } from "@jalur/fixtures";
import type { DemoUser } from "@jalur/local/demo";
import { common } from "@jalur/web/i18n/common";
import { credentialTexts } from "@jalur/web/i18n/credentials";
import type { Language } from "@jalur/web/i18n/define";
import { fairTexts } from "@jalur/web/i18n/fairs";
import { matchTexts } from "@jalur/web/i18n/matches";
import { profileTexts } from "@jalur/web/i18n/profile";
import { publicTexts } from "@jalur/web/i18n/public";
import type { Browser, BrowserContext, Locator, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eventually } from "../support/deployment.ts";
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
 * The graduate's whole journey through the pages, in Chromium on a 360×740 phone: once in
 * Bahasa Indonesia, once in English (switched with the header's link) and once with JavaScript
 * off. Sign in, profile (one mistake), consent, add a credential (the skill picker), staff verify
 * it, "Lowongan untuk saya" explains the vacancy it opens, apply, register for a fair with
 * ordered picks, the organiser schedules and publishes, my interview in WIB, its calendar file
 * and the check-in QR, sign out. axe-core runs on every page visited (0 serious or critical
 * WCAG A/AA violations) and no page may be wider than the phone. The Indonesian run takes the
 * README's screenshots.
 *
 * What other people do (staff review the credential, the organiser runs the fair; their pages
 * are the next issue's) is done through core with `site.deps`, as they would through theirs.
 * Each run has its own graduate and its own fair, so the runs cannot disturb one another.
 */

type RunName = "id" | "en" | "no-js";

const GRADUATES = {
  id: { sub: "w-sari", role: "graduate", name: "Sari Wulandari" },
  en: { sub: "w-rina", role: "graduate", name: "Rina Hartono" },
  "no-js": { sub: "w-dewi", role: "graduate", name: "Dewi Anggraini" },
} as const satisfies Record<RunName, DemoUser>;

/** Each run's fair, so that closing one run's registration leaves the others open. */
const FAIR_NAMES: Record<RunName, string> = {
  id: "Bursa Kerja Jepang, Jakarta Barat",
  en: "Bursa Kerja Jepang, Jakarta Pusat",
  "no-js": "Bursa Kerja Jepang, Jakarta Selatan",
};

const today = dateInZone(new Date());
const FAIR_DAY = addDays(today, 4);
/** The fairs' grid: one day, 09:00–11:00 in Jakarta (UTC+7), 15-minute slots. */
const OPENS_MINUTES = 9 * 60;
const SLOT_MINUTES = 15;

/** The training centre the graduates choose on their profile, and staff of that centre. */
const PPKD = "Jakarta Barat";
const STAFF: Principal = { sub: "staff-jakbar", role: "staff", ppkd: PPKD };
/** BP3MI's staff check recruiters' licences. */
const BP3MI: Principal = { sub: "staff-bp3mi", role: "staff" };
const ORGANISER: Principal = { sub: "organiser-journey", role: "organiser" };
const RECRUITER_ID = "org-sakura";
const RECRUITER: Principal = { sub: "org-sakura-user", role: "recruiter", recruiterId: RECRUITER_ID };
const RECRUITER_NAME = "PT Sakura Karya Mandiri";
const LICENCE = "SIP3MI/2026/0815";

/** The vacancy the credential opens (JLPT N4 required), and a second one at the same booth (no requirements). */
const NURSE_TITLE = "Perawat lansia (kaigo), Osaka";
const WELDER_TITLE = "Pengelas kapal, Nagasaki";

/** The skill the graduate picks, as the picker names it ("Bahasa Jepang (JLPT)"). */
const JLPT = (() => {
  const skill = defaultTaxonomy.skill("lang.ja.jlpt");
  if (!skill) throw new Error("the taxonomy has no lang.ja.jlpt");
  return skill.label;
})();
/** Each run's JLPT certificate. */
const CERTIFICATE_NUMBERS: Record<RunName, string> = { id: "N4-2026-071234", en: "N4-2026-071235", "no-js": "N4-2026-071236" };
/** The vacancy's requirement and how the explanation says it is met (the domain's words). */
const NEEDED: Record<Language, string> = { id: "JLPT N4 atau lebih tinggi", en: "JLPT N4 or higher" };
const MET_BY: Record<Language, string> = { id: "Terpenuhi oleh JLPT N4", en: "Met by JLPT N4" };
const JAPAN: Record<Language, string> = { id: "Jepang", en: "Japan" };

/** Texts the home page shows (its dictionary is private to the page). */
const HOME_TITLE: Record<Language, string> = {
  id: "Kerja aman di luar negeri",
  en: "Safe work abroad",
};

/** Core's message for the impossible birth date, as each language's run saw it. */
const birthDateMessages: Partial<Record<Language, string>> = {};

let site: Awaited<ReturnType<typeof startSite>>;
let browser: Browser;

/** What the runs find arranged: a licensed recruiter's two published vacancies, and an open fair per run with its booth. */
interface World {
  readonly nurseId: string;
  readonly welderId: string;
  readonly fairs: Record<RunName, string>;
}
let world: World;

/** The recruiter (licensed by BP3MI), its vacancies, and one open fair per run where its booth interviews for both. */
async function arrangeWorld(deps: Deps): Promise<World> {
  await core.createRecruiter(
    deps,
    BP3MI,
    {
      name: RECRUITER_NAME,
      kind: "p3mi",
      licence: { number: LICENCE, validFrom: addDays(today, -60), validUntil: addDays(today, 700) },
    },
    RECRUITER_ID,
  );
  await core.reviewLicence(deps, BP3MI, RECRUITER_ID, true);
  const publish = async (input: Record<string, unknown>) => {
    const draft = await core.createVacancy(deps, RECRUITER, core.VacancyInput.parse(aLawfulVacancyInput(today, input)));
    await core.publishVacancy(deps, RECRUITER, draft.vacancyId);
    return draft.vacancyId;
  };
  const nurseId = await publish({
    title: NURSE_TITLE,
    sector: "nursing-care",
    jobOrderRef: "JO/JP/2026/31",
    requirements: [{ id: "jlpt", skill: "lang.ja.jlpt", importance: "required", minLevel: "N4" }],
  });
  const welderId = await publish({ title: WELDER_TITLE, jobOrderRef: "JO/JP/2026/32" });
  const fairs = {} as Record<RunName, string>;
  for (const run of Object.keys(FAIR_NAMES) as RunName[]) {
    const fair = await core.createFair(
      deps,
      ORGANISER,
      core.FairInput.parse({
        name: FAIR_NAMES[run],
        venue: "PPKD Jakarta Barat, Kembangan",
        calendar: {
          timeZone: "Asia/Jakarta",
          firstDay: FAIR_DAY,
          lastDay: FAIR_DAY,
          opens: "09:00",
          closes: "11:00",
          slotMinutes: SLOT_MINUTES,
        },
        minGapMinutes: 10,
        registrationOpens: new Date(Date.now() - 3_600_000).toISOString(),
        registrationCloses: new Date(Date.now() + 3_600_000).toISOString(),
      }),
    );
    await core.admitBooth(deps, ORGANISER, fair.fairId, {
      recruiterId: RECRUITER_ID,
      tables: 1,
      vacancyIds: [nurseId, welderId],
      unavailable: [],
    });
    await core.moveFair(deps, ORGANISER, fair.fairId, "open");
    fairs[run] = fair.fairId;
  }
  return { nurseId, welderId, fairs };
}

/** One run of the journey: who, in which language, in which browser context, and what they did so far. */
interface Journey {
  readonly name: RunName;
  readonly lang: Language;
  readonly person: DemoUser;
  readonly javaScript: boolean;
  readonly screenshots: boolean;
  readonly context: BrowserContext;
  readonly page: Page;
  /** This run's fair. */
  readonly fairId: string;
  /** Console errors and uncaught exceptions (a CSP refusal shows up here). */
  readonly problems: string[];
  /** Pages visited, checked with axe. */
  readonly visited: string[];
  /** What earlier steps left for later ones. */
  readonly state: { interview?: core.MyInterview };
}

const url = (path: string) => new URL(path, site.runtime.url).toString();
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const graduate = (j: Journey): Principal => ({ sub: j.person.sub, role: "graduate" });
const main = (page: Page) => page.getByRole("main");
const heading = async (page: Page) => (await page.getByRole("heading", { level: 1 }).textContent())?.trim();

/**
 * axe, the phone's width, and a screenshot (on the run that takes them) of the part of the page
 * it is about: `show` scrolled to the top of the screen (or its bottom, with `align: "end"`).
 */
async function checkPage(
  j: Journey,
  label: string,
  shot?: string,
  show?: Locator,
  align: "start" | "end" = "start",
): Promise<void> {
  await j.page.waitForLoadState("load");
  j.visited.push(`${label} (${new URL(j.page.url()).pathname})`);
  await expectAccessible(j.page, `${j.name}: ${label}`);
  await expectFitsPhone(j.page, `${j.name}: ${label}`);
  if (shot && j.screenshots) {
    if (show) await show.evaluate((e, block) => e.scrollIntoView({ block }), align);
    await screenshot(j.page, shot);
  }
}

/** The interview the organiser's published schedule gave the run's graduate. */
function scheduled(j: Journey): core.MyInterview {
  const { interview } = j.state;
  if (!interview) throw new Error(`${j.name}: no interview was scheduled`);
  return interview;
}

/** Whether GET answers 200 for this journey's person (same cookies as the page). */
async function pageExists(j: Journey, path: string): Promise<boolean> {
  const res = await j.context.request.get(url(path), { maxRedirects: 0 });
  return res.status() === 200;
}

/** Follows a link of the main menu. */
async function followMenu(j: Journey, label: string, to: RegExp): Promise<void> {
  await j.page
    .getByRole("navigation", { name: common[j.lang].nav.label })
    .getByRole("link", { name: label, exact: true })
    .click();
  await j.page.waitForURL(to);
}

/** The value a card's description list gives for a term (`<dt>term</dt><dd>value</dd>`). */
async function described(card: Locator, term: string): Promise<string | undefined> {
  const value = await card
    .locator("dl > div")
    .filter({ has: card.page().locator("dt").getByText(term, { exact: true }) })
    .locator("dd")
    .textContent();
  return value?.trim();
}

/** "09.15" (id) or "09:15" (en): the wall clock `minutesAfterOpening` after the fair opens, `plusHours` ahead of Jakarta. */
function wallClock(minutesAfterOpening: number, lang: Language, plusHours = 0): string {
  const minutes = OPENS_MINUTES + minutesAfterOpening + plusHours * 60;
  const hh = String(Math.floor(minutes / 60)).padStart(2, "0");
  const mm = String(minutes % 60).padStart(2, "0");
  return `${hh}${lang === "id" ? "." : ":"}${mm}`;
}

// ---------------------------------------------------------------------------------------------
// Signing in, the profile, consent

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
  await page.getByLabel(t.ppkd).selectOption(PPKD);
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
  expect(await page.getByLabel(t.ppkd).inputValue()).toBe(PPKD);
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
// The credential, the match it opens, applying

/** Adds JLPT N4 with an evidence reference, picking the skill with the taxonomy search; it waits for review. */
async function addCredential(j: Journey): Promise<void> {
  const { page, lang } = j;
  const t = credentialTexts[lang];
  await followMenu(j, common[lang].nav.credentials, /\/saya\/kredensial$/);
  expect(await heading(page)).toBe(t.list.title);
  expect(await main(page).textContent()).toContain(t.list.empty);
  await checkPage(j, "my certificates (none yet)");

  await main(page).getByRole("link", { name: t.list.add, exact: true }).click();
  await page.waitForURL(/\/saya\/kredensial\/tambah$/);
  expect(await heading(page)).toBe(t.add.title);
  await checkPage(j, "add a certificate: the skill search");

  // The search: htmx fills the results in place as one types; without JavaScript, the search button.
  const results = page.locator("#hasil-keahlian");
  const skill = results.getByRole("link", { name: JLPT[lang], exact: true });
  await page.getByLabel(t.add.searchLabel, { exact: true }).fill("JLPT");
  if (j.javaScript) {
    await skill.waitFor();
    expect(new URL(page.url()).search, "htmx searched without leaving the page").toBe("");
  } else {
    await page.getByRole("button", { name: t.add.searchButton, exact: true }).click();
    await page.waitForURL(/\/saya\/kredensial\/tambah\?q=JLPT$/);
    expect(await page.getByLabel(t.add.searchLabel, { exact: true }).inputValue()).toBe("JLPT");
  }
  expect(await results.textContent()).toContain(t.add.choose);
  await checkPage(j, "add a certificate: skills found");

  await skill.click();
  await page.waitForURL(/\/saya\/kredensial\/tambah\?skill=lang\.ja\.jlpt&q=JLPT$/);
  expect(await main(page).locator("dl.summary").textContent()).toContain("lang.ja.jlpt");
  await checkPage(j, "add a certificate: the form for JLPT");
  const number = CERTIFICATE_NUMBERS[j.name];
  await page.getByLabel(t.add.level, { exact: true }).selectOption("N4");
  await page.getByLabel(t.add.issuer, { exact: true }).fill("The Japan Foundation");
  await page.getByLabel(t.add.number, { exact: true }).fill(number);
  await page.getByLabel(t.add.issuedOn, { exact: true }).fill(addDays(today, -60));
  await page.getByLabel(t.add.evidenceRef, { exact: true }).fill(`https://www.jlpt.jp/e/certificate/verify/${number}`);
  if (j.screenshots) {
    await main(page)
      .locator("dl.summary")
      .evaluate((e) => e.scrollIntoView({ block: "start" }));
    await screenshot(page, "credential-add");
  }
  await page.getByRole("button", { name: t.add.submit, exact: true }).click();

  await page.waitForURL(/\/saya\/kredensial\?ditambah=1$/);
  expect(await page.getByRole("status").textContent()).toBe(t.list.added(PPKD));
  const card = main(page).locator("li.credential");
  expect(await card.count()).toBe(1);
  expect(await card.getByRole("heading", { level: 2 }).textContent()).toBe(JLPT[lang]);
  expect(await card.locator(".credential__state").textContent()).toBe(t.state.pending);
  expect(await described(card, t.item.level)).toBe("JLPT N4");
  expect(await described(card, t.item.number)).toBe(number);
  await checkPage(j, "my certificates: waiting for review");
}

/** Staff of the graduate's PPKD verify the credential through core (the staff pages are the next issue's); the list says so. */
async function staffVerifiesCredential(j: Journey): Promise<void> {
  const { page, lang } = j;
  const t = credentialTexts[lang];
  const profile = await core.myProfile(site.deps, graduate(j));
  expect(profile.ppkd).toBe(PPKD);
  expect(profile.credentials).toMatchObject([
    { skill: "lang.ja.jlpt", level: "N4", issuer: "The Japan Foundation", verification: "pending" },
  ]);
  for (const waiting of profile.credentials)
    await core.reviewCredential(site.deps, STAFF, j.person.sub, waiting.id, { verification: "verified" });

  // Back to the list later, from the menu (the address with ?ditambah=1 would say "sent" again).
  await followMenu(j, common[lang].nav.credentials, /\/saya\/kredensial$/);
  expect(await page.getByRole("status").count()).toBe(0);
  const card = main(page).locator("li.credential");
  expect(await card.locator(".credential__state").textContent()).toBe(t.state.verified);
  expect(await described(card, t.item.reviewedAt)).toMatch(/WIB$/);
  await checkPage(j, "my certificates: verified", "credentials");
}

/**
 * "Lowongan untuk saya": the vacancy the verified N4 opens, eligible, with its requirement
 * explained. The match worker computes it after the review: reload until it shows (bounded).
 */
async function seeMatchWithExplanation(j: Journey): Promise<void> {
  const { page, lang } = j;
  const t = matchTexts[lang];
  await followMenu(j, common[lang].nav.mine, /\/saya\/lowongan$/);
  expect(await heading(page)).toBe(t.title);
  const card = main(page)
    .locator("li.card")
    .filter({ has: page.getByRole("heading", { level: 2, name: NURSE_TITLE, exact: true }) });
  const line = card.locator("ul.lines > li.met").filter({ hasText: NEEDED[lang] });
  for (let reloads = 0; (await line.count()) === 0; reloads++) {
    expect(reloads, "the match worker has not matched the verified JLPT N4 with the vacancy after 80 reloads").toBeLessThan(80);
    await new Promise((resolve) => setTimeout(resolve, 250));
    await page.reload();
  }
  expect(await card.locator(".tag").first().textContent()).toBe(t.eligible);
  const explained = await line.textContent();
  expect(explained).toContain(`${NEEDED[lang]} (${t.required}, ${t.outcome.met})`);
  expect(explained).toContain(MET_BY[lang]);
  expect(await card.locator(".meta").first().textContent()).toContain(JAPAN[lang]);
  await checkPage(j, "vacancies for me", "matches", card);
}

/** Opens the matched vacancy, applies with its button, and lands on "my applications" showing it. */
async function apply(j: Journey): Promise<void> {
  const { page, lang } = j;
  const t = publicTexts[lang];
  const card = main(page)
    .locator("li.card")
    .filter({ has: page.getByRole("heading", { level: 2, name: NURSE_TITLE, exact: true }) });
  await card.getByRole("link", { name: NURSE_TITLE, exact: true }).click();
  await page.waitForURL(new RegExp(`/lowongan/${escapeRegExp(world.nurseId)}$`));
  expect(await heading(page)).toBe(NURSE_TITLE);
  const text = await main(page).textContent();
  for (const expected of [RECRUITER_NAME, LICENCE, t.standing.licensed]) expect(text).toContain(expected);
  await checkPage(j, "the vacancy", "vacancy");

  await page.getByRole("button", { name: t.apply.button, exact: true }).click();
  await page.waitForURL(/\/saya\/lamaran$/);
  const m = matchTexts[lang];
  expect(await heading(page)).toBe(m.applications.title);
  const application = main(page)
    .locator("li.card")
    .filter({ has: page.getByRole("heading", { level: 2, name: NURSE_TITLE, exact: true }) });
  expect(await application.count()).toBe(1);
  expect(await application.locator(".tag").textContent()).toBe(m.states.applied);
  const mine = await core.myApplications(site.deps, graduate(j), { limit: 10 });
  expect(mine.items.map((a) => [a.vacancyId, a.state])).toEqual([[world.nurseId, "applied"]]);
  await checkPage(j, "my applications", "applications");
}

// ---------------------------------------------------------------------------------------------
// The fair

/** Registers for the run's fair from the fair list, with the matched vacancy as first pick and the other second. */
async function registerForFair(j: Journey): Promise<void> {
  const { page, lang } = j;
  const t = fairTexts[lang];
  await followMenu(j, common[lang].nav.fairs, /\/bursa$/);
  expect(await heading(page)).toBe(t.title);
  await checkPage(j, "job fairs");

  await main(page).getByRole("link", { name: FAIR_NAMES[j.name], exact: true }).click();
  await page.waitForURL(new RegExp(`/bursa/${escapeRegExp(j.fairId)}$`));
  expect(await heading(page)).toBe(FAIR_NAMES[j.name]);
  expect(await main(page).textContent()).toContain(t.register.title);
  await checkPage(j, "a fair: register");

  const first = page.getByLabel(`${t.register.choice(1)} (${t.register.first})`, { exact: true });
  const second = page.getByLabel(t.register.choice(2), { exact: true });
  await first.selectOption(world.nurseId);
  await second.selectOption(world.welderId);
  await page.getByRole("button", { name: t.register.submit, exact: true }).click();

  await page.waitForURL(new RegExp(`/bursa/${escapeRegExp(j.fairId)}\\?ok=daftar$`));
  expect(await page.getByRole("status").textContent()).toBe(t.register.saved);
  expect(await main(page).getByRole("heading", { level: 2, name: t.register.change, exact: true }).count()).toBe(1);
  expect(await first.inputValue()).toBe(world.nurseId);
  expect(await second.inputValue()).toBe(world.welderId);
  const registration = await core.myRegistration(site.deps, graduate(j), j.fairId);
  expect(registration.picks).toEqual([world.nurseId, world.welderId]);
  expect(registration.requests.map((r) => [r.recruiterId, r.preference])).toEqual([[RECRUITER_ID, 1]]);
  await checkPage(j, "a fair: registered, with ordered picks", "fair", page.locator("#daftar"));
}

/** The organiser closes registration, schedules and publishes through core (the organiser's pages are the next issue's). */
async function organiserPublishesSchedule(j: Journey): Promise<void> {
  const deps = site.deps;
  await core.moveFair(deps, ORGANISER, j.fairId, "close");
  const job = await core.requestSchedule(deps, ORGANISER, j.fairId);
  // Run here, or by the site's schedule worker if it takes the job first (then this run skips it).
  await core.runScheduleJob(deps, job.jobId);
  await eventually(async () => {
    const read = await core.readScheduleJob(deps, ORGANISER, j.fairId, job.jobId);
    return read.state === "done" ? read : undefined;
  }, 20_000);
  await core.publishSchedule(deps, ORGANISER, j.fairId, job.jobId);
  const [interview, ...more] = await core.myInterviews(deps, graduate(j), j.fairId);
  expect(more).toEqual([]);
  expect(interview).toMatchObject({ recruiterId: RECRUITER_ID, state: "booked" });
  j.state.interview = interview;
}

/** "My interviews", from the fair's page: the interview's day and times in WIB, and Japan's clock beside them. */
async function seeInterviewInWib(j: Journey): Promise<void> {
  const { page, lang } = j;
  const t = fairTexts[lang];
  const interview = scheduled(j);
  await page.reload();
  expect(await main(page).getByText(t.phase.published, { exact: true }).count()).toBe(1);
  await main(page).getByRole("link", { name: t.myInterviews, exact: true }).click();
  await page.waitForURL(new RegExp(`/bursa/${escapeRegExp(j.fairId)}/wawancara$`));
  expect(await heading(page)).toBe(t.interviews.title);

  // The slot's start, from the fair's grid (09:00 WIB = 02:00 UTC), as a Jakarta wall clock.
  const from = interview.slot * SLOT_MINUTES;
  expect(interview.startsAt).toBe(new Date(Date.parse(`${FAIR_DAY}T02:00:00Z`) + from * 60_000).toISOString());
  const card = main(page)
    .locator("li.card")
    .filter({ has: page.getByRole("heading", { level: 3, name: RECRUITER_NAME, exact: true }) });
  expect(await card.count()).toBe(1);
  expect(await card.locator(".tag").first().textContent()).toBe(t.interviews.state.booked);
  const day = new Intl.DateTimeFormat(lang === "id" ? "id-ID" : "en-GB", {
    weekday: "long",
    day: "numeric",
    month: "long",
    year: "numeric",
    timeZone: "UTC",
  }).format(new Date(`${FAIR_DAY}T00:00:00Z`));
  expect(await described(card, t.interviews.day)).toBe(day);
  expect(await described(card, t.interviews.starts)).toBe(`${wallClock(from, lang)} WIB`);
  expect(await described(card, t.interviews.ends)).toBe(`${wallClock(from + SLOT_MINUTES, lang)} WIB`);
  // Japan is two hours ahead of Jakarta.
  expect(await described(card, t.interviews.employerTime(JAPAN[lang]))).toBe(
    `${wallClock(from, lang, 2)}–${wallClock(from + SLOT_MINUTES, lang, 2)}`,
  );
  expect(await described(card, t.interviews.table)).toBe(t.interviews.tableNo(interview.table));
  await checkPage(j, "my interviews", "interviews", main(page).locator("figure.qr"), "end");
}

/** Downloads the calendar file with the page's link: one event, starting at the slot's time in Asia/Jakarta. */
async function downloadCalendar(j: Journey): Promise<void> {
  const { page, lang } = j;
  const interview = scheduled(j);
  const link = main(page).getByRole("link", { name: fairTexts[lang].interviews.calendar, exact: true });
  const [download] = await Promise.all([page.waitForEvent("download"), link.click()]);
  expect(download.suggestedFilename()).toMatch(/\.ics$/);
  const ics = await readFile(await download.path(), "utf8");
  expect(ics).toMatch(/^BEGIN:VCALENDAR\r?\n/);
  expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(1);
  const start = wallClock(interview.slot * SLOT_MINUTES, "en").replace(":", "");
  expect(ics).toContain(`DTSTART;TZID=Asia/Jakarta:${FAIR_DAY.replace(/-/g, "")}T${start}00`);
  // What the server says it is (the same cookies as the page).
  const res = await j.context.request.get(url((await link.getAttribute("href")) ?? ""));
  expect(res.status()).toBe(200);
  expect(res.headers()["content-type"]).toMatch(/^text\/calendar/);
  expect(await res.text()).toBe(ics);
}

/** The check-in QR code beside the interview: its image loads, and the code is printed for typing. */
async function showCheckInQr(j: Journey): Promise<void> {
  const { page, lang } = j;
  const t = fairTexts[lang].interviews;
  const interview = scheduled(j);
  const figure = main(page).locator("figure.qr");
  const image = figure.getByRole("img", { name: t.qrAlt(RECRUITER_NAME), exact: true });
  expect(
    await image.evaluate((img) => {
      const loaded = img as unknown as { complete: boolean; naturalWidth: number };
      return loaded.complete && loaded.naturalWidth > 0;
    }),
    "the QR image loaded",
  ).toBe(true);
  expect(await figure.locator("figcaption").textContent()).toContain(t.qrHint);
  expect(await figure.locator("code").textContent()).toBe(interview.checkInCode);
  const res = await j.context.request.get(url((await image.getAttribute("src")) ?? ""));
  expect(res.status()).toBe(200);
  expect(res.headers()["content-type"]).toBe("image/svg+xml");
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

/** The graduate's journey, in order. */
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

/**
 * The pages each run checks: home, sign-in, profile (twice), consent (twice), dashboard, my
 * certificates (three times), adding one (three steps), vacancies for me, the vacancy, my
 * applications, job fairs, the fair (twice), my interviews.
 */
const PAGES_CHECKED = 20;

async function runJourney(
  name: RunName,
  options: { lang: Language; javaScript: boolean; screenshots: boolean },
): Promise<Journey> {
  const context = await phoneContext(browser, { javaScriptEnabled: options.javaScript });
  const page = await context.newPage();
  page.setDefaultTimeout(8000);
  const j: Journey = {
    name,
    ...options,
    person: GRADUATES[name],
    context,
    page,
    fairId: world.fairs[name],
    problems: [],
    visited: [],
    state: {},
  };
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
    world = await arrangeWorld(site.deps);
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

  it("in Bahasa Indonesia: from signing in to the interview's calendar file and check-in QR", async () => {
    const j = await runJourney("id", { lang: "id", javaScript: true, screenshots: true });
    expect(j.visited).toHaveLength(PAGES_CHECKED);
  }, 60_000);

  it("in English (switched with the header's link, remembered through sign-in): the same journey", async () => {
    const j = await runJourney("en", { lang: "en", javaScript: true, screenshots: false });
    expect(j.visited).toHaveLength(PAGES_CHECKED);
  }, 60_000);

  it("with JavaScript disabled: every form still works (profile, consent, skill search, certificate, apply, fair picks, sign out)", async () => {
    const j = await runJourney("no-js", { lang: "id", javaScript: false, screenshots: false });
    expect(j.visited).toHaveLength(PAGES_CHECKED);
  }, 60_000);
});
