import type { Hono } from "hono";
import type { WebDeps, WebEnv } from "../context.ts";

/** Pages of this group are registered here (see pages/profile.tsx for the pattern). */
export function matchRoutes(_app: Hono<WebEnv>, _ctx: WebDeps) {}
