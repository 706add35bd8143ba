import { parseArgs } from "node:util";
import { devIssuer } from "./dev-issuer.ts";

const { values } = parseArgs({
  options: {
    role: { type: "string" },
    sub: { type: "string" },
    org: { type: "string" },
    ppkd: { type: "string" },
    ttl: { type: "string", default: "43200" },
  },
});
const roles = ["graduate", "recruiter", "organiser", "staff", "operator"];
if (!values.role || !roles.includes(values.role) || !values.sub || (values.role === "recruiter" && !values.org)) {
  console.error(
    "Usage: npm run token -- --role graduate|recruiter|organiser|staff|operator --sub ID [--org RECRUITER_ID] [--ppkd CITY] [--ttl SECONDS]",
  );
  process.exit(2);
}
const issuer = await devIssuer();
console.log(
  await issuer.sign(
    {
      sub: values.sub,
      role: values.role,
      ...(values.org ? { org: values.org } : {}),
      ...(values.ppkd ? { ppkd: values.ppkd } : {}),
    },
    Number(values.ttl),
  ),
);
