import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["packages/*/src/**/*.test.ts", "test/**/*.test.ts", "infra/**/*.test.ts"],
    globalSetup: ["test/setup/services.ts"],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    env: {
      AWS_REGION: "ap-southeast-3",
      AWS_ACCESS_KEY_ID: "local",
      AWS_SECRET_ACCESS_KEY: "local",
      AWS_EC2_METADATA_DISABLED: "true",
      AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: "true",
      POWERTOOLS_DEV: "false",
      POWERTOOLS_LOG_LEVEL: "ERROR",
    },
  },
});
