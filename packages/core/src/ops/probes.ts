import { ConditionalCheckFailedException, GetItemCommand, PutItemCommand, UpdateItemCommand } from "@aws-sdk/client-dynamodb";
import { marshall, unmarshall } from "@aws-sdk/util-dynamodb";
import type { QueueName } from "@jalur/infra/topology";
import { z } from "zod";
import type { Deps } from "../platform/deps.ts";
import { notFound } from "../platform/errors.ts";
import { useCase } from "../platform/principal.ts";
import { enqueue } from "../platform/queue.ts";

/**
 * A pipeline probe proves, in any environment, that the API can queue work, that a queue's
 * worker consumes it, and that the worker can write to the table: the path every real
 * feature (matching, scheduling, notices) takes.
 */
export const Probe = z.object({
  probeId: z.string(),
  queue: z.string(),
  status: z.enum(["queued", "done"]),
  createdAt: z.string(),
  completedAt: z.string().optional(),
  /** How many times SQS delivered the message before the worker finished it. */
  receiveCount: z.number().int().optional(),
});
export type Probe = z.infer<typeof Probe>;

const PROBE_TTL_SECONDS = 24 * 3600;
const key = (probeId: string) => ({ pk: `PROBE#${probeId}`, sk: "PROBE" });

/** Operators only: a probe writes to the table and puts a message on a queue. */
export const startProbe = useCase(["operator"], async (deps, _actor, queue: QueueName): Promise<Probe> => {
  const now = deps.now();
  const probe: Probe = { probeId: deps.newId(), queue, status: "queued", createdAt: now.toISOString() };
  await deps.ddb.send(
    new PutItemCommand({
      TableName: deps.table,
      Item: marshall({ ...key(probe.probeId), ...probe, expiresAt: Math.floor(now.getTime() / 1000) + PROBE_TTL_SECONDS }),
      ConditionExpression: "attribute_not_exists(pk)",
    }),
  );
  await enqueue(deps, queue, { type: "probe", id: `probe:${probe.probeId}`, probeId: probe.probeId });
  return probe;
});

/** Mark a probe done. Idempotent: a redelivered message leaves the first completion as it was. */
export async function completeProbe(deps: Deps, probeId: string, receiveCount: number): Promise<"completed" | "already_done"> {
  try {
    await deps.ddb.send(
      new UpdateItemCommand({
        TableName: deps.table,
        Key: marshall(key(probeId)),
        UpdateExpression: "SET #status = :done, completedAt = :at, receiveCount = :rc",
        ConditionExpression: "attribute_exists(pk) AND #status = :queued",
        ExpressionAttributeNames: { "#status": "status" },
        ExpressionAttributeValues: marshall({
          ":done": "done",
          ":queued": "queued",
          ":at": deps.now().toISOString(),
          ":rc": receiveCount,
        }),
        ReturnValuesOnConditionCheckFailure: "ALL_OLD",
      }),
    );
    return "completed";
  } catch (error) {
    if (error instanceof ConditionalCheckFailedException) {
      if (!error.Item) throw notFound("probe", probeId);
      return "already_done";
    }
    throw error;
  }
}

export const getProbe = useCase(["operator"], async (deps, _actor, probeId: string): Promise<Probe> => {
  const out = await deps.ddb.send(
    new GetItemCommand({ TableName: deps.table, Key: marshall(key(probeId)), ConsistentRead: true }),
  );
  if (!out.Item) throw notFound("probe", probeId);
  return Probe.parse(unmarshall(out.Item));
});
