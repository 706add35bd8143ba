import { GetQueueAttributesCommand } from "@aws-sdk/client-sqs";
import { type Topology, topology } from "@jalur/infra/topology";
import { describe, expect, it } from "vitest";
import { freshDeployment } from "../support/deployment.ts";

describe("one topology, three deployments: the local runtime", () => {
  it("a queue added to the topology is provisioned locally with its dead-letter queue", async () => {
    const extended = {
      ...topology,
      queues: {
        ...topology.queues,
        audit: {
          visibilityTimeoutSeconds: 180,
          maxReceiveCount: 4,
          deadLetterRetentionSeconds: 86_400,
          consumer: { function: "notifyWorker", batchSize: 5, maxConcurrency: 2 },
        },
      },
    } as unknown as Topology;
    const { deps, provisioned } = await freshDeployment({ topology: extended });
    const urls = provisioned.queueUrls as Record<string, string>;
    expect(Object.keys(urls).sort()).toEqual([...Object.keys(topology.queues), "audit"].sort());
    const { Attributes } = await deps.sqs.send(
      new GetQueueAttributesCommand({ QueueUrl: urls.audit, AttributeNames: ["VisibilityTimeout", "RedrivePolicy"] }),
    );
    expect(Attributes?.VisibilityTimeout).toBe("180");
    expect(Number(JSON.parse(Attributes?.RedrivePolicy ?? "{}").maxReceiveCount)).toBe(4);
  });
});
