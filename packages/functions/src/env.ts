import { randomUUID } from "node:crypto";
import { createAwsClients, type Deps } from "@jalur/core";
import { type QueueName, queueUrlEnv, SIGNING_KEY_ENV, TABLE_ENV, topology } from "@jalur/infra/topology";

/**
 * The one place that reads the deployment's environment. SST, the CDK stack and the local
 * runtime all set the same variables, named by the topology.
 */
export function depsFromEnv(env: NodeJS.ProcessEnv = process.env): Deps {
  const required = (name: string): string => {
    const value = env[name];
    if (!value) throw new Error(`Missing environment variable ${name}`);
    return value;
  };
  // A function is given the URLs of the queues it may reach (the topology's `sends`), no others.
  const queueUrls = Object.fromEntries(
    Object.keys(topology.queues).flatMap((q) => {
      const url = env[queueUrlEnv(q as QueueName)];
      return url ? [[q, url]] : [];
    }),
  ) as Partial<Record<QueueName, string>>;
  const clients = createAwsClients({
    region: env.AWS_REGION ?? "ap-southeast-3",
    dynamodbEndpoint: env.JALUR_DYNAMODB_ENDPOINT,
    sqsEndpoint: env.JALUR_SQS_ENDPOINT,
  });
  return {
    ...clients,
    table: required(TABLE_ENV),
    queueUrls,
    now: () => new Date(),
    newId: randomUUID,
    signingKey: required(SIGNING_KEY_ENV),
  };
}

/**
 * Where the web app signs people in (OpenID Connect authorization code + PKCE): the issuer's
 * authorization and token endpoints (Cognito's hosted UI) and its logout endpoint when set. The
 * client id is the API's audience (`authConfigFromEnv`): one app client for both doors.
 */
export function webSignInFromEnv(env: NodeJS.ProcessEnv = process.env): {
  authorizeUrl: string;
  tokenUrl: string;
  logoutUrl?: string;
} {
  const { OidcAuthorizeUrl, OidcTokenUrl, OidcLogoutUrl } = topology.secrets;
  const url = (name: string, value: string | undefined): string => {
    if (!value) throw new Error(`Missing environment variable ${name}`);
    if (!/^https?:\/\//.test(value)) throw new Error(`${name} must be an absolute URL`);
    return value;
  };
  const logoutUrl = env[OidcLogoutUrl.env];
  return {
    authorizeUrl: url(OidcAuthorizeUrl.env, env[OidcAuthorizeUrl.env]),
    tokenUrl: url(OidcTokenUrl.env, env[OidcTokenUrl.env]),
    ...(logoutUrl ? { logoutUrl: url(OidcLogoutUrl.env, logoutUrl) } : {}),
  };
}
