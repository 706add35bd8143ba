export { type App, createApp } from "./api/app.ts";
export { depsFromEnv } from "./env.ts";
export { queueWorkers, scheduledJobs } from "./registry.ts";
export { createReminders } from "./schedules/reminders.ts";
export { createMatchWorker } from "./workers/match.ts";
export { createNotifyWorker } from "./workers/notify.ts";
export { createScheduleWorker } from "./workers/schedule.ts";
export type { SqsWorker } from "./workers/sqs-worker.ts";
