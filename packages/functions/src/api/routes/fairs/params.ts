import { z } from "@hono/zod-openapi";
import { problem } from "../../context.ts";

export const tags = ["fairs"];
export const Id = z.string().min(1).max(100);
export const FairId = z.object({ fairId: Id });
export const BoothPath = z.object({ fairId: Id, recruiterId: Id });
export const PlacePath = BoothPath.extend({
  slot: z.coerce.number().int().min(0).max(9999),
  table: z.coerce.number().int().min(1).max(999),
});

/**
 * A non-JSON success (CSV, iCalendar, SVG): its media type with a string schema. `description`
 * says what the answer is; `body` (optional) describes the content itself.
 */
export const text = (type: string, description: string, body?: string) => ({
  description,
  content: { [type]: { schema: body ? z.string().describe(body) : z.string() } },
});

/** A read of the published schedule before there is one. */
export const notPublished = {
  409: problem("Conflict: the fair's schedule is not published yet (code not_published)"),
};
