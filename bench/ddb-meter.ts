import type { DynamoDBClient } from "@aws-sdk/client-dynamodb";

/** Counts DynamoDB requests, items read and any Scan, by installing a middleware on the client. */
export function meter(client: DynamoDBClient) {
  const counts = { requests: 0, itemsRead: 0, scans: 0 };
  client.middlewareStack.add(
    (next, context) => async (args) => {
      const out = await next(args);
      counts.requests += 1;
      if (context.commandName === "ScanCommand") counts.scans += 1;
      const o = (out.output ?? {}) as { ScannedCount?: number; Item?: unknown; Responses?: Record<string, unknown[]> };
      if (typeof o.ScannedCount === "number") counts.itemsRead += o.ScannedCount;
      else if (o.Item) counts.itemsRead += 1;
      else if (o.Responses) for (const items of Object.values(o.Responses)) counts.itemsRead += items.length;
      return out;
    },
    { step: "initialize", name: "jalurMeter" },
  );
  return {
    counts,
    async measure<T>(fn: () => Promise<T>): Promise<{ result: T; requests: number; itemsRead: number; scans: number }> {
      const before = { ...counts };
      const result = await fn();
      return {
        result,
        requests: counts.requests - before.requests,
        itemsRead: counts.itemsRead - before.itemsRead,
        scans: counts.scans - before.scans,
      };
    },
  };
}
