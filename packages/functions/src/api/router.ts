import { OpenAPIHono } from "@hono/zod-openapi";
import { validationError } from "@jalur/core";
import type { ApiEnv } from "./context.ts";

/** A router whose request validation failures become the one problem shape. */
export function router() {
  return new OpenAPIHono<ApiEnv>({
    defaultHook: (result) => {
      if (!result.success) throw validationError(result.error);
    },
  });
}
