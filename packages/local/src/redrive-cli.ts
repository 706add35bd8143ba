import { readFile } from "node:fs/promises";
import { parseArgs } from "node:util";
import { createAwsClients, redriveDeadLetters } from "@jalur/core";
import { type QueueName, queueUrlEnv, topology } from "@jalur/infra/topology";
import { LOCAL_STATE_FILE, type LocalState } from "./state.ts";

const USAGE = `Usage: npm run redrive -- --queue ${Object.keys(topology.queues).join("|")} [--max N]

Moves the queue's dead letters back to it. Against the running \`npm start\` (read from
${LOCAL_STATE_FILE}), or on AWS with ${queueUrlEnv("notify" as QueueName)} and
${queueUrlEnv("notify" as QueueName).replace(/_URL$/, "_DLQ_URL")} (per queue) in the environment.`;

async function main() {
  const { values } = parseArgs({ options: { queue: { type: "string" }, max: { type: "string" }, help: { type: "boolean" } } });
  const queue = values.queue as QueueName | undefined;
  if (values.help || !queue || !(queue in topology.queues)) {
    console.log(USAGE);
    process.exit(values.help ? 0 : 2);
  }
  const fromEnv = process.env[queueUrlEnv(queue)];
  let urls: { url: string; deadLetterUrl: string };
  let sqsEndpoint: string | undefined;
  let region = process.env.AWS_REGION ?? "ap-southeast-3";
  if (fromEnv) {
    const dlq = process.env[queueUrlEnv(queue).replace(/_URL$/, "_DLQ_URL")];
    if (!dlq) throw new Error(`Set ${queueUrlEnv(queue).replace(/_URL$/, "_DLQ_URL")} too.`);
    urls = { url: fromEnv, deadLetterUrl: dlq };
    sqsEndpoint = process.env.JALUR_SQS_ENDPOINT;
  } else {
    const state = JSON.parse(await readFile(LOCAL_STATE_FILE, "utf8").catch(() => "null")) as LocalState | null;
    if (!state) throw new Error(`Jalur is not running locally (no ${LOCAL_STATE_FILE}); start it with npm start.`);
    urls = state.queues[queue];
    sqsEndpoint = state.sqsEndpoint;
    region = state.region;
    process.env.AWS_ACCESS_KEY_ID ??= "local";
    process.env.AWS_SECRET_ACCESS_KEY ??= "local";
  }
  const { sqs } = createAwsClients({ region, sqsEndpoint });
  const { moved } = await redriveDeadLetters(sqs, urls.deadLetterUrl, urls.url, values.max ? Number(values.max) : undefined);
  console.log(`Moved ${moved} message(s) from the ${queue} dead-letter queue back to ${queue}.`);
}

main().catch((error: Error) => {
  console.error(`Redrive failed: ${error.message}`);
  process.exit(1);
});
