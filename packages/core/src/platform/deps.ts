import { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { SQSClient } from "@aws-sdk/client-sqs";
import type { QueueName } from "@jalur/infra/topology";

/** Everything a use case needs from the outside world, passed in (never imported). */
export interface Deps {
  readonly ddb: DynamoDBClient;
  readonly sqs: SQSClient;
  readonly table: string;
  /** The queues this function may reach (the outbox relay: all; the API: all, for /health; others: none). */
  readonly queueUrls: Readonly<Partial<Record<QueueName, string>>>;
  readonly now: () => Date;
  readonly newId: () => string;
  /** HMAC key for check-in codes (an SST secret in the cloud; derived per deployment locally). */
  readonly signingKey: string;
}

export interface AwsEndpoints {
  readonly region: string;
  /** Set locally (DynamoDB Local, the SQS emulator); unset on AWS. */
  readonly dynamodbEndpoint?: string;
  readonly sqsEndpoint?: string;
}

export function createAwsClients(endpoints: AwsEndpoints): { ddb: DynamoDBClient; sqs: SQSClient } {
  return {
    ddb: new DynamoDBClient({ region: endpoints.region, endpoint: endpoints.dynamodbEndpoint, maxAttempts: 5 }),
    sqs: new SQSClient({ region: endpoints.region, endpoint: endpoints.sqsEndpoint, maxAttempts: 5 }),
  };
}
