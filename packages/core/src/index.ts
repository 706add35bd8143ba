export * from "./deps.ts";
export * from "./errors.ts";
export * from "./health.ts";
export * from "./messages.ts";
export * from "./probes.ts";
export * from "./queue.ts";
export * from "./schedule-runs.ts";
