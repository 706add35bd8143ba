import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { App } from "aws-cdk-lib";
import { Match, Template } from "aws-cdk-lib/assertions";
import { describe, expect, it } from "vitest";
import { BUNDLE_OPTIONS, BUNDLE_PLUGINS_FILE } from "../../infra/bundle-options.ts";
import { JalurStack } from "../../infra/cdk/stack.ts";
import plugins from "../../infra/esbuild-plugins.mjs";
import { SST_NODEJS, sstPlan } from "../../infra/sst-plan.ts";
import { type Topology, topology } from "../../infra/topology.ts";

/** Synthesises offline; bundling is skipped (the bundles bench and `npm run synth` build them). */
function synth(t: Topology = topology, stage = "test") {
  const app = new App({ context: { "aws:cdk:bundling-stacks": [] } });
  const stack = new JalurStack(app, "Jalur", { stage, topology: t, env: { account: "123456789012", region: "ap-southeast-3" } });
  return { stack, template: Template.fromStack(stack) };
}

type Statement = { Action: string | string[]; Resource: unknown; Effect: string };

describe("the CDK stack", () => {
  const { stack, template } = synth();
  const policies = template.findResources("AWS::IAM::Policy");
  const statementsOf = (fn: string): Statement[] => {
    const roleRef = stack.getLogicalId(stack.functions[fn]!.role!.node.defaultChild as never);
    return Object.values(policies)
      .filter((p) => JSON.stringify(p.Properties.Roles).includes(roleRef))
      .flatMap((p) => p.Properties.PolicyDocument.Statement as Statement[]);
  };

  it("has the table with every index, TTL and point-in-time recovery", () => {
    template.hasResourceProperties("AWS::DynamoDB::GlobalTable", {
      KeySchema: [
        { AttributeName: "pk", KeyType: "HASH" },
        { AttributeName: "sk", KeyType: "RANGE" },
      ],
      GlobalSecondaryIndexes: topology.table.indexes.map((i) => Match.objectLike({ IndexName: i.name })),
      TimeToLiveSpecification: { AttributeName: "expiresAt", Enabled: true },
      Replicas: [Match.objectLike({ PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true } })],
    });
  });

  it("gives every queue a dead-letter queue with the topology's receive count and visibility", () => {
    for (const [name, spec] of Object.entries(topology.queues)) {
      const queue = stack.getLogicalId(stack.queues[name]!.queue.node.defaultChild as never);
      const dlq = stack.getLogicalId(stack.queues[name]!.deadLetter.node.defaultChild as never);
      expect(template.toJSON().Resources[queue].Properties).toMatchObject({
        VisibilityTimeout: spec.visibilityTimeoutSeconds,
        RedrivePolicy: { deadLetterTargetArn: { "Fn::GetAtt": [dlq, "Arn"] }, maxReceiveCount: spec.maxReceiveCount },
      });
      // AWS guidance: visibility at least 6 × the consumer's timeout.
      const consumer = topology.functions[spec.consumer.function];
      expect(spec.visibilityTimeoutSeconds).toBeGreaterThanOrEqual(6 * consumer.timeoutSeconds);
    }
    template.resourceCountIs("AWS::SQS::Queue", 2 * Object.keys(topology.queues).length);
  });

  it("reports batch item failures on every event source, with the topology's batch size", () => {
    const mappings = Object.values(template.findResources("AWS::Lambda::EventSourceMapping"));
    expect(mappings).toHaveLength(Object.keys(topology.queues).length + Object.keys(topology.streams).length);
    for (const m of mappings) expect(m.Properties.FunctionResponseTypes).toEqual(["ReportBatchItemFailures"]);
    expect(mappings.map((m) => m.Properties.BatchSize).sort()).toEqual(
      [
        ...Object.values(topology.queues).map((q) => q.consumer.batchSize),
        ...Object.values(topology.streams).map((s) => s.batchSize),
      ].sort(),
    );
  });

  it("relays the outbox from the table's stream: new images, only pending intents, retried and bisected", () => {
    template.hasResourceProperties("AWS::DynamoDB::GlobalTable", { StreamSpecification: { StreamViewType: "NEW_IMAGE" } });
    const spec = topology.streams.outbox;
    const relay = stack.getLogicalId(stack.functions[spec.function]!.node.defaultChild as never);
    const mapping = Object.values(template.findResources("AWS::Lambda::EventSourceMapping")).find(
      (m) => m.Properties.FunctionName?.Ref === relay,
    );
    expect(mapping?.Properties).toMatchObject({
      StartingPosition: "TRIM_HORIZON",
      BatchSize: spec.batchSize,
      MaximumBatchingWindowInSeconds: spec.maxBatchingWindowSeconds,
      MaximumRetryAttempts: spec.retryAttempts,
      BisectBatchOnFunctionError: true,
    });
    const pattern = JSON.parse(mapping?.Properties.FilterCriteria.Filters[0].Pattern);
    expect(pattern).toEqual({
      eventName: ["INSERT", "MODIFY"],
      dynamodb: { NewImage: { __edb_e__: { S: ["intent"] }, state: { S: ["pending"] } } },
    });
    // The SST app subscribes with the same filter.
    expect(sstPlan().streams[0]?.filters[0]).toEqual(pattern);
    // It reads the stream; it is the only function sending to every queue.
    const actions = statementsOf(spec.function).flatMap((s) => [s.Action].flat());
    expect(actions).toEqual(expect.arrayContaining(["dynamodb:GetRecords", "dynamodb:GetShardIterator"]));
    expect(topology.functions.outboxRelay.sends).toEqual(Object.keys(topology.queues));
  });

  it("runs every function on nodejs24.x", () => {
    const fns = Object.values(template.findResources("AWS::Lambda::Function")).filter((f) =>
      f.Properties.Runtime?.startsWith("nodejs"),
    );
    expect(fns.length).toBeGreaterThanOrEqual(Object.keys(topology.functions).length);
    for (const f of fns) expect(f.Properties.Runtime).toBe("nodejs24.x");
    // Application functions run the bundle infra/bundle.ts writes (index.mjs, export `handler`).
    for (const name of Object.keys(topology.functions)) {
      const id = stack.getLogicalId(stack.functions[name]!.node.defaultChild as never);
      expect(template.toJSON().Resources[id].Properties.Handler).toBe("index.handler");
    }
  });

  it("grants least privilege: no wildcard actions; each function sends only to the queues it uses", () => {
    for (const policy of Object.values(policies))
      for (const s of policy.Properties.PolicyDocument.Statement as Statement[])
        for (const action of [s.Action].flat()) expect(action).not.toMatch(/(^\*$|:\*$)/);
    for (const [fn, spec] of Object.entries(topology.functions)) {
      const statements = statementsOf(fn);
      const sendsTo = statements
        .filter((s) => [s.Action].flat().includes("sqs:SendMessage"))
        .map((s) => JSON.stringify(s.Resource));
      const expected = (spec.sends as readonly string[]).map((q) =>
        JSON.stringify({ "Fn::GetAtt": [stack.getLogicalId(stack.queues[q]!.queue.node.defaultChild as never), "Arn"] }),
      );
      expect(sendsTo.sort(), fn).toEqual(expected.sort());
      const external = statements.some((s) => [s.Action].flat().some((a) => a.startsWith("ses:") || a.startsWith("sns:")));
      expect(external, fn).toBe("externalChannels" in spec && spec.externalChannels === true);
    }
  });

  it("routes /v1, health, OpenAPI and docs to the API function and everything else to the web function", () => {
    const resources = template.toJSON().Resources;
    const functionOf = (name: string) => stack.getLogicalId(stack.functions[name]!.node.defaultChild as never);
    // Route key → the function its integration invokes.
    const table = Object.fromEntries(
      Object.values(template.findResources("AWS::ApiGatewayV2::Route")).map((r) => {
        const integration = r.Properties.Target["Fn::Join"][1][1].Ref as string;
        return [r.Properties.RouteKey, resources[integration].Properties.IntegrationUri["Fn::GetAtt"][0]];
      }),
    );
    expect(table).toEqual({
      "ANY /v1/{proxy+}": functionOf("api"),
      "ANY /health": functionOf("api"),
      "ANY /openapi.json": functionOf("api"),
      "ANY /docs": functionOf("api"),
      "ANY /docs/{proxy+}": functionOf("api"),
      $default: functionOf("web"),
    });
    // One integration per function; API Gateway may invoke each function on each of its routes.
    template.resourceCountIs("AWS::ApiGatewayV2::Integration", 2);
    const permissions = Object.values(template.findResources("AWS::Lambda::Permission")).filter(
      (p) => p.Properties.Principal === "apigateway.amazonaws.com",
    );
    const invokes = (fn: string) => permissions.filter((p) => p.Properties.FunctionName["Fn::GetAtt"]?.[0] === functionOf(fn));
    expect(invokes("api")).toHaveLength(5);
    expect(invokes("web")).toHaveLength(1);
    // The SST app routes the same way.
    const ids = { api: functionOf("api"), web: functionOf("web") } as Record<string, string>;
    expect(Object.fromEntries(sstPlan().http.routes.map((r) => [r.route, ids[r.function]]))).toEqual(table);
    expect(sstPlan().http.functions.map((f) => f.name)).toEqual(["api", "web"]);
  });

  it("runs the web app as its own function: the API's settings, the sign-in secrets, no queues, its own logs", () => {
    const resources = template.toJSON().Resources;
    const web = stack.getLogicalId(stack.functions.web!.node.defaultChild as never);
    const props = resources[web].Properties;
    expect(props).toMatchObject({ Timeout: 29, MemorySize: topology.functions.api.memoryMB, Architectures: ["arm64"] });
    const env = props.Environment.Variables as Record<string, unknown>;
    expect(Object.keys(env).sort()).toEqual(
      [
        "JALUR_TABLE",
        "JALUR_CHANNELS",
        "POWERTOOLS_SERVICE_NAME",
        "NODE_OPTIONS",
        "JALUR_SIGNING_KEY",
        "JALUR_JWT_ISSUER",
        "JALUR_JWT_AUDIENCE",
        "JALUR_JWT_JWKS_URL",
        "JALUR_OIDC_AUTHORIZE_URL",
        "JALUR_OIDC_TOKEN_URL",
        "JALUR_OIDC_LOGOUT_URL",
      ].sort(),
    );
    // Least privilege: the table (and its indexes) read/write and its own log group, nothing else.
    const statements = statementsOf("web");
    const actions = statements.flatMap((s) => [s.Action].flat());
    expect(actions.filter((a) => !a.startsWith("dynamodb:") && !a.startsWith("logs:"))).toEqual([]);
    expect(actions).toEqual(expect.arrayContaining(["dynamodb:GetItem", "dynamodb:PutItem", "dynamodb:Query"]));
    const table = stack.getLogicalId(
      Object.values(stack.node.findAll()).find((c) => c.node.id === "Table")!.node.defaultChild as never,
    );
    for (const s of statements.filter((s) => [s.Action].flat().some((a) => a.startsWith("dynamodb:"))))
      expect(JSON.stringify(s.Resource)).toContain(table);
    const group = props.LoggingConfig.LogGroup.Ref as string;
    expect(resources[group].Properties.RetentionInDays).toBe(90);
    const logs = statements.filter((s) => [s.Action].flat().some((a) => a.startsWith("logs:")));
    expect(logs.length).toBeGreaterThan(0);
    for (const s of logs) expect(JSON.stringify(s.Resource)).toContain(group);
  });

  it("runs the schedules in their time zone, and alarms on dead letters and worker errors", () => {
    for (const s of Object.values(topology.schedules))
      template.hasResourceProperties("AWS::Scheduler::Schedule", {
        ScheduleExpression: `rate(${s.everyMinutes} minutes)`,
        ScheduleExpressionTimezone: s.timeZone,
      });
    const alarms = Object.values(template.findResources("AWS::CloudWatch::Alarm"));
    expect(alarms.filter((a) => a.Properties.MetricName === "ApproximateNumberOfMessagesVisible")).toHaveLength(
      Object.keys(topology.queues).length,
    );
    expect(alarms.filter((a) => a.Properties.MetricName === "Errors")).toHaveLength(
      Object.keys(topology.queues).length + Object.keys(topology.streams).length,
    );
  });

  it("retains data in production and deletes it in other stages", () => {
    const prod = synth(topology, "production").template.toJSON().Resources as Record<string, { Type?: string }>;
    const table = Object.values(prod).find((r: { Type?: string }) => r.Type === "AWS::DynamoDB::GlobalTable") as {
      DeletionPolicy: string;
      Properties: { Replicas: { DeletionProtectionEnabled: boolean }[] };
    };
    expect(table.DeletionPolicy).toBe("Retain");
    expect(table.Properties.Replicas[0]?.DeletionProtectionEnabled).toBe(true);
    const dev = Object.values(template.toJSON().Resources as Record<string, { Type?: string }>).find(
      (r: { Type?: string }) => r.Type === "AWS::DynamoDB::GlobalTable",
    ) as {
      DeletionPolicy: string;
    };
    expect(dev.DeletionPolicy).toBe("Delete");
  });
});

describe("one way to bundle", () => {
  it("synthesises with real local bundling: one distinct bundle per function, each exporting its handler", () => {
    const outdir = mkdtempSync(join(tmpdir(), "jalur-cdk-"));
    try {
      const app = new App({ outdir });
      const stack = new JalurStack(app, "Jalur", { stage: "test", env: { account: "123456789012", region: "ap-southeast-3" } });
      const resources = Template.fromStack(stack).toJSON().Resources;
      const keys = Object.keys(topology.functions).map((name) => {
        const id = stack.getLogicalId(stack.functions[name]!.node.defaultChild as never);
        return resources[id].Properties.Code.S3Key as string;
      });
      expect(new Set(keys).size).toBe(keys.length);
      for (const key of keys) {
        const code = readFileSync(join(outdir, `asset.${key.replace(/\.zip$/, "")}`, "index.mjs"), "utf8");
        expect(code).toMatch(/export\s*\{[^}]*as handler\s*\}/);
      }
    } finally {
      rmSync(outdir, { recursive: true, force: true });
    }
  }, 120_000);

  it("SST bundles with the options and plugin file the CDK stack's bundler and the bench use", () => {
    expect(SST_NODEJS).toEqual({
      format: BUNDLE_OPTIONS.format,
      minify: BUNDLE_OPTIONS.minify,
      esbuild: { mainFields: [...BUNDLE_OPTIONS.mainFields] },
      plugins: BUNDLE_PLUGINS_FILE,
    });
    expect(BUNDLE_PLUGINS_FILE).toBe("./infra/esbuild-plugins.mjs");
    expect(plugins.map((p) => p.name)).toEqual(["jalur-zod-locales", "jalur-lambda-credentials"]);
  });
});

describe("one topology, three deployments", () => {
  /** The topology with one more queue (and its worker), as a developer would add it. */
  const extended = {
    ...topology,
    functions: {
      ...topology.functions,
      auditWorker: { ...topology.functions.notifyWorker, entry: "lambda/notify-worker", sends: [] },
    },
    queues: {
      ...topology.queues,
      audit: {
        visibilityTimeoutSeconds: 180,
        maxReceiveCount: 4,
        deadLetterRetentionSeconds: 86_400,
        consumer: { function: "auditWorker", batchSize: 5, maxConcurrency: 2 },
      },
    },
  } as unknown as Topology;

  it("a queue added to the topology appears in the CDK stack", () => {
    const { template } = synth(extended);
    template.resourceCountIs("AWS::SQS::Queue", 2 * (Object.keys(topology.queues).length + 1));
    template.hasResourceProperties("AWS::SQS::Queue", {
      VisibilityTimeout: 180,
      RedrivePolicy: Match.objectLike({ maxReceiveCount: 4 }),
    });
    template.hasResourceProperties("AWS::Lambda::EventSourceMapping", {
      BatchSize: 5,
      FunctionResponseTypes: ["ReportBatchItemFailures"],
    });
  });

  it("a queue added to the topology appears in the SST app", () => {
    const plan = sstPlan(extended);
    const audit = plan.queues.find((q) => (q.name as string) === "audit");
    expect(audit).toMatchObject({
      link: "AuditQueue",
      visibilityTimeout: "180 seconds",
      deadLetter: { retry: 4 },
      batch: { size: 5, partialResponses: true },
      subscriber: { handler: "packages/functions/src/lambda/notify-worker.handler", runtime: "nodejs24.x" },
    });
    expect(sstPlan().queues.map((q) => q.name)).toEqual(Object.keys(topology.queues));
  });
});
