import type { AttributeValue } from "@aws-sdk/client-dynamodb";
import { unmarshall } from "@aws-sdk/util-dynamodb";
import { type Deps, relayIntents } from "@jalur/core";
import type { DynamoDBBatchResponse, DynamoDBRecord, DynamoDBStreamEvent } from "aws-lambda";
import { logger } from "../log.ts";

export type StreamHandler = (event: DynamoDBStreamEvent) => Promise<DynamoDBBatchResponse>;

interface PendingIntent {
  readonly intentId: string;
  readonly queue: string;
  readonly body: string;
  readonly sendAt?: string;
  readonly sequenceNumber: string;
}

/** An intent written or touched while pending (ElectroDB marks each item with its entity). */
function pendingIntent(record: DynamoDBRecord): PendingIntent | undefined {
  if (record.eventName !== "INSERT" && record.eventName !== "MODIFY") return undefined;
  const image = record.dynamodb?.NewImage;
  if (!image) return undefined;
  const item = unmarshall(image as Record<string, AttributeValue>);
  if (item.__edb_e__ !== "intent" || item.state !== "pending") return undefined;
  return {
    intentId: String(item.intentId),
    queue: String(item.queue),
    body: String(item.body),
    ...(typeof item.sendAt === "string" ? { sendAt: item.sendAt } : {}),
    sequenceNumber: record.dynamodb?.SequenceNumber ?? "",
  };
}

/**
 * The outbox relay: the table's stream brings every intent a use case committed (or the
 * sweeper touched), and this puts it on its queue. When a send fails the batch is reported
 * from the first record that failed, so Lambda retries from there (records before it are done).
 */
export function createOutboxRelay(deps: Deps): StreamHandler {
  return async (event) => {
    const intents = event.Records.map(pendingIntent).filter((i): i is PendingIntent => i !== undefined);
    if (intents.length === 0) return { batchItemFailures: [] };
    const failed = new Set(await relayIntents(deps, intents));
    if (failed.size === 0) return { batchItemFailures: [] };
    const first = intents.find((i) => failed.has(i.intentId));
    logger.warn("outbox relay could not send", { failed: failed.size, of: intents.length });
    return { batchItemFailures: first ? [{ itemIdentifier: first.sequenceNumber }] : [] };
  };
}
