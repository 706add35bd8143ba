import { Logger } from "@aws-lambda-powertools/logger";

/** Module-level singleton, as Powertools recommends: one logger per function instance. */
export const logger = new Logger({ serviceName: "jalur" });
