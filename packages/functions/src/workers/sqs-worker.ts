import { BatchProcessor, EventType, processPartialResponse } from "@aws-lambda-powertools/batch";
import { completeIntents, type Deps, QueueMessage } from "@jalur/core";
import type { QueueName } from "@jalur/infra/topology";
import type { Context, SQSBatchResponse, SQSEvent, SQSRecord } from "aws-lambda";
import { logger } from "../log.ts";

export type MessageHandlers = {
  [T in QueueMessage["type"]]?: (message: Extract<QueueMessage, { type: T }>, record: SQSRecord) => Promise<void>;
};

export type SqsWorker = (event: SQSEvent, context?: Context) => Promise<SQSBatchResponse>;

/**
 * An SQS-triggered Lambda handler with partial batch responses: a record that fails (bad body,
 * unknown type, handler error) is reported in `batchItemFailures` and redelivered, then
 * dead-lettered; the rest of the batch is done, and their intents (the outbox) are deleted:
 * finished work is not sent again. Handlers must be idempotent on `message.id`.
 */
export function sqsWorker(deps: Deps, queue: QueueName, handlers: MessageHandlers): SqsWorker {
  const processor = new BatchProcessor(EventType.SQS);
  const handleRecord = async (record: SQSRecord) => {
    let body: unknown;
    try {
      body = JSON.parse(record.body);
    } catch {
      throw new Error(`Message ${record.messageId} on ${queue} is not JSON`);
    }
    const parsed = QueueMessage.safeParse(body);
    if (!parsed.success) throw new Error(`Message ${record.messageId} on ${queue} has an invalid shape`);
    const message = parsed.data;
    const handler = handlers[message.type] as ((m: QueueMessage, r: SQSRecord) => Promise<void>) | undefined;
    if (!handler) throw new Error(`No handler for ${message.type} messages on ${queue}`);
    await handler(message, record);
  };
  return async (event, context) => {
    const response = await processPartialResponse(event, handleRecord, processor, { context });
    if (response.batchItemFailures.length > 0) {
      logger.warn("batch had failures", { queue, failed: response.batchItemFailures.length, of: event.Records.length });
    }
    const failed = new Set(response.batchItemFailures.map((f) => f.itemIdentifier));
    const finished = event.Records.filter((r) => !failed.has(r.messageId)).flatMap((r) => {
      const id = messageIdOf(r.body);
      return id ? [id] : [];
    });
    // If this fails the messages are still done; their intents are sent again later and their
    // handlers, being idempotent, change nothing.
    await completeIntents(deps, finished).catch((error) => logger.warn("intents not completed", { queue, error }));
    return response;
  };
}

function messageIdOf(body: string): string | undefined {
  try {
    const id = (JSON.parse(body) as { id?: unknown }).id;
    return typeof id === "string" ? id : undefined;
  } catch {
    return undefined;
  }
}
