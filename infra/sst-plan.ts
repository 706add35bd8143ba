/**
 * What the SST app creates, derived from the topology as plain data (no SST imports, so it is
 * tested offline). The files next to it (secrets.ts, storage.ts, queues.ts, api.ts,
 * schedules.ts) only turn these entries into SST components.
 */
import { BUNDLE_OPTIONS, BUNDLE_PLUGINS_FILE } from "./bundle-options.ts";
import {
  topology as defaultTopology,
  type FunctionName,
  linkNames,
  type QueueName,
  type SecretName,
  type Topology,
} from "./topology.ts";

/**
 * SST's bundling options, the same as infra/bundle.ts uses for the CDK stack and the bench:
 * ESM, minified, the SDK's ES module builds first, and the plugin file (zod locales, Lambda
 * credentials). No banner is passed: SST is expected to add its own createRequire banner to
 * ESM bundles (a second one would redeclare `require`); no SST build can run offline to check.
 */
export const SST_NODEJS = {
  format: BUNDLE_OPTIONS.format,
  minify: BUNDLE_OPTIONS.minify,
  esbuild: { mainFields: [...BUNDLE_OPTIONS.mainFields] },
  plugins: BUNDLE_PLUGINS_FILE,
};

/** Lambda runtime for every function (Node 20 is deprecated on AWS). */
export const LAMBDA_RUNTIME = "nodejs24.x";

export interface SstFunctionPlan {
  readonly name: FunctionName;
  readonly handler: string;
  readonly timeout: `${number} seconds`;
  readonly memory: `${number} MB`;
  readonly runtime: typeof LAMBDA_RUNTIME;
  readonly architecture: "arm64";
  readonly linksTable: true;
  readonly linksQueues: readonly QueueName[];
  readonly linksSecrets: readonly SecretName[];
  readonly environment: Record<string, string>;
  readonly permissions: readonly { actions: string[]; resources: string[] }[];
}

export function sstPlan(topology: Topology = defaultTopology) {
  const fn = (name: FunctionName): SstFunctionPlan => {
    const spec = topology.functions[name] as Topology["functions"][FunctionName] & { externalChannels?: boolean };
    return {
      name,
      handler: `packages/functions/src/${spec.entry}.handler`,
      timeout: `${spec.timeoutSeconds} seconds`,
      memory: `${spec.memoryMB} MB`,
      runtime: LAMBDA_RUNTIME,
      architecture: "arm64",
      linksTable: true,
      linksQueues: spec.sends as readonly QueueName[],
      linksSecrets: spec.secrets as readonly SecretName[],
      environment: { JALUR_CHANNELS: "aws", POWERTOOLS_SERVICE_NAME: topology.app },
      permissions: spec.externalChannels
        ? [
            { actions: ["ses:SendEmail"], resources: ["*"] },
            { actions: ["sns:Publish"], resources: ["*"] },
          ]
        : [],
    };
  };
  const t = topology.table;
  return {
    table: {
      link: linkNames.table,
      fields: Object.fromEntries(
        [t.partitionKey, t.sortKey, ...t.indexes.flatMap((i) => [i.partitionKey, i.sortKey])].map((f) => [f, "string" as const]),
      ),
      primaryIndex: { hashKey: t.partitionKey, rangeKey: t.sortKey },
      globalIndexes: Object.fromEntries(t.indexes.map((i) => [i.name, { hashKey: i.partitionKey, rangeKey: i.sortKey }])),
      ttl: t.ttlAttribute,
      pointInTimeRecovery: t.pointInTimeRecovery,
      stream: "new-image" as const,
    },
    /** Consumers of the table's stream (the outbox relay), with Lambda's event filter. */
    streams: Object.entries(topology.streams).map(([name, spec]) => ({
      name,
      subscriber: fn(spec.function),
      filters: [
        {
          eventName: ["INSERT", "MODIFY"],
          dynamodb: { NewImage: { __edb_e__: { S: [spec.filter.entity] }, state: { S: [spec.filter.state] } } },
        },
      ],
      batchSize: spec.batchSize,
      maxBatchingWindowSeconds: spec.maxBatchingWindowSeconds,
      retryAttempts: spec.retryAttempts,
    })),
    queues: (Object.entries(topology.queues) as [QueueName, Topology["queues"][QueueName]][]).map(([name, q]) => ({
      name,
      link: linkNames.queue(name),
      visibilityTimeout: `${q.visibilityTimeoutSeconds} seconds` as const,
      deadLetter: { retentionSeconds: q.deadLetterRetentionSeconds, retry: q.maxReceiveCount },
      subscriber: fn(q.consumer.function),
      batch: { size: q.consumer.batchSize, partialResponses: true as const },
      maxConcurrency: q.consumer.maxConcurrency,
    })),
    /**
     * The HTTP API: each function behind it once, and each route (API Gateway's route key, any
     * method) to the function it invokes; `$default` takes what no other route matches.
     */
    http: (() => {
      const routes = Object.entries(topology.http.routes as Record<string, FunctionName>).map(([path, name]) => ({
        route: path === "$default" ? ("$default" as const) : (`ANY ${path}` as const),
        function: name,
      }));
      return { functions: [...new Set(routes.map((r) => r.function))].map(fn), routes };
    })(),
    schedules: Object.entries(topology.schedules).map(([name, s]) => ({
      name,
      schedule: `rate(${s.everyMinutes} minutes)` as const,
      timezone: s.timeZone,
      function: fn(s.function),
    })),
    secrets: Object.entries(topology.secrets).map(([name, s]) => ({
      name: name as SecretName,
      // Optional secrets may stay "unset" (the feature is then off); the others must be set.
      placeholder: "optional" in s && s.optional ? "unset" : undefined,
    })),
  };
}

export type SstPlan = ReturnType<typeof sstPlan>;
