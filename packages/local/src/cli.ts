import { parseArgs } from "node:util";
import { logger } from "@jalur/functions";
import { demoTokens, seedDemo } from "./demo.ts";
import { devIssuer } from "./dev-issuer.ts";
import { assertPortFree } from "./ports.ts";
import { startRuntime } from "./runtime.ts";
import { deploymentOn, LOCAL_REGION, startServices } from "./services.ts";
import { removeLocalState, writeLocalState } from "./state.ts";

const USAGE = `Usage: npm start -- [--data-dir DIR] [--port N] [--dynamodb-port N] [--sqs-port N] [--no-demo] [--demo-graduates N]

Runs Jalur locally: DynamoDB Local and the SQS emulator on loopback, the API, the queue
workers and the schedules. In memory unless --data-dir keeps the table across restarts.
PORT in the environment sets the API port (default 3000).`;

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      "data-dir": { type: "string" },
      port: { type: "string" },
      "dynamodb-port": { type: "string" },
      "sqs-port": { type: "string" },
      "no-demo": { type: "boolean" },
      "demo-graduates": { type: "string", default: "200" },
      help: { type: "boolean", short: "h" },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return;
  }
  // Worker INFO lines would bury the ready line; POWERTOOLS_LOG_LEVEL=INFO brings them back.
  logger.setLogLevel((process.env.POWERTOOLS_LOG_LEVEL as "INFO" | undefined) ?? "WARN");
  const port = Number(values.port ?? process.env.PORT ?? 3000);
  await assertPortFree(port, "Jalur API");

  const started = performance.now();
  const services = await startServices({
    dataDir: values["data-dir"],
    dynamodbPort: values["dynamodb-port"] ? Number(values["dynamodb-port"]) : undefined,
    sqsPort: values["sqs-port"] ? Number(values["sqs-port"]) : undefined,
  });
  let runtime: Awaited<ReturnType<typeof startRuntime>> | undefined;
  let stopping = false;
  const shutdown = async (reason: string, code: number) => {
    if (stopping) return;
    stopping = true;
    console.log(`\nJalur is stopping (${reason})...`);
    await runtime?.stop().catch(() => {});
    await services.stop();
    await removeLocalState().catch(() => {});
    console.log("Stopped; DynamoDB Local and the SQS emulator are down.");
    process.exit(code);
  };
  process.on("SIGINT", () => void shutdown("Ctrl-C", 0));
  process.on("SIGTERM", () => void shutdown("SIGTERM", 0));
  process.on("SIGHUP", () => void shutdown("SIGHUP", 0));
  services.dynamodb.died.then((why) => {
    console.error(why);
    void shutdown("DynamoDB Local died", 1);
  });

  try {
    const endpoints = { dynamodbEndpoint: services.dynamodb.endpoint, sqsEndpoint: services.sqs.endpoint };
    const { deps, provisioned } = await deploymentOn(endpoints, "jalur-local");
    const issuer = await devIssuer();
    runtime = await startRuntime({
      deps,
      verify: issuer.verify,
      issuer,
      region: LOCAL_REGION,
      port,
      log: (line) => console.error(line),
    });
    await writeLocalState({ region: LOCAL_REGION, apiUrl: runtime.url, ...endpoints }, provisioned);
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(
      `Jalur is ready in ${seconds} s: web ${runtime.url}/ (sign in: ${runtime.url}/masuk)  API ${runtime.url}/v1  docs ${runtime.url}/docs  health ${runtime.url}/health  ` +
        `(DynamoDB ${endpoints.dynamodbEndpoint}, SQS ${endpoints.sqsEndpoint}, data ${values["data-dir"] ?? "in memory"}). Ctrl-C stops.`,
    );
    if (!values["no-demo"]) {
      const url = runtime.url;
      void seedDemo(deps, { graduates: Number(values["demo-graduates"]), vacancies: 12 })
        .then(async (seeded) => {
          const tokens = await demoTokens(issuer);
          console.log(
            `${seeded.skipped ? "Demo data already present" : `Demo data seeded: ${seeded.graduates} graduates, ${seeded.vacancies} published vacancies`}. ` +
              "Demo users (tokens valid 12 h; more with `npm run token -- --role ROLE --sub ID [--org RECRUITER]`):",
          );
          for (const [who, token] of Object.entries(tokens)) console.log(`  ${who}: ${token}`);
          console.log(`  try: curl -H "authorization: Bearer $TOKEN" ${url}/v1/graduates/me/matches`);
        })
        .catch((error: Error) => console.error(`Demo data could not be seeded: ${error.message}`));
    }
  } catch (error) {
    console.error(`Jalur could not start: ${(error as Error).message}`);
    await shutdown("start-up failed", 1);
  }
}

main().catch((error: Error) => {
  console.error(`Jalur could not start: ${error.message}`);
  process.exit(1);
});
