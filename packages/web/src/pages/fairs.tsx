import type { Hono } from "hono";
import type { WebDeps, WebEnv } from "../context.ts";
import { detailRoutes } from "./fairs/detail.tsx";
import { interviewRoutes } from "./fairs/interviews.tsx";
import { listRoutes } from "./fairs/list.tsx";

/**
 * Job fairs: the list (`/bursa`) and a fair (`/bursa/{fairId}`) are public, as core's use cases
 * are; registering, confirming an import and the graduate's interviews (`…/wawancara`) are theirs.
 */
export function fairRoutes(app: Hono<WebEnv>, ctx: WebDeps) {
  listRoutes(app, ctx);
  interviewRoutes(app, ctx);
  detailRoutes(app, ctx);
}
