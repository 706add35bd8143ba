import { sstPlan } from "./sst-plan";

/** SST secrets (`npx sst secret set NAME VALUE --stage prod`), one per topology secret. */
export const secrets = Object.fromEntries(
  sstPlan().secrets.map((s) => [
    s.name,
    s.placeholder === undefined ? new sst.Secret(s.name) : new sst.Secret(s.name, s.placeholder),
  ]),
) as Record<string, sst.Secret>;
