import { functionArgs } from "./functions";
import { queues } from "./queues";
import { secrets } from "./secrets";
import { sstPlan } from "./sst-plan";
import { table } from "./storage";

const plan = sstPlan().http;

/** The functions behind the HTTP API (the API's Hono app, the web app), each created once. */
export const httpFunctions = Object.fromEntries(
  plan.functions.map((f) => [
    f.name,
    new sst.aws.Function(`${f.name[0]?.toUpperCase()}${f.name.slice(1)}Function`, functionArgs(f, { table, queues, secrets })),
  ]),
) as Record<string, sst.aws.Function>;

/**
 * The HTTP API: API Gateway HTTP API, `/v1/*`, health, OpenAPI and docs to the API function,
 * everything else (`$default`: pages, assets, the sign-in callback) to the web function.
 */
export const api = new sst.aws.ApiGatewayV2("Api", {
  cors: { allowOrigins: ["*"], allowHeaders: ["authorization", "content-type", "idempotency-key"] },
});
for (const r of plan.routes) {
  const fn = httpFunctions[r.function];
  if (!fn) throw new Error(`Route ${r.route} has no function ${r.function}`);
  api.route(r.route, fn.arn);
}
