import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { ReceiveMessageCommand, SendMessageCommand } from "@aws-sdk/client-sqs";
import { redriveDeadLetters } from "@jalur/core";
import { queueUrlEnv } from "@jalur/infra/topology";
import { describe, expect, it } from "vitest";
import { freshDeployment } from "../support/deployment.ts";

const run = promisify(execFile);

async function drain(sqs: Awaited<ReturnType<typeof freshDeployment>>["deps"]["sqs"], url: string) {
  const bodies: string[] = [];
  for (;;) {
    const { Messages } = await sqs.send(
      new ReceiveMessageCommand({ QueueUrl: url, MaxNumberOfMessages: 10, WaitTimeSeconds: 0 }),
    );
    if (!Messages?.length) return bodies;
    bodies.push(...Messages.map((m) => m.Body ?? ""));
  }
}

describe("redrive: dead letters back to their queue", () => {
  it("moves every dead letter back once, and empties the dead-letter queue", async () => {
    const { deps, provisioned } = await freshDeployment();
    const dlq = provisioned.deadLetterUrls.notify;
    const bodies = Array.from({ length: 23 }, (_, i) => JSON.stringify({ type: "probe", id: `p${i}`, probeId: `p${i}` }));
    for (const body of bodies) await deps.sqs.send(new SendMessageCommand({ QueueUrl: dlq, MessageBody: body }));
    expect(await redriveDeadLetters(deps.sqs, dlq, provisioned.queueUrls.notify)).toEqual({ moved: 23 });
    expect((await drain(deps.sqs, provisioned.queueUrls.notify)).sort()).toEqual([...bodies].sort());
    expect(await drain(deps.sqs, dlq)).toEqual([]);
  });

  it("runs as `npm run redrive -- --queue Q` against a deployment named in the environment", async () => {
    const { deps, provisioned, endpoints } = await freshDeployment();
    const dlq = provisioned.deadLetterUrls.schedule;
    await deps.sqs.send(new SendMessageCommand({ QueueUrl: dlq, MessageBody: '{"type":"probe","id":"x","probeId":"x"}' }));
    const env = {
      ...process.env,
      [queueUrlEnv("schedule")]: provisioned.queueUrls.schedule,
      [queueUrlEnv("schedule").replace(/_URL$/, "_DLQ_URL")]: dlq,
      JALUR_SQS_ENDPOINT: endpoints.sqsEndpoint,
    };
    const { stdout } = await run("npx", ["tsx", "packages/local/src/redrive-cli.ts", "--queue", "schedule"], { env });
    expect(stdout).toContain("Moved 1 message(s) from the schedule dead-letter queue back to schedule.");
    expect(await drain(deps.sqs, provisioned.queueUrls.schedule)).toEqual(['{"type":"probe","id":"x","probeId":"x"}']);
  });
});
