import { createRoute, z } from "@hono/zod-openapi";
import { checkDependencies, type Deps } from "@jalur/core";
import { router } from "../router.ts";

const Health = z
  .object({
    status: z.enum(["ok", "degraded"]),
    checkedAt: z.string(),
    dependencies: z.array(z.object({ name: z.string(), ok: z.boolean(), latencyMs: z.number(), detail: z.string().optional() })),
  })
  .meta({ id: "Health" });

const health = createRoute({
  method: "get",
  path: "/health",
  tags: ["operations"],
  summary: "Reachability of the table and every queue",
  responses: {
    200: { description: "All dependencies answer", content: { "application/json": { schema: Health } } },
    503: { description: "At least one dependency does not answer", content: { "application/json": { schema: Health } } },
  },
});

export function healthRoutes(deps: Deps) {
  return router().openapi(health, async (c) => {
    const dependencies = await checkDependencies(deps);
    const ok = dependencies.every((d) => d.ok);
    const body = { status: ok ? ("ok" as const) : ("degraded" as const), checkedAt: deps.now().toISOString(), dependencies };
    return ok ? c.json(body, 200) : c.json(body, 503);
  });
}
