import { OpenAPIHono } from "@hono/zod-openapi";
import { validationError } from "./problem.ts";

/** A router whose request validation failures become the one problem shape. */
export function router() {
  return new OpenAPIHono({
    defaultHook: (result) => {
      if (!result.success) throw validationError(result.error);
    },
  });
}
