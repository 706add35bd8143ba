import { z } from "@hono/zod-openapi";

export const tags = ["fairs"];
export const Id = z.string().min(1).max(100);
export const FairId = z.object({ fairId: Id });
export const BoothPath = z.object({ fairId: Id, recruiterId: Id });
export const PlacePath = BoothPath.extend({
  slot: z.coerce.number().int().min(0).max(9999),
  table: z.coerce.number().int().min(1).max(999),
});
export const text = (type: string, description: string) => ({ description, content: { [type]: { schema: z.string() } } });
