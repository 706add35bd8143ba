/// <reference path="./.sst/platform/config.d.ts" />

/** Jalur on SST: every component is built from infra/topology.ts (see infra/sst-plan.ts). */
export default $config({
  app(input) {
    return {
      name: "jalur",
      home: "aws",
      providers: { aws: { region: "ap-southeast-3" } },
      // Production keeps its data (and refuses to delete it); other stages clean up.
      removal: input?.stage === "production" ? "retain" : "remove",
      protect: input?.stage === "production",
    };
  },
  async run() {
    await import("./infra/secrets");
    const { table } = await import("./infra/storage");
    await import("./infra/queues");
    await import("./infra/outbox");
    const { api } = await import("./infra/api");
    await import("./infra/schedules");
    return { api: api.url, table: table.name };
  },
});
