/**
 * The deployment of Jalur, described once, as plain data.
 *
 * SST (`infra/*.ts`), the aws-cdk-lib stack (`infra/cdk/`) and the local runtime
 * (`packages/local`) are all built from this object; nothing else may repeat these facts.
 * No SST, CDK or AWS imports here, so every side can read it.
 */

export interface IndexSpec {
  /** Index name, named by purpose in the data layer's access-pattern table. */
  readonly name: string;
  readonly partitionKey: string;
  readonly sortKey: string;
}

export interface TableSpec {
  readonly partitionKey: string;
  readonly sortKey: string;
  readonly indexes: readonly IndexSpec[];
  /** Attribute holding an epoch-seconds expiry; DynamoDB deletes the item some time after it. */
  readonly ttlAttribute: string;
  readonly pointInTimeRecovery: boolean;
  /** The table's change stream: new images feed the outbox relay. */
  readonly stream: "NEW_IMAGE";
}

export interface FunctionSpec {
  /** Module under packages/functions/src that exports `handler`. */
  readonly entry: string;
  readonly timeoutSeconds: number;
  readonly memoryMB: number;
  /**
   * Queues it sends to (least privilege: it may send to these and no other). Only the outbox
   * relay sends: every other function writes intents to the table (the transactional outbox).
   */
  readonly sends: readonly string[];
  /** Secrets it reads (names in `secrets`). */
  readonly secrets: readonly string[];
  /** Sends email (SES) and SMS (SNS) itself. */
  readonly externalChannels?: boolean;
}

/**
 * The HTTP API (API Gateway HTTP API): each route to the function behind it. Routes are paths
 * (any method) as API Gateway writes them (`{proxy+}` takes the rest of the path); `$default`
 * takes every request no other route matches.
 */
export interface HttpSpec {
  /** The API function (its bundle and init are held to the API's goals). */
  readonly function: FunctionName;
  readonly routes: Readonly<Record<string, FunctionName>>;
}

export interface SecretSpec {
  /** The environment variable the functions read it from (set from the secret by SST/CDK). */
  readonly env: string;
  readonly description: string;
  /** Optional secrets may stay unset (the feature is then off). */
  readonly optional?: boolean;
}

export interface QueueSpec {
  /** Seconds a received message stays hidden; at least 6 × the consumer's timeout (AWS guidance). */
  readonly visibilityTimeoutSeconds: number;
  /** Receives before a message moves to the queue's dead-letter queue. */
  readonly maxReceiveCount: number;
  /** Seconds a dead letter is kept: long enough to notice and redrive it. */
  readonly deadLetterRetentionSeconds: number;
  /**
   * `maxConcurrency`: batches handled at once (Lambda's event source mapping scaling limit;
   * the local runtime runs that many pollers, up to its own cap).
   */
  readonly consumer: { readonly function: FunctionName; readonly batchSize: number; readonly maxConcurrency: number };
}

/**
 * A consumer of the table's stream: Lambda's DynamoDB event source (the local runtime polls the
 * stream the same way). `filter` keeps only the records it wants: items of an entity in a state.
 */
export interface StreamConsumerSpec {
  readonly function: FunctionName;
  readonly batchSize: number;
  readonly maxBatchingWindowSeconds: number;
  /** Retries of a failing batch before Lambda skips it (the sweeper still finds its intents). */
  readonly retryAttempts: number;
  readonly filter: { readonly entity: string; readonly state: string };
}

export interface ScheduleSpec {
  /** Every N minutes; the local runtime and the cloud both fire at this rate. */
  readonly everyMinutes: number;
  readonly function: FunctionName;
  /** Time zone of the schedule (cron rules in the cloud are evaluated in it). */
  readonly timeZone: string;
  readonly description: string;
}

/** The HMAC key for check-in codes (a secret: SST `Secret`, CDK Secrets Manager; derived locally). */
export const SIGNING_KEY_ENV = "JALUR_SIGNING_KEY";

const secrets = {
  SigningKey: { env: SIGNING_KEY_ENV, description: "HMAC key for interview check-in codes (32+ random bytes)" },
  JwtIssuer: { env: "JALUR_JWT_ISSUER", description: "The identity provider's issuer URL (e.g. the Cognito user pool)" },
  JwtAudience: { env: "JALUR_JWT_AUDIENCE", description: "The API's audience (client id) in tokens" },
  JwtJwksUrl: { env: "JALUR_JWT_JWKS_URL", description: "The issuer's JWKS URL" },
  SesFrom: { env: "JALUR_SES_FROM", description: "Verified SES identity notices are sent from", optional: true },
  WhatsappUrl: {
    env: "JALUR_WHATSAPP_URL",
    description: "WhatsApp Business API base URL with the phone number id",
    optional: true,
  },
  WhatsappToken: { env: "JALUR_WHATSAPP_TOKEN", description: "WhatsApp Business API access token", optional: true },
  OidcAuthorizeUrl: {
    env: "JALUR_OIDC_AUTHORIZE_URL",
    description:
      "The issuer's OpenID Connect authorization endpoint the web app signs in at (Cognito hosted UI /oauth2/authorize)",
  },
  OidcTokenUrl: {
    env: "JALUR_OIDC_TOKEN_URL",
    description: "The issuer's OpenID Connect token endpoint (Cognito hosted UI /oauth2/token)",
  },
  OidcLogoutUrl: {
    env: "JALUR_OIDC_LOGOUT_URL",
    description: "Where signing out of the web app ends the issuer's session too (Cognito hosted UI /logout)",
    optional: true,
  },
} as const satisfies Record<string, SecretSpec>;

export type SecretName = keyof typeof secrets;

const functions = {
  api: {
    entry: "lambda/api",
    timeoutSeconds: 29,
    memoryMB: 1024,
    sends: [],
    secrets: ["SigningKey", "JwtIssuer", "JwtAudience", "JwtJwksUrl"],
  },
  /**
   * The web app (server-rendered pages, their assets, the OpenID Connect sign-in): its own
   * function, so the API's bundle and cold start do not grow. The client id is JwtAudience.
   */
  web: {
    entry: "lambda/web",
    timeoutSeconds: 29,
    memoryMB: 1024,
    sends: [],
    secrets: ["SigningKey", "JwtIssuer", "JwtAudience", "JwtJwksUrl", "OidcAuthorizeUrl", "OidcTokenUrl", "OidcLogoutUrl"],
  },
  matchWorker: {
    entry: "lambda/match-worker",
    timeoutSeconds: 60,
    memoryMB: 1024,
    sends: [],
    secrets: ["SigningKey"],
  },
  scheduleWorker: {
    entry: "lambda/schedule-worker",
    timeoutSeconds: 120,
    memoryMB: 2048,
    sends: [],
    secrets: ["SigningKey"],
  },
  notifyWorker: {
    entry: "lambda/notify-worker",
    timeoutSeconds: 30,
    memoryMB: 512,
    sends: [],
    secrets: ["SigningKey", "SesFrom", "WhatsappUrl", "WhatsappToken"],
    externalChannels: true,
  },
  reminders: {
    entry: "lambda/reminders",
    timeoutSeconds: 60,
    memoryMB: 512,
    sends: [],
    secrets: ["SigningKey"],
  },
  expirySweep: { entry: "lambda/expiry-sweep", timeoutSeconds: 120, memoryMB: 512, sends: [], secrets: ["SigningKey"] },
  /** The outbox relay: the only function (with the sweeper's touches, through it) that puts messages on queues. */
  outboxRelay: {
    entry: "lambda/outbox-relay",
    timeoutSeconds: 60,
    memoryMB: 512,
    sends: ["match", "schedule", "notify"],
    secrets: ["SigningKey"],
  },
  outboxSweep: { entry: "lambda/outbox-sweep", timeoutSeconds: 120, memoryMB: 512, sends: [], secrets: ["SigningKey"] },
} as const satisfies Record<string, FunctionSpec & { secrets: readonly SecretName[] }>;

export type FunctionName = keyof typeof functions;

const queues = {
  /** Vacancy published, credential verified/expired, consent changed: recompute matches. */
  match: {
    visibilityTimeoutSeconds: 360,
    maxReceiveCount: 5,
    deadLetterRetentionSeconds: 14 * 24 * 3600,
    consumer: { function: "matchWorker", batchSize: 10, maxConcurrency: 10 },
  },
  /** Fair work: run a fair's interview scheduler (one message per job), apply a registration import (one per batch of 100 rows), offer freed places. */
  schedule: {
    visibilityTimeoutSeconds: 720,
    maxReceiveCount: 3,
    deadLetterRetentionSeconds: 14 * 24 * 3600,
    consumer: { function: "scheduleWorker", batchSize: 1, maxConcurrency: 2 },
  },
  /** One message per (event, recipient, channel). */
  notify: {
    visibilityTimeoutSeconds: 180,
    maxReceiveCount: 5,
    deadLetterRetentionSeconds: 14 * 24 * 3600,
    consumer: { function: "notifyWorker", batchSize: 10, maxConcurrency: 10 },
  },
} as const satisfies Record<string, QueueSpec>;

export type QueueName = keyof typeof queues;

/** Every queue a function sends to exists (checked by the compiler). */
const sendsOnlyToQueues: (typeof functions)[FunctionName]["sends"][number] extends QueueName ? true : never = true;
void sendsOnlyToQueues;

export const topology = {
  app: "jalur",
  table: {
    partitionKey: "pk",
    sortKey: "sk",
    indexes: [
      { name: "gsi1", partitionKey: "gsi1pk", sortKey: "gsi1sk" },
      { name: "gsi2", partitionKey: "gsi2pk", sortKey: "gsi2sk" },
    ],
    ttlAttribute: "expiresAt",
    pointInTimeRecovery: true,
    stream: "NEW_IMAGE",
  } satisfies TableSpec,
  functions,
  queues,
  secrets,
  http: {
    function: "api",
    routes: {
      "/v1/{proxy+}": "api",
      "/health": "api",
      "/openapi.json": "api",
      "/docs": "api",
      "/docs/{proxy+}": "api",
      // Pages, /assets/*, /auth/callback and every other path.
      $default: "web",
    },
  } satisfies HttpSpec,
  streams: {
    /** Every intent committed or touched while pending goes to its queue. */
    outbox: {
      function: "outboxRelay",
      batchSize: 100,
      maxBatchingWindowSeconds: 1,
      retryAttempts: 10,
      filter: { entity: "intent", state: "pending" },
    },
  } satisfies Record<string, StreamConsumerSpec>,
  schedules: {
    reminders: {
      everyMinutes: 5,
      function: "reminders",
      timeZone: "Asia/Jakarta",
      description: "Queue interview reminders (24 h and 1 h before) and mark no-shows",
    },
    outbox: {
      everyMinutes: 1,
      function: "outboxSweep",
      timeZone: "Asia/Jakarta",
      description: "Send again the queued work no consumer finished in time (the transactional outbox's sweeper)",
    },
    credentialExpiry: {
      everyMinutes: 60,
      function: "expirySweep",
      timeZone: "Asia/Jakarta",
      description: "Recompute the matches of graduates whose credentials stopped counting today",
    },
  } satisfies Record<string, ScheduleSpec>,
} as const;

export type Topology = typeof topology;

/** Physical names for one deployment (a stage locally, a test run's prefix). */
export function resourceNames(prefix: string, t: Topology = topology) {
  const queueNames = Object.fromEntries(
    Object.keys(t.queues).map((q) => [q, { queue: `${prefix}-${q}`, deadLetter: `${prefix}-${q}-dlq` }]),
  ) as Record<QueueName, { queue: string; deadLetter: string }>;
  return { table: `${prefix}-main`, queues: queueNames };
}

/** Environment variable carrying a queue's URL to the functions. */
export function queueUrlEnv(queue: QueueName): string {
  return `JALUR_QUEUE_${queue.toUpperCase()}_URL`;
}

export const TABLE_ENV = "JALUR_TABLE";

/** Names of linked resources (SST `link`, read through `Resource` in the functions). */
export const linkNames = {
  table: "Table",
  queue: (queue: QueueName) => `${queue[0]?.toUpperCase()}${queue.slice(1)}Queue`,
};
