import {
  CreateTableCommand,
  DescribeTableCommand,
  type DynamoDBClient,
  ResourceInUseException,
  UpdateTableCommand,
  UpdateTimeToLiveCommand,
  waitUntilTableExists,
} from "@aws-sdk/client-dynamodb";
import { CreateQueueCommand, GetQueueAttributesCommand, type SQSClient } from "@aws-sdk/client-sqs";
import { topology as defaultTopology, type QueueName, resourceNames, type Topology } from "@jalur/infra/topology";

export interface Provisioned {
  readonly table: string;
  readonly queueUrls: Record<QueueName, string>;
  readonly deadLetterUrls: Record<QueueName, string>;
}

export interface ProvisionOptions {
  /** Shorter visibility timeouts for tests that watch redelivery; the topology's otherwise. */
  readonly visibilityTimeoutSeconds?: number;
  /** The topology to provision (infra/topology.ts unless a test passes a changed one). */
  readonly topology?: Topology;
}

/**
 * Creates the table and queues the topology describes. Idempotent: existing resources (a
 * restart with a data dir) are kept with their data.
 */
export async function provision(
  clients: { ddb: DynamoDBClient; sqs: SQSClient },
  prefix: string,
  options: ProvisionOptions = {},
): Promise<Provisioned> {
  const topology = options.topology ?? defaultTopology;
  const names = resourceNames(prefix, topology);
  await ensureTable(clients.ddb, names.table, topology);
  const queueUrls = {} as Record<QueueName, string>;
  const deadLetterUrls = {} as Record<QueueName, string>;
  for (const [queue, spec] of Object.entries(topology.queues) as [QueueName, (typeof topology.queues)[QueueName]][]) {
    const dlq = await clients.sqs.send(
      new CreateQueueCommand({
        QueueName: names.queues[queue].deadLetter,
        Attributes: { MessageRetentionPeriod: String(spec.deadLetterRetentionSeconds) },
      }),
    );
    const dlqArn = await clients.sqs.send(
      new GetQueueAttributesCommand({ QueueUrl: dlq.QueueUrl, AttributeNames: ["QueueArn"] }),
    );
    const main = await clients.sqs.send(
      new CreateQueueCommand({
        QueueName: names.queues[queue].queue,
        Attributes: {
          VisibilityTimeout: String(options.visibilityTimeoutSeconds ?? spec.visibilityTimeoutSeconds),
          RedrivePolicy: JSON.stringify({
            deadLetterTargetArn: dlqArn.Attributes?.QueueArn,
            maxReceiveCount: String(spec.maxReceiveCount),
          }),
        },
      }),
    );
    queueUrls[queue] = main.QueueUrl as string;
    deadLetterUrls[queue] = dlq.QueueUrl as string;
  }
  return { table: names.table, queueUrls, deadLetterUrls };
}

async function ensureTable(ddb: DynamoDBClient, table: string, topology: Topology): Promise<void> {
  const spec = topology.table;
  const keyAttributes = [spec.partitionKey, spec.sortKey, ...spec.indexes.flatMap((i) => [i.partitionKey, i.sortKey])];
  try {
    await ddb.send(
      new CreateTableCommand({
        TableName: table,
        BillingMode: "PAY_PER_REQUEST",
        AttributeDefinitions: keyAttributes.map((name) => ({ AttributeName: name, AttributeType: "S" })),
        KeySchema: [
          { AttributeName: spec.partitionKey, KeyType: "HASH" },
          { AttributeName: spec.sortKey, KeyType: "RANGE" },
        ],
        StreamSpecification: { StreamEnabled: true, StreamViewType: spec.stream },
        GlobalSecondaryIndexes: spec.indexes.map((index) => ({
          IndexName: index.name,
          KeySchema: [
            { AttributeName: index.partitionKey, KeyType: "HASH" },
            { AttributeName: index.sortKey, KeyType: "RANGE" },
          ],
          Projection: { ProjectionType: "ALL" },
        })),
      }),
    );
    await waitUntilTableExists({ client: ddb, maxWaitTime: 30 }, { TableName: table });
    await ddb.send(
      new UpdateTimeToLiveCommand({
        TableName: table,
        TimeToLiveSpecification: { AttributeName: spec.ttlAttribute, Enabled: true },
      }),
    );
  } catch (error) {
    if (!(error instanceof ResourceInUseException)) throw error;
    // A table kept in a data dir from before the outbox had no stream: turn it on.
    const existing = await ddb.send(new DescribeTableCommand({ TableName: table }));
    if (!existing.Table?.StreamSpecification?.StreamEnabled)
      await ddb.send(
        new UpdateTableCommand({ TableName: table, StreamSpecification: { StreamEnabled: true, StreamViewType: spec.stream } }),
      );
  }
}
