import { functionArgs } from "./functions";
import { secrets } from "./secrets";
import { sstPlan } from "./sst-plan";
import { table } from "./storage";

const plan = sstPlan();

/** Each topology queue with its dead-letter queue; created first, so subscribers can link any of them. */
export const queues: Record<string, sst.aws.Queue> = {};
for (const q of plan.queues) {
  const dlq = new sst.aws.Queue(`${q.link}Dlq`, {
    transform: {
      queue: (args) => {
        args.messageRetentionSeconds = q.deadLetter.retentionSeconds;
      },
    },
  });
  queues[q.name] = new sst.aws.Queue(q.link, {
    visibilityTimeout: q.visibilityTimeout,
    dlq: { queue: dlq.arn, retry: q.deadLetter.retry },
  });
}

/** The consumer of each queue, with partial batch responses and its concurrency cap. */
for (const q of plan.queues) {
  queues[q.name]?.subscribe(functionArgs(q.subscriber, { table, queues, secrets }), {
    batch: { size: q.batch.size, partialResponses: q.batch.partialResponses },
    transform: {
      eventSourceMapping: (args) => {
        args.scalingConfig = { maximumConcurrency: q.maxConcurrency };
      },
    },
  });
}
