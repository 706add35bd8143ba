import type { Deps } from "@jalur/core";
import type { FunctionName, topology } from "@jalur/infra/topology";
import { createExpirySweep } from "./schedules/expiry-sweep.ts";
import { createReminders } from "./schedules/reminders.ts";
import { createMatchWorker } from "./workers/match.ts";
import { createNotifyWorker } from "./workers/notify.ts";
import { createScheduleWorker } from "./workers/schedule.ts";
import type { SqsWorker } from "./workers/sqs-worker.ts";

type Consumer = (typeof topology.queues)[keyof typeof topology.queues]["consumer"]["function"];
type Scheduled = (typeof topology.schedules)[keyof typeof topology.schedules]["function"];

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
};

export type { FunctionName };
