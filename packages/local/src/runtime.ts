import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { serve } from "@hono/node-server";
import { type Deps, sweepIntents } from "@jalur/core";
import { createApp, problemBody, queueWorkers, scheduledJobs, streamConsumers, type Verifier } from "@jalur/functions";
import { type QueueName, topology } from "@jalur/infra/topology";
import { createWebApp } from "@jalur/web";
import { Hono } from "hono";
import { type DemoUser, demoUsers } from "./demo.ts";
import type { DevIssuer } from "./dev-issuer.ts";
import { devOidcProvider } from "./dev-oidc.tsx";
import { QueuePoller } from "./poller.ts";
import { StreamPoller, streamFilter } from "./stream-poller.ts";

/** One machine runs all the "Lambdas": a few batches per queue at once is enough to overlap I/O. */
const LOCAL_MAX_CONCURRENCY = 4;

export interface RuntimeOptions {
  readonly deps: Deps;
  readonly verify: Verifier;
  /**
   * The development issuer: with it the runtime also serves the web app (signing in through
   * the issuer's OpenID Connect pages at /dev-issuer), on the same port as the API.
   */
  readonly issuer?: DevIssuer;
  /** Who the issuer's sign-in page offers (default: the demo's people). */
  readonly users?: () => DemoUser[];
  readonly region: string;
  /** HTTP port on 127.0.0.1; 0 picks a free one. */
  readonly port: number;
  readonly waitTimeSeconds?: number;
  /** Fire each schedule once at start, then at its rate. */
  readonly runSchedules?: boolean;
  /**
   * Send again, at start, every intent its consumer has not finished: the queues are the
   * emulator's memory, so after a restart they hold nothing (default on).
   */
  readonly recoverOutbox?: boolean;
  readonly log?: (line: string) => void;
}

export interface Runtime {
  readonly url: string;
  stop(): Promise<void>;
}

const SWAGGER_ASSETS = new Set(["swagger-ui.css", "swagger-ui-bundle.js"]);

/** The Hono app as Lambda runs it, with the Swagger UI assets read from node_modules (offline docs). */
export function localApp(deps: Deps, verify: Verifier) {
  const swaggerDir = dirname(createRequire(import.meta.url).resolve("swagger-ui-dist/package.json"));
  return createApp(deps, {
    verify,
    docsAsset: async (file) => (SWAGGER_ASSETS.has(file) ? readFile(join(swaggerDir, file), "utf8") : undefined),
  });
}

/** Paths the API answers, as API Gateway routes them (`infra/topology.ts`); everything else is a page. */
const API_ROUTES = Object.entries(topology.http.routes)
  .filter(([route, fn]) => route !== "$default" && fn === "api")
  .map(([route]) => (route.endsWith("/{proxy+}") ? { prefix: route.slice(0, -"{proxy+}".length) } : { exact: route }));
const isApiPath = (path: string) => API_ROUTES.some((r) => ("exact" in r ? path === r.exact : path.startsWith(r.prefix)));

/**
 * What the local server serves on one port: the API, and with the development issuer, the web
 * app and the issuer's sign-in pages (in the cloud, API Gateway routes `/v1/*` and the docs to the
 * API function and the rest to the web function).
 */
export function localSite(deps: Deps, options: Pick<RuntimeOptions, "verify" | "issuer" | "users">) {
  const api = localApp(deps, options.verify);
  const { issuer } = options;
  if (!issuer) return api;
  const site = new Hono();
  site.route("/dev-issuer", devOidcProvider(issuer, options.users ?? (() => demoUsers(dateOf(deps)))));
  const web = createWebApp(deps, {
    oidc: {
      authorizeUrl: "/dev-issuer/authorize",
      tokenUrl: "/dev-issuer/token",
      clientId: issuer.audience,
      verifyIdToken: issuer.verifyIdToken,
      // The token endpoint is on this same server: call it in process.
      fetch: (input, init) => Promise.resolve(site.fetch(new Request(input, init))),
    },
  });
  site.all("*", (c) => (isApiPath(c.req.path) ? api.fetch(c.req.raw) : web.fetch(c.req.raw)));
  return site;
}

const dateOf = (deps: Deps) => deps.now().toISOString().slice(0, 10);

/** Serves the API, relays the outbox from the table's stream, polls every queue into its worker and fires the schedules. */
export async function startRuntime(options: RuntimeOptions): Promise<Runtime> {
  const { deps, log = () => {} } = options;
  const endpoint = await deps.ddb.config.endpoint?.();
  const streamPollers = Object.values(topology.streams).map(
    (spec) =>
      new StreamPoller({
        ddb: deps.ddb,
        endpoint: endpoint ? `${endpoint.protocol}//${endpoint.hostname}:${endpoint.port}${endpoint.path}` : "",
        region: options.region,
        table: deps.table,
        handler: streamConsumers[spec.function](deps),
        filter: streamFilter(spec.filter),
        batchSize: spec.batchSize,
        log,
      }),
  );
  await Promise.all(streamPollers.map((p) => p.start()));
  if (options.recoverOutbox ?? true) {
    const { touched } = await sweepIntents(deps, { all: true, limit: 1_000_000 });
    if (touched > 0) log(`outbox: sending again ${touched} message(s) not finished before the restart`);
  }
  const pollers = (Object.entries(topology.queues) as [QueueName, (typeof topology.queues)[QueueName]][]).map(
    ([queue, spec]) =>
      new QueuePoller({
        sqs: deps.sqs,
        queueUrl: deps.queueUrls[queue] ?? "",
        functionName: spec.consumer.function,
        timeoutSeconds: topology.functions[spec.consumer.function].timeoutSeconds,
        batchSize: spec.consumer.batchSize,
        concurrency: Math.min(spec.consumer.maxConcurrency, LOCAL_MAX_CONCURRENCY),
        worker: queueWorkers[spec.consumer.function](deps),
        region: options.region,
        waitTimeSeconds: options.waitTimeSeconds,
        log,
      }),
  );
  await Promise.all(pollers.map((p) => p.start()));

  const timers: NodeJS.Timeout[] = [];
  const running = new Set<Promise<void>>();
  if (options.runSchedules ?? true) {
    for (const [name, spec] of Object.entries(topology.schedules)) {
      const job = scheduledJobs[spec.function](deps);
      const fire = () => {
        const run = job()
          .catch((error: Error) => log(`schedule ${name} failed: ${error.message}`))
          .finally(() => running.delete(run));
        running.add(run);
      };
      fire();
      timers.push(setInterval(fire, spec.everyMinutes * 60_000));
    }
  }

  const app = localSite(deps, options);
  const server = await new Promise<ReturnType<typeof serve>>((resolve, reject) => {
    const s = serve({ fetch: app.fetch, port: options.port, hostname: "127.0.0.1" }, () => resolve(s));
    s.once("error", reject);
  });
  // Requests Node refuses before the app sees them (headers over 16 KB, a malformed request
  // line) still get a problem document, not a bare status line.
  server.on("clientError", (error: NodeJS.ErrnoException, socket) => {
    if (!socket.writable) return socket.destroy();
    const tooLarge = error.code === "HPE_HEADER_OVERFLOW";
    const body = JSON.stringify(
      tooLarge
        ? problemBody(431, "headers_too_large", "The request's headers are larger than 16 KB.")
        : problemBody(400, "malformed_request", "The request could not be read as HTTP."),
    );
    socket.end(
      `HTTP/1.1 ${tooLarge ? "431 Request Header Fields Too Large" : "400 Bad Request"}\r\n` +
        `Content-Type: application/problem+json\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
    );
  });
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : options.port;

  return {
    url: `http://127.0.0.1:${port}`,
    async stop() {
      for (const t of timers) clearInterval(t);
      await Promise.all([...pollers.map((p) => p.stop()), ...streamPollers.map((p) => p.stop()), ...running]);
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
