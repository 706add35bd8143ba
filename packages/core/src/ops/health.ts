import { DescribeTableCommand } from "@aws-sdk/client-dynamodb";
import { GetQueueAttributesCommand } from "@aws-sdk/client-sqs";
import type { Deps } from "../platform/deps.ts";

export interface DependencyHealth {
  readonly name: string;
  readonly ok: boolean;
  readonly latencyMs: number;
  readonly detail?: string;
}

async function probe(name: string, check: () => Promise<string | undefined>): Promise<DependencyHealth> {
  const started = performance.now();
  try {
    const detail = await check();
    return { name, ok: true, latencyMs: Math.round(performance.now() - started), detail };
  } catch (error) {
    const detail = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    return { name, ok: false, latencyMs: Math.round(performance.now() - started), detail };
  }
}

/** Reach the table and every queue; used by `/health`. Never throws. */
export async function checkDependencies(deps: Deps): Promise<DependencyHealth[]> {
  const checks = [
    probe("dynamodb", async () => {
      const out = await deps.ddb.send(new DescribeTableCommand({ TableName: deps.table }));
      return out.Table?.TableStatus;
    }),
    ...Object.entries(deps.queueUrls).map(([name, url]) =>
      probe(`sqs:${name}`, async () => {
        const out = await deps.sqs.send(
          new GetQueueAttributesCommand({ QueueUrl: url, AttributeNames: ["ApproximateNumberOfMessages"] }),
        );
        return `${out.Attributes?.ApproximateNumberOfMessages ?? "?"} waiting`;
      }),
    ),
  ];
  return Promise.all(checks);
}
