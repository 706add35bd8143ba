import {
  DeleteMessageBatchCommand,
  GetQueueAttributesCommand,
  type Message,
  ReceiveMessageCommand,
  type SQSClient,
} from "@aws-sdk/client-sqs";
import type { SqsWorker } from "@jalur/functions";
import type { SQSEvent, SQSRecord } from "aws-lambda";
import { lambdaContext } from "./lambda-context.ts";

export interface PollerOptions {
  readonly sqs: SQSClient;
  readonly queueUrl: string;
  readonly functionName: string;
  readonly timeoutSeconds: number;
  readonly batchSize: number;
  readonly worker: SqsWorker;
  readonly region: string;
  /** Batches in flight at once (parallel receive loops), like concurrent Lambda invocations. */
  readonly concurrency?: number;
  /** Long-poll wait; Lambda's event source mapping uses 20 s. */
  readonly waitTimeSeconds?: number;
  readonly log?: (line: string) => void;
}

export function toSqsRecord(message: Message, queueArn: string, region: string): SQSRecord {
  const attributes = message.Attributes ?? {};
  return {
    messageId: message.MessageId ?? "",
    receiptHandle: message.ReceiptHandle ?? "",
    body: message.Body ?? "",
    attributes: {
      ApproximateReceiveCount: attributes.ApproximateReceiveCount ?? "1",
      SentTimestamp: attributes.SentTimestamp ?? String(Date.now()),
      SenderId: attributes.SenderId ?? "local",
      ApproximateFirstReceiveTimestamp: attributes.ApproximateFirstReceiveTimestamp ?? String(Date.now()),
    },
    messageAttributes: {},
    md5OfBody: message.MD5OfBody ?? "",
    eventSource: "aws:sqs",
    eventSourceARN: queueArn,
    awsRegion: region,
  };
}

/**
 * Does what Lambda's SQS event source mapping does: long-polls the queue, invokes the worker
 * with a real SQS event, deletes the messages the worker did not report in
 * `batchItemFailures`, and leaves the whole batch for redelivery when the worker throws.
 */
export class QueuePoller {
  private running = false;
  private abort = new AbortController();
  private loops: Promise<void>[] = [];

  constructor(private readonly options: PollerOptions) {}

  async start(): Promise<void> {
    const { sqs, queueUrl } = this.options;
    const attrs = await sqs.send(new GetQueueAttributesCommand({ QueueUrl: queueUrl, AttributeNames: ["QueueArn"] }));
    const queueArn = attrs.Attributes?.QueueArn ?? queueUrl;
    this.running = true;
    this.loops = Array.from({ length: Math.max(1, this.options.concurrency ?? 1) }, () => this.run(queueArn));
  }

  async stop(): Promise<void> {
    this.running = false;
    this.abort.abort();
    await Promise.all(this.loops);
  }

  private async run(queueArn: string): Promise<void> {
    const { sqs, queueUrl, batchSize, waitTimeSeconds = 20, log = () => {} } = this.options;
    while (this.running) {
      let messages: Message[];
      try {
        const out = await sqs.send(
          new ReceiveMessageCommand({
            QueueUrl: queueUrl,
            MaxNumberOfMessages: batchSize,
            WaitTimeSeconds: waitTimeSeconds,
            MessageSystemAttributeNames: ["All"],
            MessageAttributeNames: ["All"],
          }),
          { abortSignal: this.abort.signal },
        );
        messages = out.Messages ?? [];
      } catch (error) {
        if (!this.running) return;
        log(`receive failed on ${queueUrl}: ${(error as Error).message}`);
        await new Promise((r) => setTimeout(r, 1000));
        continue;
      }
      if (messages.length > 0) await this.invoke(messages, queueArn);
    }
  }

  private async invoke(messages: Message[], queueArn: string): Promise<void> {
    const { sqs, queueUrl, worker, functionName, timeoutSeconds, region, log = () => {} } = this.options;
    const event: SQSEvent = { Records: messages.map((m) => toSqsRecord(m, queueArn, region)) };
    let failed: Set<string>;
    try {
      const response = await worker(event, lambdaContext(functionName, timeoutSeconds));
      failed = new Set((response?.batchItemFailures ?? []).map((f) => f.itemIdentifier));
    } catch (error) {
      log(`${functionName} failed the whole batch of ${messages.length}: ${(error as Error).message}`);
      return;
    }
    const done = messages.filter((m) => !failed.has(m.MessageId ?? ""));
    if (done.length === 0) return;
    await sqs.send(
      new DeleteMessageBatchCommand({
        QueueUrl: queueUrl,
        Entries: done.map((m, i) => ({ Id: String(i), ReceiptHandle: m.ReceiptHandle })),
      }),
    );
  }
}
