import { linkNames, type QueueName, queueUrlEnv, TABLE_ENV, topology } from "@jalur/infra/topology";
import { Resource } from "sst/resource";

type Linked = { name?: string; url?: string; value?: string };

function linked(name: string): Linked | undefined {
  try {
    return (Resource as unknown as Record<string, Linked>)[name];
  } catch {
    return undefined; // not on SST (CDK sets environment variables; locally the runtime does)
  }
}

/**
 * The deployment's settings: on SST, read from linked resources through `Resource` (the only
 * place that does); elsewhere (the CDK stack, the local runtime) from environment variables
 * with the same names the topology gives them. Returns the environment to build deps from.
 */
export function deploymentEnv(env: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  const out: NodeJS.ProcessEnv = { ...env };
  const table = linked(linkNames.table)?.name;
  if (table) out[TABLE_ENV] = table;
  for (const queue of Object.keys(topology.queues) as QueueName[]) {
    const url = linked(linkNames.queue(queue))?.url;
    if (url) out[queueUrlEnv(queue)] = url;
  }
  for (const [name, spec] of Object.entries(topology.secrets)) {
    const value = linked(name)?.value;
    if (value) out[spec.env] = value;
    // "unset" is the placeholder of a secret nobody set: the feature it enables stays off.
    if (out[spec.env] === "unset") delete out[spec.env];
  }
  return out;
}
