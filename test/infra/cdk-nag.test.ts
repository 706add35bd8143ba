import { App, type CfnResource, Validations } from "aws-cdk-lib";
import { Template } from "aws-cdk-lib/assertions";
import { Runtime } from "aws-cdk-lib/aws-lambda";
import { AwsSolutionsChecks } from "cdk-nag";
import type { IConstruct } from "constructs";
import { describe, expect, it } from "vitest";
import { ACCESS_LOG_FORMAT, JalurStack, LAMBDA_RUNTIME } from "../../infra/cdk/stack.ts";
import { topology } from "../../infra/topology.ts";

/** Synthesises offline like test/infra/cdk.test.ts (bundling skipped), then runs AWS's cdk-nag pack over the app. */
function nag(stage = "test") {
  const app = new App({ context: { "aws:cdk:bundling-stacks": [] } });
  const stack = new JalurStack(app, "Jalur", { stage, env: { account: "123456789012", region: "ap-southeast-3" } });
  const template = Template.fromStack(stack);
  // cdk-nag 3 is a CDK policy-validation plugin (`Validations.of(app).addPlugins(…)` fails a synth on
  // findings); validateScope runs the same rules and returns the findings to assert on.
  const { violations } = new AwsSolutionsChecks(app, { verbose: true }).validateScope(app);
  const findings = (severity: string) =>
    violations
      .filter((v) => v.severity === severity)
      .flatMap((v) => v.violatingResources.map((r) => `${v.ruleName} at ${r.constructPath}: ${v.description}`));
  return { app, stack, template, errors: findings("error"), warnings: findings("warning") };
}

/** Every acknowledgement in the tree: rule (or finding) id → reason, with where it was made. */
function acknowledgements(root: IConstruct) {
  return root.node.findAll().flatMap((c) =>
    c.node.metadata
      .filter((m) => m.type === Validations.ACKNOWLEDGED_RULES_METADATA_KEY)
      .flatMap((m) => Object.entries(m.data as Record<string, string>))
      .map(([id, reason]) => ({ id: id.replace(/^annotation::/i, ""), reason, path: c.node.path })),
  );
}

describe("AWS's cdk-nag rules (AwsSolutionsChecks)", () => {
  for (const stage of ["test", "production"]) {
    it(`find nothing unacknowledged in the ${stage} stack`, () => {
      const { errors, warnings } = nag(stage);
      expect(errors, `cdk-nag errors:\n${errors.join("\n")}`).toEqual([]);
      expect(warnings, `cdk-nag warnings:\n${warnings.join("\n")}`).toEqual([]);
    });
  }

  it("accept only the authorizer, wildcard and rotation findings, each with its reason", () => {
    const acks = acknowledgements(nag().app);
    expect([...new Set(acks.map((a) => a.id.replace(/\[.*$/, "")))].sort()).toEqual([
      "AwsSolutions-APIG4",
      "AwsSolutions-IAM5",
      "AwsSolutions-SMG4",
    ]);
    for (const a of acks) expect(a.reason.length, `${a.id} at ${a.path}`).toBeGreaterThan(40);
    // Wildcard resources are accepted one by one, never as a whole rule.
    expect(acks.filter((a) => a.id === "AwsSolutions-IAM5")).toEqual([]);
    expect(acks.filter((a) => a.id === "AwsSolutions-SMG4")).toHaveLength(Object.keys(topology.secrets).length);
  });

  it("is fixed where it can be: access logs with request ids, TLS-only alarms, no managed policies, the newest runtime", () => {
    const { stack, template } = nag();
    const stage = Object.values(template.findResources("AWS::ApiGatewayV2::Stage"));
    expect(stage).toHaveLength(1);
    const settings = stage[0]?.Properties.AccessLogSettings;
    expect(settings.DestinationArn["Fn::GetAtt"][1]).toBe("Arn");
    expect(JSON.parse(settings.Format)).toMatchObject({
      requestId: "$context.requestId",
      lambdaRequestId: "$context.integration.requestId",
    });
    expect(JSON.parse(settings.Format)).toEqual(ACCESS_LOG_FORMAT);

    template.hasResourceProperties("AWS::SNS::TopicPolicy", {
      PolicyDocument: {
        Statement: [
          { Action: "sns:Publish", Effect: "Deny", Principal: "*", Condition: { Bool: { "aws:SecureTransport": "false" } } },
        ],
      },
    });

    for (const role of Object.values(template.findResources("AWS::IAM::Role")))
      expect(role.Properties.ManagedPolicyArns).toBeUndefined();
    // Each function logs to its own group, kept 90 days.
    for (const fn of Object.values(stack.functions)) {
      const id = stack.getLogicalId(fn.node.defaultChild as CfnResource);
      const group = template.toJSON().Resources[id].Properties.LoggingConfig.LogGroup.Ref as string;
      expect(template.toJSON().Resources[group].Properties.RetentionInDays).toBe(90);
    }

    const newest = Runtime.ALL.filter((r) => /^nodejs\d/.test(r.name))
      .map((r) => r.name)
      .sort((a, b) => a.localeCompare(b, undefined, { numeric: true }))
      .at(-1);
    expect(LAMBDA_RUNTIME.name).toBe(newest);
  });
});
