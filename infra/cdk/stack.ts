import { execFileSync } from "node:child_process";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { AssetHashType, CfnOutput, Duration, RemovalPolicy, SecretValue, Stack, type StackProps } from "aws-cdk-lib";
import { AccessLogFormat } from "aws-cdk-lib/aws-apigateway";
import { HttpApi, HttpMethod, HttpStage, LogGroupLogDestination } from "aws-cdk-lib/aws-apigatewayv2";
import { HttpLambdaIntegration } from "aws-cdk-lib/aws-apigatewayv2-integrations";
import { Alarm, ComparisonOperator, type IMetric, TreatMissingData } from "aws-cdk-lib/aws-cloudwatch";
import { SnsAction } from "aws-cdk-lib/aws-cloudwatch-actions";
import { AttributeType, Billing, StreamViewType, TableV2 } from "aws-cdk-lib/aws-dynamodb";
import { PolicyStatement, Role, ServicePrincipal } from "aws-cdk-lib/aws-iam";
import {
  Architecture,
  Code,
  EventSourceMapping,
  FilterCriteria,
  FilterRule,
  Runtime,
  StartingPosition,
} from "aws-cdk-lib/aws-lambda";
import { SqsEventSource } from "aws-cdk-lib/aws-lambda-event-sources";
import { NodejsFunction } from "aws-cdk-lib/aws-lambda-nodejs";
import { LogGroup, RetentionDays } from "aws-cdk-lib/aws-logs";
import { CfnSchedule } from "aws-cdk-lib/aws-scheduler";
import { Secret } from "aws-cdk-lib/aws-secretsmanager";
import { Topic } from "aws-cdk-lib/aws-sns";
import { Queue, QueueEncryption } from "aws-cdk-lib/aws-sqs";
import type { Construct } from "constructs";
import {
  topology as defaultTopology,
  type FunctionName,
  type QueueName,
  queueUrlEnv,
  type SecretName,
  TABLE_ENV,
  type Topology,
} from "../topology.ts";
import { acknowledge, NAG_REASONS, SECRET_ROTATION_REASONS, wildcardResource } from "./nag.ts";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const tsx = createRequire(import.meta.url).resolve("tsx/cli");

/** The newest Node.js runtime aws-cdk-lib offers (cdk-nag's AwsSolutions-L1 checks that it stays so). */
export const LAMBDA_RUNTIME = Runtime.NODEJS_24_X;

/** How long function logs and the API's access logs (callers' IP addresses among them) are kept. */
const LOG_RETENTION = RetentionDays.THREE_MONTHS;

/**
 * One JSON line per request: API Gateway's request id, the Lambda request id of the invocation
 * (the same id as in the function's own log lines), and what was asked and answered.
 */
export const ACCESS_LOG_FORMAT = {
  requestId: "$context.requestId",
  lambdaRequestId: "$context.integration.requestId",
  time: "$context.requestTime",
  ip: "$context.identity.sourceIp",
  userAgent: "$context.identity.userAgent",
  method: "$context.httpMethod",
  path: "$context.path",
  protocol: "$context.protocol",
  status: "$context.status",
  responseLength: "$context.responseLength",
  latencyMs: "$context.responseLatency",
  integrationStatus: "$context.integration.status",
  integrationLatencyMs: "$context.integration.latency",
  error: "$context.error.message",
  integrationError: "$context.integrationErrorMessage",
} as const;

export interface JalurStackProps extends StackProps {
  readonly stage: string;
  /** Defaults to infra/topology.ts; tests pass a changed one to prove everything follows it. */
  readonly topology?: Topology;
}

/**
 * A function's code, bundled by the local esbuild through infra/bundle.ts: the same options and
 * plugins SST uses and `npm run bench -- bundles` measures (NodejsFunction's own bundling runs
 * the esbuild CLI, which cannot take plugins). No Docker: the image is never pulled because
 * local bundling always succeeds or fails loudly.
 */
export function functionCode(entry: string): Code {
  return Code.fromAsset(root, {
    assetHashType: AssetHashType.OUTPUT,
    bundling: {
      image: LAMBDA_RUNTIME.bundlingImage,
      // Part of the asset's cache key: without it every function would share the first bundle.
      command: ["npx", "tsx", "infra/bundle.ts", entry, "/asset-output"],
      local: {
        tryBundle(outputDir) {
          execFileSync(process.execPath, [tsx, join(root, "infra/bundle.ts"), entry, outputDir], { stdio: "inherit" });
          return true;
        },
      },
    },
  });
}

/**
 * Jalur as one CloudFormation stack, built from the topology: the table, each queue with its
 * dead-letter queue and consumer (partial batch responses), the HTTP API, the schedules in
 * their time zone, secrets, least-privilege roles, and alarms on dead letters and worker errors.
 * What AWS's cdk-nag pack finds and is accepted is acknowledged here with its reason (./nag.ts).
 */
export class JalurStack extends Stack {
  readonly functions: Record<string, NodejsFunction> = {};
  readonly queues: Record<string, { queue: Queue; deadLetter: Queue }> = {};

  constructor(scope: Construct, id: string, props: JalurStackProps) {
    super(scope, id, props);
    const topology = props.topology ?? defaultTopology;
    const production = props.stage === "production";
    const removalPolicy = production ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY;

    const t = topology.table;
    const table = new TableV2(this, "Table", {
      partitionKey: { name: t.partitionKey, type: AttributeType.STRING },
      sortKey: { name: t.sortKey, type: AttributeType.STRING },
      billing: Billing.onDemand(),
      globalSecondaryIndexes: t.indexes.map((i) => ({
        indexName: i.name,
        partitionKey: { name: i.partitionKey, type: AttributeType.STRING },
        sortKey: { name: i.sortKey, type: AttributeType.STRING },
      })),
      timeToLiveAttribute: t.ttlAttribute,
      pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: t.pointInTimeRecovery },
      dynamoStream: StreamViewType[t.stream],
      deletionProtection: production,
      removalPolicy,
    });

    const secrets = {} as Record<SecretName, Secret>;
    for (const [name, spec] of Object.entries(topology.secrets) as [SecretName, Topology["secrets"][SecretName]][]) {
      secrets[name] = new Secret(this, `Secret${name}`, {
        description: `Jalur ${props.stage}: ${spec.description}`,
        removalPolicy,
        ...(name === "SigningKey"
          ? { generateSecretString: { passwordLength: 48, excludePunctuation: true } }
          : { secretStringValue: SecretValue.unsafePlainText("unset") }),
      });
      acknowledge(secrets[name], "AwsSolutions-SMG4", SECRET_ROTATION_REASONS[name]);
    }

    // Publishers must use TLS (a topic policy denies requests without aws:SecureTransport).
    const alarms = new Topic(this, "Alarms", { displayName: `Jalur ${props.stage} alarms`, enforceSSL: true });
    /** Alarms to the topic as soon as the metric is 1 or more in a 5-minute period. */
    const alarmOnAny = (id: string, alarmDescription: string, metric: IMetric) =>
      new Alarm(this, id, {
        alarmDescription,
        metric,
        threshold: 1,
        evaluationPeriods: 1,
        comparisonOperator: ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
        treatMissingData: TreatMissingData.NOT_BREACHING,
      }).addAlarmAction(new SnsAction(alarms));
    for (const [name, spec] of Object.entries(topology.queues) as [QueueName, Topology["queues"][QueueName]][]) {
      const deadLetter = new Queue(this, `${name}Dlq`, {
        retentionPeriod: Duration.seconds(spec.deadLetterRetentionSeconds),
        encryption: QueueEncryption.SQS_MANAGED,
        enforceSSL: true,
      });
      const queue = new Queue(this, `${name}Queue`, {
        visibilityTimeout: Duration.seconds(spec.visibilityTimeoutSeconds),
        deadLetterQueue: { queue: deadLetter, maxReceiveCount: spec.maxReceiveCount },
        encryption: QueueEncryption.SQS_MANAGED,
        enforceSSL: true,
      });
      this.queues[name] = { queue, deadLetter };
      alarmOnAny(
        `${name}DeadLetters`,
        `Messages are dead-lettered on ${name}: fix the cause, then npm run redrive -- --queue ${name}`,
        deadLetter.metricApproximateNumberOfMessagesVisible({ period: Duration.minutes(5) }),
      );
    }

    for (const [name, spec] of Object.entries(topology.functions) as [FunctionName, Topology["functions"][FunctionName]][]) {
      const sends = spec.sends as readonly QueueName[];
      const environment: Record<string, string> = {
        [TABLE_ENV]: table.tableName,
        JALUR_CHANNELS: "aws",
        POWERTOOLS_SERVICE_NAME: topology.app,
        NODE_OPTIONS: "--enable-source-maps",
      };
      for (const q of sends) environment[queueUrlEnv(q)] = this.queues[q]?.queue.queueUrl ?? "";
      // Secret values reach the function as CloudFormation dynamic references (resolved at deploy time).
      for (const s of spec.secrets as readonly SecretName[])
        environment[topology.secrets[s].env] = secrets[s].secretValue.unsafeUnwrap();
      // Its own log group, written through an inline policy on that group alone (instead of the
      // AWS-managed AWSLambdaBasicExecutionRole, which may create and write every log group).
      const logGroup = new LogGroup(this, `${name}Logs`, { retention: LOG_RETENTION, removalPolicy });
      const role = new Role(this, `${name}Role`, {
        assumedBy: new ServicePrincipal("lambda.amazonaws.com"),
        description: `Jalur ${props.stage}: the ${name} function`,
      });
      logGroup.grantWrite(role);
      const fn = new NodejsFunction(this, name, {
        code: functionCode(spec.entry),
        handler: "index.handler",
        runtime: LAMBDA_RUNTIME,
        architecture: Architecture.ARM_64,
        timeout: Duration.seconds(spec.timeoutSeconds),
        memorySize: spec.memoryMB,
        environment,
        role,
        logGroup,
      });
      this.functions[name] = fn;
      table.grantReadWriteData(fn);
      acknowledge(role, wildcardResource(this, `${table.tableArn}/index/*`), NAG_REASONS.tableIndexes);
      for (const q of sends) this.queues[q]?.queue.grantSendMessages(fn);
      if ("externalChannels" in spec && spec.externalChannels) {
        const identities = `arn:${this.partition}:ses:${this.region}:${this.account}:identity/*`;
        fn.addToRolePolicy(new PolicyStatement({ actions: ["ses:SendEmail"], resources: [identities] }));
        acknowledge(role, wildcardResource(this, identities), NAG_REASONS.sesIdentities);
        // SMS to phone numbers has no topic ARN: SNS requires "*" as the resource for it.
        fn.addToRolePolicy(new PolicyStatement({ actions: ["sns:Publish"], resources: ["*"] }));
        acknowledge(role, wildcardResource(this, "*"), NAG_REASONS.smsPublish);
      }
    }

    for (const [name, spec] of Object.entries(topology.queues) as [QueueName, Topology["queues"][QueueName]][]) {
      const consumer = this.functions[spec.consumer.function];
      const queue = this.queues[name]?.queue;
      if (!consumer || !queue) throw new Error(`Queue ${name} has no consumer ${spec.consumer.function}`);
      consumer.addEventSource(
        new SqsEventSource(queue, {
          batchSize: spec.consumer.batchSize,
          reportBatchItemFailures: true,
          maxConcurrency: Math.max(2, spec.consumer.maxConcurrency),
        }),
      );
      alarmOnAny(
        `${spec.consumer.function}Errors`,
        `The ${spec.consumer.function} worker failed (its messages will be retried, then dead-lettered)`,
        consumer.metricErrors({ period: Duration.minutes(5) }),
      );
    }

    // The outbox relay reads the table's stream: every intent written or touched while pending.
    for (const [name, spec] of Object.entries(topology.streams)) {
      const consumer = this.functions[spec.function];
      if (!consumer || !table.tableStreamArn) throw new Error(`Stream consumer ${name} has no function or the table no stream`);
      table.grantStreamRead(consumer);
      new EventSourceMapping(this, `${name}Stream`, {
        target: consumer,
        eventSourceArn: table.tableStreamArn,
        startingPosition: StartingPosition.TRIM_HORIZON,
        batchSize: spec.batchSize,
        maxBatchingWindow: Duration.seconds(spec.maxBatchingWindowSeconds),
        retryAttempts: spec.retryAttempts,
        bisectBatchOnError: true,
        reportBatchItemFailures: true,
        filters: [
          FilterCriteria.filter({
            eventName: FilterRule.or("INSERT", "MODIFY"),
            dynamodb: {
              NewImage: {
                __edb_e__: { S: FilterRule.isEqual(spec.filter.entity) },
                state: { S: FilterRule.isEqual(spec.filter.state) },
              },
            },
          }),
        ],
      });
      alarmOnAny(
        `${spec.function}Errors`,
        `The ${spec.function} failed: intents wait in the outbox and the sweeper sends them again`,
        consumer.metricErrors({ period: Duration.minutes(5) }),
      );
    }

    // The HTTP API: each route (any method) to its function, one integration per function;
    // `$default` (pages, assets, the sign-in callback) to the web function.
    const integrations = new Map<FunctionName, HttpLambdaIntegration>();
    const integration = (name: FunctionName) => {
      const fn = this.functions[name];
      if (!fn) throw new Error(`The HTTP API's function ${name} is missing`);
      const existing = integrations.get(name);
      if (existing) return existing;
      const created = new HttpLambdaIntegration(`${name}Integration`, fn);
      integrations.set(name, created);
      return created;
    };
    const routes = Object.entries(topology.http.routes as Record<string, FunctionName>);
    const defaultRoute = routes.find(([path]) => path === "$default");
    const api = new HttpApi(this, "Api", {
      ...(defaultRoute ? { defaultIntegration: integration(defaultRoute[1]) } : {}),
      createDefaultStage: false,
    });
    for (const [path, name] of routes)
      if (path !== "$default") api.addRoutes({ path, methods: [HttpMethod.ANY], integration: integration(name) });
    acknowledge(api, "AwsSolutions-APIG4", NAG_REASONS.apiAuthorizer);
    // The stage HttpApi would create (same id, so the same resource), with access logs.
    const accessLogs = new LogGroup(this, "ApiAccessLogs", { retention: LOG_RETENTION, removalPolicy });
    new HttpStage(api, "DefaultStage", {
      httpApi: api,
      autoDeploy: true,
      accessLogSettings: {
        destination: new LogGroupLogDestination(accessLogs),
        format: AccessLogFormat.custom(JSON.stringify(ACCESS_LOG_FORMAT)),
      },
    });

    const schedulerRole = new Role(this, "SchedulerRole", { assumedBy: new ServicePrincipal("scheduler.amazonaws.com") });
    for (const [name, spec] of Object.entries(topology.schedules)) {
      const target = this.functions[spec.function];
      if (!target) throw new Error(`Schedule ${name} has no function ${spec.function}`);
      // The schedule invokes the unqualified function: no version or alias (grantInvoke's `:*`).
      schedulerRole.addToPolicy(new PolicyStatement({ actions: ["lambda:InvokeFunction"], resources: [target.functionArn] }));
      new CfnSchedule(this, `${name}Schedule`, {
        description: spec.description,
        scheduleExpression: `rate(${spec.everyMinutes} minutes)`,
        scheduleExpressionTimezone: spec.timeZone,
        flexibleTimeWindow: { mode: "OFF" },
        target: { arn: target.functionArn, roleArn: schedulerRole.roleArn, retryPolicy: { maximumRetryAttempts: 2 } },
      });
    }

    new CfnOutput(this, "ApiUrl", { value: api.apiEndpoint });
    new CfnOutput(this, "TableName", { value: table.tableName });
    new CfnOutput(this, "AlarmTopic", { value: alarms.topicArn });
  }
}
