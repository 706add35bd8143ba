import { createWebApp } from "@jalur/web";
import { handle } from "hono/aws-lambda";
import { authConfigFromEnv, createIdTokenVerifier } from "../api/auth.ts";
import { depsFromEnv, webSignInFromEnv } from "../env.ts";
import { deploymentEnv } from "../resource.ts";

/**
 * The web app's function (API Gateway's `$default` route: pages, assets, the sign-in callback).
 * The only module of this package that imports @jalur/web, so the API's bundle never holds it.
 */
const env = deploymentEnv();
const auth = authConfigFromEnv(env);

export const handler = handle(
  createWebApp(depsFromEnv(env), {
    // The client id is the API's audience: the ID token is verified with the API's own rules.
    oidc: { ...webSignInFromEnv(env), clientId: auth.audience, verifyIdToken: createIdTokenVerifier(auth) },
  }),
);
