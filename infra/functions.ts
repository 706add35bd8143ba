import { SST_NODEJS, type SstFunctionPlan } from "./sst-plan";

/**
 * SST function arguments for a planned function: linked to the table, the queues it sends to
 * and its secrets (read through `Resource` in packages/functions), bundled as infra/bundle.ts does.
 */
export function functionArgs(
  plan: SstFunctionPlan,
  linkables: { table: sst.aws.Dynamo; queues: Record<string, sst.aws.Queue>; secrets: Record<string, sst.Secret> },
): sst.aws.FunctionArgs {
  return {
    handler: plan.handler,
    runtime: plan.runtime,
    architecture: plan.architecture,
    timeout: plan.timeout,
    memory: plan.memory,
    link: [
      linkables.table,
      ...plan.linksQueues.map((q) => linkables.queues[q]).filter((q) => q !== undefined),
      ...plan.linksSecrets.map((s) => linkables.secrets[s]).filter((s) => s !== undefined),
    ],
    environment: plan.environment,
    permissions: plan.permissions.map((p) => ({ actions: [...p.actions], resources: [...p.resources] })),
    nodejs: SST_NODEJS,
  };
}
