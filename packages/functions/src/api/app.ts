import type { Deps } from "@jalur/core";
import { bodyLimit } from "hono/body-limit";
import { requestId } from "hono/request-id";
import type { Verifier } from "./auth.ts";
import { identify } from "./context.ts";
import { docsPage } from "./docs.ts";
import { onError, problemResponse } from "./problem.ts";
import { router } from "./router.ts";
import { applicationRoutes } from "./routes/applications.ts";
import { allFairRoutes } from "./routes/fairs/index.ts";
import { graduateRoutes } from "./routes/graduates.ts";
import { healthRoutes } from "./routes/health.ts";
import { operationRoutes } from "./routes/operations.ts";
import { recruiterRoutes } from "./routes/recruiters.ts";
import { skillRoutes } from "./routes/skills.ts";
import { staffRoutes } from "./routes/staff.ts";
import { vacancyRoutes } from "./routes/vacancies.ts";

export interface AppOptions {
  /** Verifies bearer tokens (the issuer's JWKS in the cloud, the dev issuer locally). */
  readonly verify: Verifier;
  /**
   * Reads a Swagger UI asset (`swagger-ui.css`, `swagger-ui-bundle.js`) so /docs works offline.
   * The local runtime reads them from node_modules; without it the assets 404.
   */
  readonly docsAsset?: (file: string) => Promise<string | undefined>;
}

const DOCS_ASSETS = "/docs/assets";

/** The whole HTTP API. The Lambda handler and the local server wrap this same app. */
export function createApp(deps: Deps, options: AppOptions) {
  const app = router();
  app.use(requestId());
  app.use(
    bodyLimit({
      maxSize: 256 * 1024,
      onError: (c) => problemResponse(c, 413, "payload_too_large", "The body is larger than 256 KiB."),
    }),
  );
  app.onError(onError);
  app.notFound((c) => problemResponse(c, 404, "route_not_found", `No route for ${c.req.method} ${c.req.path}`));

  // Who is calling; what they may do is decided by the use cases in core.
  app.use("/v1/*", identify(options.verify));

  const ctx = { deps, verify: options.verify };
  app.openAPIRegistry.registerComponent("securitySchemes", "bearer", { type: "http", scheme: "bearer", bearerFormat: "JWT" });
  const routes = app
    .route("/", healthRoutes(deps))
    .route("/", operationRoutes(ctx))
    .route("/", graduateRoutes(ctx))
    .route("/", recruiterRoutes(ctx))
    .route("/", vacancyRoutes(ctx))
    .route("/", applicationRoutes(ctx))
    .route("/", staffRoutes(ctx))
    .route("/", allFairRoutes(ctx))
    .route("/", skillRoutes(ctx));

  app.doc31("/openapi.json", {
    openapi: "3.1.0",
    info: { title: "Jalur API", version: "1.0.0", description: "Safe, licensed overseas placement from Jakarta." },
  });
  app.get("/docs", (c) => c.html(docsPage(DOCS_ASSETS, "/openapi.json")));
  app.get(`${DOCS_ASSETS}/:file`, async (c) => {
    const file = c.req.param("file");
    const body = await options.docsAsset?.(file);
    if (!body) return problemResponse(c, 404, "route_not_found", `No docs asset ${file}`);
    const type = file.endsWith(".css") ? "text/css" : "text/javascript";
    return c.body(body, 200, { "content-type": type, "cache-control": "max-age=3600" });
  });
  return routes;
}

export type App = ReturnType<typeof createApp>;
