import { createRoute, z } from "@hono/zod-openapi";
import { getProbe, OutboxMessageView, outboxOf, ProbeView, startProbe } from "@jalur/core";
import { type QueueName, topology } from "@jalur/infra/topology";
import { type ApiContext, actorOf, bodyErrors, errors, guard, json, ok, PageQuery, page, pageOf, refusals } from "../context.ts";
import { router } from "../router.ts";

const tags = ["operations"];
const queueNames = Object.keys(topology.queues) as [QueueName, ...QueueName[]];
const ProbeInput = z
  .object({ queue: z.enum(queueNames).default("match").describe("The queue (and so the worker) to send it through") })
  .meta({ id: "ProbeInput", description: "Which queue to probe", example: { queue: "match" } });
const OutboxPage = page("OutboxPage", OutboxMessageView);

/** Operators' routes: a probe through any queue, and what the external channels sent. Never anonymous. */
export function operationRoutes({ deps }: ApiContext) {
  return router()
    .openapi(
      createRoute({
        method: "post",
        ...guard(startProbe),
        path: "/v1/ops/probes",
        tags,
        summary: "Send a probe through a queue and its worker into the table (operators)",
        request: json(ProbeInput),
        responses: {
          202: ok("Probe queued: read it at the Location header (/v1/ops/probes/{probeId})", ProbeView),
          409: refusals[409],
          ...bodyErrors,
          ...errors,
        },
      }),
      async (c) => {
        const probe = await startProbe(deps, actorOf(c), c.req.valid("json").queue);
        return c.json(probe, 202, { location: `/v1/ops/probes/${probe.probeId}` });
      },
    )
    .openapi(
      createRoute({
        method: "get",
        ...guard(getProbe),
        path: "/v1/ops/probes/{probeId}",
        tags,
        summary: "Read a probe: `done` once the queue's worker has handled it (operators)",
        request: { params: z.object({ probeId: z.string().uuid() }) },
        responses: { 200: ok("The probe", ProbeView), ...errors },
      }),
      async (c) => c.json(await getProbe(deps, actorOf(c), c.req.valid("param").probeId), 200),
    )
    .openapi(
      createRoute({
        method: "get",
        ...guard(outboxOf),
        path: "/v1/ops/outbox/{channel}",
        tags,
        summary: "What email, SMS and WhatsApp sent, or locally would have sent (operators)",
        request: { params: z.object({ channel: z.enum(["email", "sms", "whatsapp"]) }), query: PageQuery },
        responses: { 200: ok("Outbox, newest first (addresses masked; each read is audited)", OutboxPage), ...errors },
      }),
      async (c) => c.json(await outboxOf(deps, actorOf(c), c.req.valid("param").channel, pageOf(c.req.valid("query"))), 200),
    );
}
