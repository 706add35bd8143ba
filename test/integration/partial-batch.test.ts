import { ReceiveMessageCommand } from "@aws-sdk/client-sqs";
import { type Deps, flushIntents, getProbe, type Principal, startProbe } from "@jalur/core";
import { createMatchWorker } from "@jalur/functions";
import { toSqsRecord } from "@jalur/local";
import type { SQSEvent } from "aws-lambda";
import { beforeAll, describe, expect, it } from "vitest";
import { freshDeployment } from "../support/deployment.ts";

/** Probes are operations: an operator starts and reads them. */
const OPERATOR: Principal = { sub: "ops", role: "operator" };

describe("a worker handler given an SQS batch with one bad record", () => {
  let deps: Deps;
  beforeAll(async () => {
    ({ deps } = await freshDeployment());
  });

  it("reports only the bad record in batchItemFailures and processes the others", async () => {
    const first = await startProbe(deps, OPERATOR, "match");
    const second = await startProbe(deps, OPERATOR, "match");
    // No relay runs here: send the committed intents as it would.
    expect(await flushIntents(deps)).toBe(2);
    const received = await deps.sqs.send(
      new ReceiveMessageCommand({
        QueueUrl: deps.queueUrls.match,
        MaxNumberOfMessages: 10,
        WaitTimeSeconds: 1,
        MessageSystemAttributeNames: ["All"],
      }),
    );
    expect(received.Messages).toHaveLength(2);
    const records = (received.Messages ?? []).map((m) =>
      toSqsRecord(m, "arn:aws:sqs:local:000000000000:match", "ap-southeast-3"),
    );
    const bad = { ...records[0]!, messageId: "bad-1", body: "{this is not json" };
    const event: SQSEvent = { Records: [records[0]!, bad, records[1]!] };

    const response = await createMatchWorker(deps)(event);

    expect(response.batchItemFailures).toEqual([{ itemIdentifier: "bad-1" }]);
    expect((await getProbe(deps, OPERATOR, first.probeId)).status).toBe("done");
    expect((await getProbe(deps, OPERATOR, second.probeId)).status).toBe("done");
  });

  it("treats a message of a known shape but unknown probe as a failure (it is kept for the dead-letter queue)", async () => {
    const body = JSON.stringify({ type: "probe", id: "probe:ghost", probeId: "ghost" });
    const record = { ...toSqsRecord({ MessageId: "ghost-1", Body: body, ReceiptHandle: "r" }, "arn", "ap-southeast-3") };
    const response = await createMatchWorker(deps)({ Records: [record, { ...record, messageId: "ghost-2" }] }).catch(
      (e: Error) => e,
    );
    // Every record failed, so Powertools raises: the whole batch goes back to the queue.
    expect(response).toBeInstanceOf(Error);
  });

  it("handles a redelivered message once: the second delivery changes nothing", async () => {
    const probe = await startProbe(deps, OPERATOR, "match");
    await flushIntents(deps);
    const received = await deps.sqs.send(
      new ReceiveMessageCommand({
        QueueUrl: deps.queueUrls.match,
        MaxNumberOfMessages: 1,
        WaitTimeSeconds: 1,
        MessageSystemAttributeNames: ["All"],
      }),
    );
    const record = toSqsRecord(received.Messages![0]!, "arn", "ap-southeast-3");
    const worker = createMatchWorker(deps);
    expect((await worker({ Records: [record] })).batchItemFailures).toEqual([]);
    const afterFirst = await getProbe(deps, OPERATOR, probe.probeId);
    expect(
      (await worker({ Records: [{ ...record, attributes: { ...record.attributes, ApproximateReceiveCount: "2" } }] }))
        .batchItemFailures,
    ).toEqual([]);
    expect(await getProbe(deps, OPERATOR, probe.probeId)).toEqual(afterFirst);
  });
});
