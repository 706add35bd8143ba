import { createRoute, z } from "@hono/zod-openapi";
import { type Deps, getProbe, Probe, startProbe } from "@jalur/core";
import { type QueueName, topology } from "@jalur/infra/topology";
import { Problem } from "../problem.ts";
import { router } from "../router.ts";

const queueNames = Object.keys(topology.queues) as [QueueName, ...QueueName[]];
const ProbeView = Probe.meta({ id: "Probe" });
const problem = (description: string) => ({ description, content: { "application/problem+json": { schema: Problem } } });

const create = createRoute({
  method: "post",
  path: "/v1/ops/probes",
  tags: ["operations"],
  summary: "Send a probe through a queue and its worker into the table",
  request: {
    body: {
      required: true,
      content: { "application/json": { schema: z.object({ queue: z.enum(queueNames).default("match") }) } },
    },
  },
  responses: {
    202: { description: "Probe queued", content: { "application/json": { schema: ProbeView } } },
    400: problem("Invalid request"),
  },
});

const read = createRoute({
  method: "get",
  path: "/v1/ops/probes/{probeId}",
  tags: ["operations"],
  summary: "Read a probe: `done` once the queue's worker has handled it",
  request: { params: z.object({ probeId: z.string().uuid() }) },
  responses: {
    200: { description: "The probe", content: { "application/json": { schema: ProbeView } } },
    400: problem("Invalid id"),
    404: problem("No such probe"),
  },
});

export function probeRoutes(deps: Deps) {
  return router()
    .openapi(create, async (c) => {
      const { queue } = c.req.valid("json");
      const probe = await startProbe(deps, queue);
      return c.json(probe, 202, { location: `/v1/ops/probes/${probe.probeId}` });
    })
    .openapi(read, async (c) => c.json(await getProbe(deps, c.req.valid("param").probeId), 200));
}
