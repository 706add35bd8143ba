/**
 * Modules left out of the Lambda bundles: the AWS SDK v3, which the nodejs22.x runtime ships
 * (NodejsFunction's default, stated here so the bundles bench measures the same thing).
 */
export const BUNDLING_EXTERNALS = ["@aws-sdk/*"] as const;
