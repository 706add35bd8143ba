export * from "./checker.ts";
export * from "./grid.ts";
export * from "./ics.ts";
export * from "./scheduler.ts";
