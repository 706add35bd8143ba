import { handle } from "hono/aws-lambda";
import { createApp } from "../api/app.ts";
import { authConfigFromEnv, createVerifier } from "../api/auth.ts";
import { depsFromEnv } from "../env.ts";
import { deploymentEnv } from "../resource.ts";

const env = deploymentEnv();

export const handler = handle(createApp(depsFromEnv(env), { verify: createVerifier(authConfigFromEnv(env)) }));
