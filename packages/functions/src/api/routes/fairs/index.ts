import type { ApiContext } from "../../context.ts";
import { router } from "../../router.ts";
import { boothRoutes } from "./booths.ts";
import { fairRoutes } from "./fairs.ts";
import { interviewRoutes } from "./interviews.ts";
import { registrationRoutes } from "./registration.ts";
import { scheduleRoutes } from "./schedule.ts";

/** Every job-fair route, one file per group. */
export function allFairRoutes(ctx: ApiContext) {
  return router()
    .route("/", fairRoutes(ctx))
    .route("/", boothRoutes(ctx))
    .route("/", registrationRoutes(ctx))
    .route("/", scheduleRoutes(ctx))
    .route("/", interviewRoutes(ctx));
}
