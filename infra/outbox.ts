import { functionArgs } from "./functions";
import { queues } from "./queues";
import { secrets } from "./secrets";
import { sstPlan } from "./sst-plan";
import { table } from "./storage";

/**
 * The transactional outbox's relay: the table's stream (new images of pending intents only)
 * invokes it; a failed batch is bisected and retried from its first failed record.
 */
export const streamSubscribers = sstPlan().streams.map((s) =>
  table.subscribe(`${s.name[0]?.toUpperCase()}${s.name.slice(1)}Relay`, functionArgs(s.subscriber, { table, queues, secrets }), {
    filters: s.filters,
    transform: {
      eventSourceMapping: (args) => {
        args.startingPosition = "TRIM_HORIZON";
        args.batchSize = s.batchSize;
        args.maximumBatchingWindowInSeconds = s.maxBatchingWindowSeconds;
        args.maximumRetryAttempts = s.retryAttempts;
        args.bisectBatchOnFunctionError = true;
        args.functionResponseTypes = ["ReportBatchItemFailures"];
      },
    },
  }),
);
