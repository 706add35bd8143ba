import { describe, expect, it } from "vitest";
import { queueUrlEnv, resourceNames, topology } from "./topology.ts";

describe("the topology", () => {
  it.each(Object.entries(topology.queues))("queue %s hides a message for at least 6 × its consumer's timeout", (_, queue) => {
    const timeout = topology.functions[queue.consumer.function].timeoutSeconds;
    expect(queue.visibilityTimeoutSeconds).toBeGreaterThanOrEqual(6 * timeout);
  });

  it.each(Object.entries(topology.queues))("queue %s dead-letters after a bounded number of receives", (_, queue) => {
    expect(queue.maxReceiveCount).toBeGreaterThanOrEqual(2);
    expect(queue.maxReceiveCount).toBeLessThanOrEqual(10);
    expect(queue.consumer.batchSize).toBeGreaterThanOrEqual(1);
    expect(queue.consumer.batchSize).toBeLessThanOrEqual(10);
  });

  it("gives every queue a distinct name, dead-letter queue and URL variable", () => {
    const names = resourceNames("stage");
    const all = Object.values(names.queues).flatMap((q) => [q.queue, q.deadLetter]);
    expect(new Set(all).size).toBe(all.length);
    const envs = Object.keys(topology.queues).map((q) => queueUrlEnv(q as keyof typeof topology.queues));
    expect(new Set(envs).size).toBe(envs.length);
  });

  it("names each index's keys apart from the table's", () => {
    const keys = [
      topology.table.partitionKey,
      topology.table.sortKey,
      ...topology.table.indexes.flatMap((i) => [i.partitionKey, i.sortKey]),
    ];
    expect(new Set(keys).size).toBe(keys.length);
  });

  it("lets only the outbox relay put messages on queues the workers consume, and sweeps the outbox every minute", () => {
    const relay = topology.streams.outbox.function;
    expect(topology.functions[relay].sends).toEqual(Object.keys(topology.queues));
    const sweep = Object.values(topology.schedules).find((s) => s.function === "outboxSweep");
    expect(sweep?.everyMinutes).toBe(1);
    expect(topology.table.stream).toBe("NEW_IMAGE");
  });
});
