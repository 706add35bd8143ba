import { createRoute, z } from "@hono/zod-openapi";
import { getProbe, outboxOf, Probe, startProbe } from "@jalur/core";
import { type QueueName, topology } from "@jalur/infra/topology";
import { type ApiContext, actorOf, admits, bearer, errors, json, ok, Page, PageQuery, pageOf } from "../context.ts";
import { router } from "../router.ts";

const tags = ["operations"];
const queueNames = Object.keys(topology.queues) as [QueueName, ...QueueName[]];
const ProbeView = Probe.meta({ id: "Probe" });

/** Operators' routes: a probe through any queue, and what the external channels sent. Never anonymous. */
export function operationRoutes({ deps }: ApiContext) {
  return router()
    .openapi(
      createRoute({
        method: "post",
        middleware: admits(startProbe),
        path: "/v1/ops/probes",
        tags,
        security: bearer,
        summary: "Send a probe through a queue and its worker into the table (operators)",
        request: json(z.object({ queue: z.enum(queueNames).default("match") })),
        responses: { 202: ok("Probe queued", ProbeView), ...errors },
      }),
      async (c) => {
        const probe = await startProbe(deps, actorOf(c), c.req.valid("json").queue);
        return c.json(probe, 202, { location: `/v1/ops/probes/${probe.probeId}` });
      },
    )
    .openapi(
      createRoute({
        method: "get",
        middleware: admits(getProbe),
        path: "/v1/ops/probes/{probeId}",
        tags,
        security: bearer,
        summary: "Read a probe: `done` once the queue's worker has handled it (operators)",
        request: { params: z.object({ probeId: z.string().uuid() }) },
        responses: { 200: ok("The probe", ProbeView), ...errors },
      }),
      async (c) => c.json(await getProbe(deps, actorOf(c), c.req.valid("param").probeId), 200),
    )
    .openapi(
      createRoute({
        method: "get",
        middleware: admits(outboxOf),
        path: "/v1/ops/outbox/{channel}",
        tags,
        security: bearer,
        summary: "What email, SMS and WhatsApp sent, or locally would have sent (operators)",
        request: { params: z.object({ channel: z.enum(["email", "sms", "whatsapp"]) }), query: PageQuery },
        responses: { 200: ok("Outbox", Page), ...errors },
      }),
      async (c) => c.json(await outboxOf(deps, actorOf(c), c.req.valid("param").channel, pageOf(c.req.valid("query"))), 200),
    );
}
