import { QueryCommand as DocQuery, type QueryCommandInput } from "@aws-sdk/lib-dynamodb";
import type { Deps } from "@jalur/core";
import { db } from "@jalur/core/service";

/** Counts what an ElectroDB query would return (its own parameters, as a COUNT, every page). */
export async function countQuery(deps: Deps, query: { params: <T>() => T }): Promise<number> {
  const params = query.params<QueryCommandInput>();
  let total = 0;
  let start: Record<string, unknown> | undefined;
  do {
    const out = await db(deps).client.send(
      new DocQuery({ ...params, Select: "COUNT", ProjectionExpression: undefined, ExclusiveStartKey: start }),
    );
    total += out.Count ?? 0;
    start = out.LastEvaluatedKey;
  } while (start);
  return total;
}
