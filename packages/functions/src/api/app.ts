import type { Deps } from "@jalur/core";
import { bodyLimit } from "hono/body-limit";
import { requestId } from "hono/request-id";
import { docsPage } from "./docs.ts";
import { onError, problemResponse } from "./problem.ts";
import { router } from "./router.ts";
import { healthRoutes } from "./routes/health.ts";
import { probeRoutes } from "./routes/probes.ts";

export interface AppOptions {
  /** Where the Swagger UI assets are served from. */
  readonly docsAssetsBase: string;
}

/** The whole HTTP API. The Lambda handler and the local server wrap this same app. */
export function createApp(deps: Deps, options: AppOptions = { docsAssetsBase: "/docs/assets" }) {
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

  const routes = app.route("/", healthRoutes(deps)).route("/", probeRoutes(deps));

  app.doc31("/openapi.json", {
    openapi: "3.1.0",
    info: { title: "Jalur API", version: "1.0.0", description: "Safe, licensed overseas placement from Jakarta." },
  });
  app.get("/docs", (c) => c.html(docsPage(options.docsAssetsBase, "/openapi.json")));
  return routes;
}

export type App = ReturnType<typeof createApp>;
