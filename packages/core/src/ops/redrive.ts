import {
  DeleteMessageBatchCommand,
  type Message,
  ReceiveMessageCommand,
  SendMessageBatchCommand,
  type SQSClient,
} from "@aws-sdk/client-sqs";

/**
 * Moves dead letters back to their queue (after the cause is fixed): receive up to ten,
 * send them to the source queue, delete from the dead-letter queue only what was sent. A
 * message sent but not yet deleted (a crash in between) is sent again on the next run, which
 * the handlers' idempotency makes harmless. Stops when the dead-letter queue is empty or after
 * `max` messages.
 */
export async function redriveDeadLetters(
  sqs: SQSClient,
  deadLetterUrl: string,
  queueUrl: string,
  max = 10_000,
): Promise<{ moved: number }> {
  let moved = 0;
  while (moved < max) {
    const { Messages } = await sqs.send(
      new ReceiveMessageCommand({
        QueueUrl: deadLetterUrl,
        MaxNumberOfMessages: Math.min(10, max - moved),
        WaitTimeSeconds: 1,
        VisibilityTimeout: 60,
        MessageAttributeNames: ["All"],
      }),
    );
    const messages = (Messages ?? []) as Message[];
    if (messages.length === 0) break;
    const sent = await sqs.send(
      new SendMessageBatchCommand({
        QueueUrl: queueUrl,
        Entries: messages.map((m, i) => ({
          Id: String(i),
          MessageBody: m.Body ?? "",
          ...(m.MessageAttributes ? { MessageAttributes: m.MessageAttributes } : {}),
        })),
      }),
    );
    const ok = (sent.Successful ?? []).map((s) => messages[Number(s.Id)] as Message);
    if (ok.length > 0)
      await sqs.send(
        new DeleteMessageBatchCommand({
          QueueUrl: deadLetterUrl,
          Entries: ok.map((m, i) => ({ Id: String(i), ReceiptHandle: m.ReceiptHandle ?? "" })),
        }),
      );
    moved += ok.length;
    if (ok.length < messages.length) break; // the rest reappear after their visibility timeout
  }
  return { moved };
}
