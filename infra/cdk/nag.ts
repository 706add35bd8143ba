import { Stack, Validations } from "aws-cdk-lib";
import type { IConstruct } from "constructs";
import type { SecretName } from "../topology.ts";

/**
 * What AWS's cdk-nag pack (`AwsSolutionsChecks`) finds in the stack and is accepted rather than
 * fixed, each with its reason. `test/infra/cdk-nag.test.ts` runs the pack in `npm test` and fails
 * on any finding not acknowledged here. Acknowledgements are CDK's own (`Validations.of(…)
 * .acknowledge`, which cdk-nag reads), so the stack itself does not depend on cdk-nag.
 */
export const NAG_REASONS = {
  /** AwsSolutions-APIG4 on the HTTP API's routes (the API's and the web app's). */
  apiAuthorizer:
    "The API authenticates in its function, not in API Gateway: the Hono app verifies bearer JWTs itself " +
    "against the issuer's JWKS (signature, issuer, audience, expiry; packages/functions/src/api/auth.ts). " +
    "A request without a token reaches the use cases as an anonymous caller and each use case decides " +
    "(health, OpenAPI and docs are public); a JWT authorizer rejects every request without a valid token " +
    "on its routes, so it cannot express routes public when anonymous and authenticated when a token is " +
    "sent. The web app's routes ($default) carry no token at all: browsers send a sealed session cookie " +
    "that the web function checks itself, set after its own OpenID Connect sign-in (whose callback and " +
    "public pages must be reachable signed out). The same apps run locally against the dev issuer.",
  /** AwsSolutions-IAM5 on `<table>/index/*`, from `grantReadWriteData`. */
  tableIndexes:
    "grantReadWriteData adds <table>/index/*: it reaches only this table's global secondary indexes " +
    "(the topology's indexes, all queried by the functions), never another table.",
  /** AwsSolutions-IAM5 on SES identities. */
  sesIdentities:
    "The sender identity (the SesFrom secret: a verified domain or address) is set after deploy, so its " +
    "ARN is not known when the stack is synthesised. The statement allows only ses:SendEmail, on this " +
    "account's identities in this region, and only the notify worker has it.",
  /** AwsSolutions-IAM5 on `*` for SMS. */
  smsPublish:
    'SMS to a phone number has no resource ARN: SNS authorises sns:Publish to a phone number only with Resource "*". ' +
    "The statement allows only sns:Publish, and only the notify worker has it.",
} as const;

/**
 * Functions receive every secret at deploy time (a CloudFormation dynamic reference in their
 * environment), so a value rotated by Secrets Manager would reach them only when CloudFormation
 * next updates them.
 */
const AT_DEPLOY =
  "The functions receive it at deploy time (a CloudFormation dynamic reference in their environment), " +
  "so a rotated value would reach them only when CloudFormation next updates them.";
const configuration = (what: string) => `Configuration, not a credential: ${what}. Nothing to rotate; change it when it changes.`;

/** AwsSolutions-SMG4 (no automatic rotation), per secret of the topology. */
export const SECRET_ROTATION_REASONS: Record<SecretName, string> = {
  SigningKey:
    "One HMAC key without a key id signs the interview check-in codes already sent to graduates and the " +
    "paging cursors: a new key invalidates them all, so a rotation schedule would break check-in at fairs. " +
    `${AT_DEPLOY} Rotate it deliberately, outside fair days: put a new value, then deploy a change to the functions.`,
  JwtIssuer: configuration("the identity provider's issuer URL, public in every token"),
  JwtAudience: configuration("the API's audience (the app client id), public in every token"),
  JwtJwksUrl: configuration(
    "the issuer's public JWKS URL (the issuer rotates its signing keys there and the API reads them from it)",
  ),
  SesFrom: configuration("the verified SES identity notices are sent from"),
  WhatsappUrl: configuration("the WhatsApp Business API base URL with the phone number id"),
  WhatsappToken:
    "The WhatsApp Business API token is issued by Meta (a system user token in Meta Business Manager); " +
    "Secrets Manager cannot mint one, so a rotation function would have nothing to call. Rotate it in Meta, " +
    `then put the new value here. ${AT_DEPLOY}`,
  OidcAuthorizeUrl: configuration("the issuer's public authorization endpoint the web app sends browsers to"),
  OidcTokenUrl: configuration("the issuer's public token endpoint the web app exchanges sign-in codes at"),
  OidcLogoutUrl: configuration("the issuer's public logout endpoint the web app sends browsers to on sign-out"),
};

/** Acknowledges one cdk-nag rule (or one finding, `Rule[Finding]`) on a construct and everything in it. */
export function acknowledge(scope: IConstruct, id: string, reason: string): void {
  Validations.of(scope).acknowledge({ id, reason });
}

/**
 * The id of cdk-nag's wildcard-resource finding for a resource written in the stack, rendered as
 * cdk-nag renders CloudFormation references (`<Logical.Arn>`, `<AWS::Partition>`), so the
 * acknowledgement follows the stack's account, region and logical ids.
 */
export function wildcardResource(scope: IConstruct, resource: string): string {
  const flat = (node: unknown): string => {
    if (typeof node === "string") return node.replace(/\$\{/g, "<").replace(/\}/g, ">");
    const ref = node as Record<string, unknown>;
    if (Array.isArray(ref["Fn::Join"])) {
      const [delimiter, items] = ref["Fn::Join"] as [string, unknown[]];
      return items.map(flat).join(delimiter);
    }
    if (Array.isArray(ref["Fn::GetAtt"])) return `<${(ref["Fn::GetAtt"] as string[]).join(".")}>`;
    if (typeof ref.Ref === "string") return `<${ref.Ref}>`;
    return JSON.stringify(node);
  };
  return `AwsSolutions-IAM5[Resource::${flat(Stack.of(scope).resolve(resource))}]`;
}
