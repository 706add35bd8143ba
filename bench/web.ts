import { serve } from "@hono/node-server";
import { myMatches, type Principal } from "@jalur/core";
import { dateInZone } from "@jalur/domain";
import { deploymentOn, ephemeralIssuer, startRuntime, startServices } from "@jalur/local";
import { demoUsers, seedDemo } from "@jalur/local/demo";
import { localSite } from "@jalur/local/runtime";
import { Hono } from "hono";
import { compress } from "hono/compress";
import type { BrowserContext } from "playwright-core";
import { launchChromium, phoneContext, signInAs } from "../test/browser/browser.ts";

/** The goal of issue 12, per graduate page on a first visit. */
const GOAL = { kilobytes: 60, lcpMs: 3000 };
/** A slow mobile connection: 400 kbit/s each way (CDP takes bytes per second) and 400 ms latency. */
const NETWORK = { offline: false, latency: 400, downloadThroughput: 400_000 / 8, uploadThroughput: 400_000 / 8 };

interface PageSpec {
  readonly name: string;
  readonly path: string;
  /** Measured without a session (the sign-in page: /masuk and the issuer's page it redirects to). */
  readonly anonymous?: boolean;
  /** Measured only when it answers 200 (pages still being written). */
  readonly optional?: boolean;
}

const PAGES: readonly PageSpec[] = [
  { name: "home", path: "/" },
  { name: "sign-in", path: "/masuk?kembali=/saya", anonymous: true },
  { name: "profile", path: "/saya/profil" },
  { name: "consent", path: "/saya/persetujuan" },
  { name: "dashboard", path: "/saya" },
  { name: "matches", path: "/saya/lowongan", optional: true },
  { name: "credentials", path: "/saya/kredensial", optional: true },
  { name: "vacancies", path: "/lowongan", optional: true },
  { name: "fairs", path: "/bursa", optional: true },
  { name: "official check", path: "/cek", optional: true },
];

interface Load {
  readonly status: number;
  readonly requests: number;
  /** Bytes on the wire, headers included: the sum of CDP's Network.loadingFinished encodedDataLength. */
  readonly bytes: number;
  /** Whether every text response came with a Content-Encoding. */
  readonly compressed: boolean;
  readonly lcpMs: number | undefined;
  readonly lcpElement: string | undefined;
  /** Each response: its path and bytes on the wire. */
  readonly resources: { path: string; bytes: number }[];
}

/** Read after load, by page.evaluate (not a script of the page): the last largest-contentful-paint entry. */
const READ_LCP = `new Promise((resolve) => {
  let last;
  new PerformanceObserver((list) => { for (const e of list.getEntries()) last = e; })
    .observe({ type: "largest-contentful-paint", buffered: true });
  setTimeout(() => resolve(last ? {
    ms: last.startTime,
    element: last.element ? last.element.tagName.toLowerCase() + (last.element.id ? "#" + last.element.id : "") : last.url,
  } : null), 250);
})`;

/** One first visit in a new tab: cache off, the network throttled, every response's bytes summed. */
async function firstLoad(context: BrowserContext, url: string): Promise<Load> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  const texts = new Map<string, boolean>();
  const paths = new Map<string, string>();
  const resources: { path: string; bytes: number }[] = [];
  let bytes = 0;
  let requests = 0;
  cdp.on("Network.requestWillBeSent", (e) => paths.set(e.requestId, new URL(e.request.url).pathname));
  cdp.on("Network.responseReceived", (e) => {
    const headers = Object.fromEntries(Object.entries(e.response.headers).map(([k, v]) => [k.toLowerCase(), String(v)]));
    if (/text|javascript|json|svg|xml/.test(headers["content-type"] ?? ""))
      texts.set(e.requestId, Boolean(headers["content-encoding"]));
  });
  cdp.on("Network.loadingFinished", (e) => {
    bytes += e.encodedDataLength;
    requests += 1;
    resources.push({ path: paths.get(e.requestId) ?? "?", bytes: e.encodedDataLength });
  });
  await cdp.send("Network.enable");
  await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
  await cdp.send("Network.emulateNetworkConditions", NETWORK);
  try {
    const response = await page.goto(url, { waitUntil: "load", timeout: 60_000 });
    await page.waitForLoadState("networkidle");
    const lcp = (await page.evaluate(READ_LCP)) as { ms: number; element: string } | null;
    return {
      status: response?.status() ?? 0,
      requests,
      bytes,
      compressed: texts.size > 0 && [...texts.values()].every(Boolean),
      lcpMs: lcp?.ms,
      lcpElement: lcp?.element,
      resources,
    };
  } finally {
    await cdp.detach().catch(() => {});
    await page.close();
  }
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const secs = (ms: number | undefined) => (ms === undefined ? "n/a" : `${(ms / 1000).toFixed(2)} s`);
const verdict = (load: Load) =>
  load.bytes <= GOAL.kilobytes * 1024 && load.lcpMs !== undefined && load.lcpMs <= GOAL.lcpMs ? "ok" : "OVER";

/**
 * Per graduate page: bytes transferred on a first visit (all resources, as they cross the wire)
 * and the largest contentful paint, in Chromium on a 360×740 phone over a throttled connection,
 * next to the goal (≤ 60 KB, ≤ 3 s). The site is the local one (`npm start`: API, pages and the
 * development issuer on real DynamoDB Local and the SQS emulator) with the demo seeded, signed
 * in as a demo graduate. Each page is measured twice: as the local server sends it, and through
 * the same site behind hono/compress (what compressing in the server would give).
 */
export async function benchWeb(): Promise<void> {
  const services = await startServices();
  const browser = await launchChromium();
  const servers: { close(cb: () => void): void }[] = [];
  let runtime: Awaited<ReturnType<typeof startRuntime>> | undefined;
  try {
    const { deps } = await deploymentOn(
      { dynamodbEndpoint: services.dynamodb.endpoint, sqsEndpoint: services.sqs.endpoint },
      "benchweb",
    );
    const issuer = await ephemeralIssuer();
    const users = demoUsers(dateInZone(deps.now()));
    const graduate = users.find((u) => u.role === "graduate")!;
    runtime = await startRuntime({
      deps,
      verify: issuer.verify,
      issuer,
      users: () => users,
      region: "ap-southeast-3",
      port: 0,
      waitTimeSeconds: 1,
      runSchedules: false,
    });
    const started = performance.now();
    const seeded = await seedDemo(deps, { graduates: 3, vacancies: 12 });
    // The workers compute the demo graduate's matches: wait for them (their page shows them).
    const principal: Principal = { sub: graduate.sub, role: "graduate" };
    for (let i = 0; i < 100 && (await myMatches(deps, principal, { limit: 1 })).items.length === 0; i++)
      await new Promise((r) => setTimeout(r, 100));
    console.log(
      `seeded the demo (${seeded.graduates} graduates, ${seeded.vacancies} vacancies, a fair) in ${((performance.now() - started) / 1000).toFixed(1)} s; signed in as ${graduate.name} (${graduate.sub})`,
    );

    // The same site behind hono/compress, on its own port (its own issuer pages and sessions).
    const gzipped = new Hono();
    const site = localSite(deps, { verify: issuer.verify, issuer, users: () => users });
    gzipped.use(compress());
    gzipped.all("*", (c) => site.fetch(c.req.raw));
    const gzipUrl = await new Promise<string>((resolve) => {
      const server = serve({ fetch: gzipped.fetch, port: 0, hostname: "127.0.0.1" }, (info) =>
        resolve(`http://127.0.0.1:${info.port}`),
      );
      servers.push(server);
    });

    const variants = [
      { label: "as served", base: runtime.url },
      { label: "with gzip", base: gzipUrl },
    ];
    const contexts = new Map<string, { anonymous: BrowserContext; graduate: BrowserContext }>();
    for (const v of variants) {
      const anonymous = await phoneContext(browser);
      const signedIn = await phoneContext(browser);
      const page = await signedIn.newPage();
      await signInAs(page, v.base, graduate.name);
      await page.close();
      contexts.set(v.label, { anonymous, graduate: signedIn });
    }

    console.log(
      `web figures: Chromium ${browser.version()}, 360×740 phone, network ${NETWORK.downloadThroughput * 8} bit/s each way and ${NETWORK.latency} ms latency, cache disabled (a first visit); goal ≤ ${GOAL.kilobytes} KB and LCP ≤ ${GOAL.lcpMs / 1000} s`,
    );
    console.log(
      `${"page".padEnd(16)}${"path".padEnd(22)}${"as served: bytes".padStart(17)}${"req".padStart(5)}${"LCP".padStart(9)}  ${"with gzip: bytes".padStart(17)}${"LCP".padStart(9)}  goal (served / gzip)`,
    );
    let servedCompressed = false;
    let breakdown = "";
    for (const spec of PAGES) {
      const loads: Load[] = [];
      let missing: number | undefined;
      for (const v of variants) {
        const ctx = contexts.get(v.label)!;
        const context = spec.anonymous ? ctx.anonymous : ctx.graduate;
        if (spec.optional) {
          const probe = await context.request.get(new URL(spec.path, v.base).toString(), { maxRedirects: 0 });
          if (probe.status() !== 200) {
            missing = probe.status();
            break;
          }
        }
        loads.push(await firstLoad(context, new URL(spec.path, v.base).toString()));
      }
      if (missing !== undefined) {
        console.log(`${spec.name.padEnd(16)}${spec.path.padEnd(22)}  not yet (GET answers ${missing})`);
        continue;
      }
      const [served, gzip] = loads as [Load, Load];
      servedCompressed ||= served.compressed;
      if (spec.name === "home")
        breakdown = `home's resources, as served / with gzip: ${served.resources
          .map((r) => `${r.path} ${kb(r.bytes)} / ${kb(gzip.resources.find((g) => g.path === r.path)?.bytes ?? 0)}`)
          .join(", ")}`;
      console.log(
        `${spec.name.padEnd(16)}${spec.path.padEnd(22)}${kb(served.bytes).padStart(17)}${String(served.requests).padStart(5)}${secs(served.lcpMs).padStart(9)}  ${kb(gzip.bytes).padStart(17)}${secs(gzip.lcpMs).padStart(9)}  ${verdict(served)} / ${verdict(gzip)}` +
          `${served.status !== 200 ? `  (status ${served.status})` : ""}${served.lcpElement ? `  LCP: ${served.lcpElement}` : ""}`,
      );
    }
    console.log(breakdown);
    console.log(
      servedCompressed
        ? "the local server compresses its answers: the two columns should agree"
        : "the local server (@hono/node-server, no compression) sends every answer uncompressed: 'as served' is what leaves it today, 'with gzip' the same site behind hono/compress (compression belongs in the server, or in API Gateway/CloudFront in the cloud)",
    );
    console.log(
      "loopback HTTP/1.1: no DNS lookup, TCP or TLS handshakes over the slow link; a real first visit adds about 2–3 round trips (≈ 1 s at 400 ms) before the first byte",
    );
  } finally {
    await browser.close();
    for (const s of servers) await new Promise<void>((resolve) => s.close(() => resolve()));
    await runtime?.stop();
    await services.stop();
  }
}
