import { DescribeTableCommand, type DynamoDBClient } from "@aws-sdk/client-dynamodb";
import {
  DescribeStreamCommand,
  DynamoDBStreamsClient,
  ExpiredIteratorException,
  GetRecordsCommand,
  GetShardIteratorCommand,
  type _Record as StreamRecord,
  TrimmedDataAccessException,
} from "@aws-sdk/client-dynamodb-streams";
import type { StreamHandler } from "@jalur/functions";
import type { DynamoDBRecord, DynamoDBStreamEvent } from "aws-lambda";

export interface StreamPollerOptions {
  readonly ddb: DynamoDBClient;
  readonly endpoint: string;
  readonly region: string;
  readonly table: string;
  readonly handler: StreamHandler;
  /** Only records this keeps reach the handler (Lambda's event filter). */
  readonly filter: (record: DynamoDBRecord) => boolean;
  readonly batchSize: number;
  /** How long to wait after an empty read (Lambda polls a shard about 4 times a second). */
  readonly idleMs?: number;
  readonly log?: (line: string) => void;
}

interface Shard {
  iterator?: string;
  /** Records read but not yet handled (kept across a failed call, as Lambda retries a batch). */
  pending: StreamRecord[];
}

/**
 * Does what Lambda's DynamoDB event source mapping does, on DynamoDB Local: reads every shard of
 * the table's stream in order, filters the records, invokes the handler with a real stream event
 * and, when it reports a failure, retries from the first failed record. Shards open at start are
 * read from their latest record (the runtime sweeps everything older itself); shards that appear
 * later, from their beginning.
 */
export class StreamPoller {
  private readonly streams: DynamoDBStreamsClient;
  private readonly shards = new Map<string, Shard>();
  private running = false;
  private loop?: Promise<void>;
  private streamArn = "";

  constructor(private readonly options: StreamPollerOptions) {
    this.streams = new DynamoDBStreamsClient({ region: options.region, endpoint: options.endpoint, maxAttempts: 3 });
  }

  async start(): Promise<void> {
    const table = await this.options.ddb.send(new DescribeTableCommand({ TableName: this.options.table }));
    const arn = table.Table?.LatestStreamArn;
    if (!arn) throw new Error(`Table ${this.options.table} has no stream`);
    this.streamArn = arn;
    await this.discover("LATEST");
    this.running = true;
    this.loop = this.run();
  }

  async stop(): Promise<void> {
    this.running = false;
    await this.loop;
    this.streams.destroy();
  }

  private async discover(position: "LATEST" | "TRIM_HORIZON"): Promise<void> {
    let start: string | undefined;
    do {
      const out = await this.streams.send(new DescribeStreamCommand({ StreamArn: this.streamArn, ExclusiveStartShardId: start }));
      for (const s of out.StreamDescription?.Shards ?? []) {
        if (!s.ShardId || this.shards.has(s.ShardId)) continue;
        // A closed shard seen for the first time at start holds only what happened before us.
        if (position === "LATEST" && s.SequenceNumberRange?.EndingSequenceNumber) continue;
        const it = await this.streams.send(
          new GetShardIteratorCommand({ StreamArn: this.streamArn, ShardId: s.ShardId, ShardIteratorType: position }),
        );
        this.shards.set(s.ShardId, { iterator: it.ShardIterator, pending: [] });
      }
      start = out.StreamDescription?.LastEvaluatedShardId;
    } while (start);
  }

  private async run(): Promise<void> {
    const { log = () => {}, idleMs = 100 } = this.options;
    let lastDiscovery = Date.now();
    while (this.running) {
      let busy = false;
      for (const [id, shard] of this.shards) {
        try {
          busy = (await this.pump(shard)) || busy;
        } catch (error) {
          if (error instanceof ExpiredIteratorException || error instanceof TrimmedDataAccessException) {
            this.shards.delete(id); // rediscovered below from its beginning
          } else log(`stream read failed: ${(error as Error).message}`);
        }
        if (!shard.iterator && shard.pending.length === 0) this.shards.delete(id);
      }
      if (Date.now() - lastDiscovery > 2000) {
        await this.discover("TRIM_HORIZON").catch((error: Error) => log(`stream discovery failed: ${error.message}`));
        lastDiscovery = Date.now();
      }
      if (!busy) await new Promise((r) => setTimeout(r, idleMs));
    }
  }

  /** Reads a shard once and hands the records to the handler; true when there was something. */
  private async pump(shard: Shard): Promise<boolean> {
    if (shard.pending.length === 0 && shard.iterator) {
      const out = await this.streams.send(new GetRecordsCommand({ ShardIterator: shard.iterator, Limit: 1000 }));
      shard.iterator = out.NextShardIterator;
      shard.pending = out.Records ?? [];
    }
    if (shard.pending.length === 0) return false;
    while (shard.pending.length > 0) {
      const batch = shard.pending.slice(0, this.options.batchSize);
      const records = batch.map((r) => this.toLambdaRecord(r)).filter(this.options.filter);
      if (records.length > 0) {
        const event: DynamoDBStreamEvent = { Records: records };
        const response = await this.options.handler(event);
        const failed = response.batchItemFailures[0]?.itemIdentifier;
        if (failed) {
          // As Lambda does: retry from the first failed record, after a pause.
          const at = shard.pending.findIndex((r) => r.dynamodb?.SequenceNumber === failed);
          shard.pending = shard.pending.slice(Math.max(0, at));
          await new Promise((r) => setTimeout(r, 500));
          return true;
        }
      }
      shard.pending = shard.pending.slice(batch.length);
    }
    return true;
  }

  private toLambdaRecord(r: StreamRecord): DynamoDBRecord {
    const d = r.dynamodb;
    return {
      eventID: r.eventID,
      eventName: r.eventName,
      eventVersion: r.eventVersion,
      eventSource: "aws:dynamodb",
      awsRegion: this.options.region,
      eventSourceARN: this.streamArn,
      dynamodb: {
        ...(d?.ApproximateCreationDateTime
          ? { ApproximateCreationDateTime: Math.floor(d.ApproximateCreationDateTime.getTime() / 1000) }
          : {}),
        Keys: d?.Keys as never,
        NewImage: d?.NewImage as never,
        SequenceNumber: d?.SequenceNumber,
        SizeBytes: d?.SizeBytes,
        StreamViewType: d?.StreamViewType,
      },
    };
  }
}

/**
 * Lambda's event filter for a stream consumer of the topology: records of one entity (ElectroDB
 * marks each item) in one state, written or modified.
 */
export function streamFilter(filter: { entity: string; state: string }) {
  return (record: DynamoDBRecord): boolean => {
    if (record.eventName !== "INSERT" && record.eventName !== "MODIFY") return false;
    const image = record.dynamodb?.NewImage as Record<string, { S?: string }> | undefined;
    return image?.__edb_e__?.S === filter.entity && image.state?.S === filter.state;
  };
}
