import { handle } from "hono/aws-lambda";
import { createApp } from "../api/app.ts";
import { authConfigFromEnv, createVerifier } from "../api/auth.ts";
import { depsFromEnv } from "../env.ts";

export const handler = handle(createApp(depsFromEnv(), { verify: createVerifier(authConfigFromEnv(process.env)) }));
