import { sstPlan } from "./sst-plan";

const plan = sstPlan().table;

/** The single table: keys, GSIs and TTL from the topology; PITR on; kept in production. */
export const table = new sst.aws.Dynamo(plan.link, {
  fields: plan.fields,
  primaryIndex: plan.primaryIndex,
  globalIndexes: plan.globalIndexes,
  ttl: plan.ttl,
  stream: plan.stream,
  deletionProtection: $app.stage === "production",
  transform: {
    table: (args) => {
      args.pointInTimeRecovery = { enabled: plan.pointInTimeRecovery };
    },
  },
});
