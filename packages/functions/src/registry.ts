import type { Deps } from "@jalur/core";
import type { FunctionName, topology } from "@jalur/infra/topology";
import { createExpirySweep } from "./schedules/expiry-sweep.ts";
import { createOutboxSweep } from "./schedules/outbox-sweep.ts";
import { createReminders } from "./schedules/reminders.ts";
import { createOutboxRelay, type StreamHandler } from "./streams/outbox-relay.ts";
import { createMatchWorker } from "./workers/match.ts";
import { createNotifyWorker } from "./workers/notify.ts";
import { createScheduleWorker } from "./workers/schedule.ts";
import type { SqsWorker } from "./workers/sqs-worker.ts";

type Consumer = (typeof topology.queues)[keyof typeof topology.queues]["consumer"]["function"];
type Scheduled = (typeof topology.schedules)[keyof typeof topology.schedules]["function"];
type StreamConsumer = (typeof topology.streams)[keyof typeof topology.streams]["function"];

/** The handler factory behind each queue consumer of the topology (the compiler checks all are here). */
export const queueWorkers: Record<Consumer, (deps: Deps) => SqsWorker> = {
  matchWorker: createMatchWorker,
  scheduleWorker: createScheduleWorker,
  notifyWorker: createNotifyWorker,
};

/** The handler factory behind each scheduled function of the topology. */
export const scheduledJobs: Record<Scheduled, (deps: Deps) => () => Promise<void>> = {
  reminders: createReminders,
  expirySweep: createExpirySweep,
  outboxSweep: createOutboxSweep,
};

/** The handler factory behind each consumer of the table's stream. */
export const streamConsumers: Record<StreamConsumer, (deps: Deps) => StreamHandler> = {
  outboxRelay: createOutboxRelay,
};

export type { FunctionName };
