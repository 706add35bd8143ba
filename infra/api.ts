import { functionArgs } from "./functions";
import { queues } from "./queues";
import { secrets } from "./secrets";
import { sstPlan } from "./sst-plan";
import { table } from "./storage";

/** The HTTP API: API Gateway HTTP API, every route to the one Hono handler. */
export const api = new sst.aws.ApiGatewayV2("Api", {
  cors: { allowOrigins: ["*"], allowHeaders: ["authorization", "content-type", "idempotency-key"] },
});
api.route("$default", functionArgs(sstPlan().api, { table, queues, secrets }));
