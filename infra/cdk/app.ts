import { App, Validations } from "aws-cdk-lib";
import { AwsSolutionsChecks } from "cdk-nag";
import { JalurStack } from "./stack.ts";

/** `npm run synth` (offline: writes cdk.out/) and `npx aws-cdk deploy` both run this. */
const app = new App({ outdir: process.env.CDK_OUTDIR ?? "cdk.out" });
const stage = (app.node.tryGetContext("stage") as string | undefined) ?? process.env.JALUR_STAGE ?? "dev";
new JalurStack(app, `Jalur-${stage}`, {
  stage,
  env: { account: process.env.CDK_DEFAULT_ACCOUNT, region: process.env.CDK_DEFAULT_REGION ?? "ap-southeast-3" },
});
// AWS's own rules: a synth (and so a deploy) with an unacknowledged finding fails.
Validations.of(app).addPlugins(new AwsSolutionsChecks(app));
const assembly = app.synth();
console.log(`Synthesised ${assembly.stacks.map((s) => `${s.stackName} (${s.templateFullPath})`).join(", ")}`);
