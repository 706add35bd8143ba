import { BatchProcessor, EventType, processPartialResponse } from "@aws-lambda-powertools/batch";
import { QueueMessage } from "@jalur/core";
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
 * dead-lettered; the rest of the batch is done. Handlers must be idempotent on `message.id`.
 */
export function sqsWorker(queue: QueueName, handlers: MessageHandlers): SqsWorker {
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
    return response;
  };
}
