import type { Deps, Principal } from "@jalur/core";
import * as core from "@jalur/core";
import { addDays, dateInZone } from "@jalur/domain";
import { aLawfulVacancyInput, seededRandom } from "@jalur/fixtures";
import { createApp } from "@jalur/functions";
import { ephemeralIssuer } from "@jalur/local";
import { beforeAll, describe, expect, it } from "vitest";
import doc from "../../packages/client/openapi.json" with { type: "json" };
import { nonConformance } from "../support/conformance.ts";
import { freshDeployment } from "../support/deployment.ts";

/**
 * The API under hostile input: every operation of the OpenAPI document × every role and none ×
 * valid and mutated inputs (types, ranges, sizes, unicode, injection-like strings, bad JSON and
 * content types, path tricks), in process against the app on the embedded services. Seeded
 * (FUZZ_SEED) and bounded (FUZZ_CASES per operation and caller). Asserts: no 5xx; every 4xx a
 * problem document of its own status; every answer's status documented and its body matching
 * the documented schema; anonymous calls to a secured operation are 401, and never 401 where the
 * document says no token is needed.
 */
const SEED = Number(process.env.FUZZ_SEED ?? 20261125);
const CASES = Number(process.env.FUZZ_CASES ?? 8);
const today = dateInZone(new Date());

type Schema = Record<string, unknown>;
type Operation = {
  security?: unknown[];
  parameters?: { name: string; in: string; required?: boolean; schema?: Schema }[];
  requestBody?: { required?: boolean; content: Record<string, { schema?: Schema; example?: unknown }> };
};
const document = doc as unknown as {
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, Schema> };
};

const HOSTILE_STRINGS = [
  "",
  " ",
  "x".repeat(10_000),
  "💥🇮🇩‮evil‬",
  "\u0000\u0001\r\nSet-Cookie: a=b",
  "' OR '1'='1",
  '"; DROP TABLE jalur; --',
  "<script>alert(1)</script>",
  "$" + "{process.exit()}",
  "__proto__",
  "constructor",
  "../../etc/passwd",
  "%00%2e%2e%2f",
  "$jalur#graduate_1",
  "a".repeat(101),
  "JLPT",
  "2999-13-45",
  "9999-12-31T23:59:59Z",
  "NaN",
  "-0",
];
const HOSTILE_NUMBERS = [-1, 0, 1e308, -1e308, 1e-300, 2 ** 60, 0.1 + 0.2, 3.5, Number.MAX_SAFE_INTEGER + 2, -2147483649];
const HOSTILE_SEGMENTS = ["..", "%2e%2e", "%00", "x".repeat(300), "💥", "a%2Fb", "~", "-", "__proto__", "me"];

type Random = ReturnType<typeof seededRandom>;

function resolve(schema: Schema | undefined): Schema | undefined {
  const ref = schema?.$ref as string | undefined;
  return ref ? document.components.schemas[ref.replace("#/components/schemas/", "")] : schema;
}

/** A value the schema accepts, as far as a small generator can tell (examples first). */
function sample(schema: Schema | undefined, r: Random, depth = 0): unknown {
  const s = resolve(schema);
  if (!s || depth > 6) return undefined;
  if (s.example !== undefined) return structuredClone(s.example);
  if (Array.isArray(s.examples) && s.examples.length) return structuredClone(s.examples[0]);
  if (s.default !== undefined) return structuredClone(s.default);
  if (Array.isArray(s.enum)) return r.pick(s.enum);
  if ("const" in s) return s.const;
  for (const word of ["anyOf", "oneOf"]) if (Array.isArray(s[word])) return sample(r.pick(s[word] as Schema[]), r, depth + 1);
  const type = Array.isArray(s.type) ? (s.type as string[]).find((t) => t !== "null") : (s.type as string | undefined);
  switch (type) {
    case "object": {
      const out: Record<string, unknown> = {};
      const required = new Set((s.required ?? []) as string[]);
      for (const [k, v] of Object.entries((s.properties ?? {}) as Record<string, Schema>))
        if (required.has(k) || r.chance(0.5)) out[k] = sample(v, r, depth + 1);
      return out;
    }
    case "array":
      return Array.from({ length: Math.max(Number(s.minItems ?? 0), 1) }, () => sample(s.items as Schema, r, depth + 1));
    case "integer":
    case "number":
      return Number(s.minimum ?? s.exclusiveMinimum ?? 1) + (type === "integer" ? 0 : 0.5);
    case "boolean":
      return r.chance(0.5);
    case "string":
      return stringFor(s, r);
    default:
      return undefined;
  }
}

function stringFor(s: Schema, r: Random): string {
  if (s.format === "date-time") return new Date(Date.now() + 86_400_000).toISOString();
  if (s.format === "date") return addDays(today, 3);
  const candidates = ["JP", "id", "N4", "09:00", addDays(today, 3), "lang.ja.jlpt", "p3mi", "Jakarta Barat", "x", "Budi Santoso"];
  if (typeof s.pattern === "string") {
    const re = new RegExp(s.pattern, "u");
    return candidates.find((c) => re.test(c)) ?? r.pick(candidates);
  }
  return r.pick(candidates.slice(6));
}

/** One hostile change somewhere in a value. */
function mutate(value: unknown, r: Random): unknown {
  const kind = r.int(0, 9);
  if (value === null || typeof value !== "object") {
    if (kind < 3) return r.pick(HOSTILE_STRINGS);
    if (kind < 6) return r.pick(HOSTILE_NUMBERS);
    if (kind === 6) return null;
    if (kind === 7) return [value, value];
    if (kind === 8) return { $gt: "" };
    return r.chance(0.5);
  }
  if (Array.isArray(value)) {
    if (kind === 0) return Array.from({ length: 5000 }, () => value[0] ?? "x");
    if (kind === 1) return [];
    if (value.length === 0) return [r.pick(HOSTILE_STRINGS)];
    const i = r.int(0, value.length - 1);
    return value.map((v, j) => (j === i ? mutate(v, r) : v));
  }
  const keys = Object.keys(value);
  const out = { ...(value as Record<string, unknown>) };
  if (kind === 0 || keys.length === 0) {
    out[r.pick(["__proto__", "constructor", "extra", "pk", "version", "role", "recruiterId"])] = r.pick([
      ...HOSTILE_STRINGS,
      1e308,
    ]);
    return out;
  }
  const k = r.pick(keys);
  if (kind === 1) delete out[k];
  else out[k] = mutate(out[k], r);
  return out;
}

interface World {
  ids: Record<string, string>;
}

/** A path with its parameters filled: real ids of the world, or hostile segments. */
function fillPath(template: string, world: World, r: Random, hostile: boolean): string {
  return template.replace(/\{([^}]+)\}/g, (_, name: string) => {
    if (hostile && r.chance(0.5)) return encodeURIComponent(r.pick(HOSTILE_SEGMENTS));
    if (name === "slot") return String(r.int(0, 3));
    if (name === "table") return String(r.int(1, 2));
    return encodeURIComponent(world.ids[name] ?? r.pick(Object.values(world.ids)));
  });
}

function queryFor(op: Operation, r: Random, hostile: boolean): string {
  const params = new URLSearchParams();
  for (const p of op.parameters ?? []) {
    if (p.in !== "query") continue;
    if (!p.required && r.chance(0.5)) continue;
    const value =
      hostile && r.chance(0.5) ? r.pick([...HOSTILE_STRINGS.slice(0, 12), ...HOSTILE_NUMBERS.map(String)]) : sample(p.schema, r);
    if (value !== undefined) params.set(p.name, String(value));
  }
  const q = params.toString();
  return q ? `?${q}` : "";
}

describe("fuzz: every operation × every caller × valid and hostile inputs", () => {
  let app: ReturnType<typeof createApp>;
  let deps: Deps;
  const tokens: Record<string, string | undefined> = { anonymous: undefined };
  const world: World = { ids: {} };

  beforeAll(async () => {
    ({ deps } = await freshDeployment());
    const issuer = await ephemeralIssuer();
    app = createApp(deps, { verify: issuer.verify });
    const staff: Principal = { sub: "fz-staff", role: "staff" };
    const organiser: Principal = { sub: "fz-org", role: "organiser" };
    const graduate: Principal = { sub: "fz-grad", role: "graduate" };
    await core.createRecruiter(
      deps,
      staff,
      {
        name: "PT Fuzz",
        kind: "p3mi",
        licence: { number: "SIP3MI/FZ", validFrom: addDays(today, -9), validUntil: addDays(today, 300) },
      },
      "fz-rec",
    );
    await core.reviewLicence(deps, staff, "fz-rec", true);
    const recruiter: Principal = { sub: "fz-rec-user", role: "recruiter", recruiterId: "fz-rec" };
    const vacancy = await core.createVacancy(deps, recruiter, core.VacancyInput.parse(aLawfulVacancyInput(today)));
    await core.publishVacancy(deps, recruiter, vacancy.vacancyId);
    await core.registerGraduate(deps, graduate, {
      name: "Fuzz Lulusan",
      birthDate: "2000-01-01",
      ppkd: "Jakarta Barat",
      language: "id",
    });
    await core.setConsent(deps, graduate, true);
    const fair = await core.createFair(
      deps,
      organiser,
      core.FairInput.parse({
        name: "Bursa Fuzz",
        venue: "JIExpo",
        calendar: { firstDay: addDays(today, 6), lastDay: addDays(today, 6), opens: "09:00", closes: "11:00", slotMinutes: 20 },
        registrationOpens: new Date(Date.now() - 3_600_000).toISOString(),
        registrationCloses: new Date(Date.now() + 3_600_000).toISOString(),
      }),
    );
    await core.admitBooth(deps, organiser, fair.fairId, {
      recruiterId: "fz-rec",
      tables: 2,
      vacancyIds: [vacancy.vacancyId],
      unavailable: [],
    });
    await core.moveFair(deps, organiser, fair.fairId, "open");
    const imported = await core.importRegistrations(
      deps,
      organiser,
      fair.fairId,
      `graduate_id,picks\nfz-grad,${vacancy.vacancyId}\n`,
    );
    world.ids = {
      vacancyId: vacancy.vacancyId,
      recruiterId: "fz-rec",
      graduateId: "fz-grad",
      fairId: fair.fairId,
      applicationId: `${vacancy.vacancyId}~fz-grad`,
      importId: imported.importId,
      credentialId: "c-1",
      sub: "fz-rec-user",
      probeId: "p-1",
      notificationId: "n-1",
      interviewId: "i-1",
      jobId: "j-1",
      version: "v-1",
    };
    for (const [name, claims] of Object.entries({
      graduate: { sub: "fz-grad", role: "graduate" },
      recruiter: { sub: "fz-rec-user", role: "recruiter", org: "fz-rec" },
      organiser: { sub: "fz-org", role: "organiser" },
      staff: { sub: "fz-staff", role: "staff" },
      operator: { sub: "fz-op", role: "operator" },
    }))
      tokens[name] = await issuer.sign(claims);
  }, 60_000);

  it("answers every case with a documented, conforming answer and never a 5xx", async () => {
    const r = seededRandom(SEED);
    const failures: string[] = [];
    let requests = 0;
    const statuses = new Map<number, number>();
    const operations = Object.entries(document.paths).flatMap(([path, item]) =>
      Object.entries(item).map(([method, op]) => ({ path, method, op })),
    );
    for (const { path, method, op } of operations) {
      for (const [caller, token] of Object.entries(tokens)) {
        // A valid case first; callers the operation admits then get many hostile cases, the others one.
        let admitted = true;
        for (let n = 0; n < (admitted ? 1 + CASES * 2 : 2); n++) {
          const hostile = n > 0;
          const url = `${fillPath(path, world, r, hostile && r.chance(0.3))}${queryFor(op, r, hostile)}`;
          const headers: Record<string, string> = token ? { authorization: `Bearer ${token}` } : {};
          let body: string | undefined;
          const media = op.requestBody ? Object.keys(op.requestBody.content)[0] : undefined;
          if (media === "application/json") {
            const valid = sample(op.requestBody?.content[media]?.schema, r) ?? {};
            const value = hostile ? mutate(valid, r) : valid;
            const style = hostile ? r.int(0, 9) : 9;
            if (style === 0) body = "{not json";
            else if (style === 1) body = JSON.stringify(value).slice(0, -1);
            else body = JSON.stringify(value);
            headers["content-type"] =
              style === 2 ? "text/plain" : style === 3 ? "application/json; charset=utf-16" : "application/json";
          } else if (media) {
            body = hostile
              ? r.pick(["graduate_id,picks\n", '"unterminated', "a,b\n".repeat(3000), "\uFEFFgraduate_id,picks\nx,y\n"])
              : "graduate_id,picks\nfz-grad,x\n";
            headers["content-type"] = hostile && r.chance(0.3) ? "application/json" : media;
          } else if (hostile && method !== "get" && r.chance(0.2)) {
            body = '{"unexpected":true}';
            headers["content-type"] = "application/json";
          }
          if (hostile && r.chance(0.1)) headers["accept-language"] = r.pick(["id", "en", "*", "xx;q=abc", "id;q=0"]);
          const res = await app.request(url, { method: method.toUpperCase(), headers, ...(body !== undefined ? { body } : {}) });
          requests++;
          statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
          const text = await res.text();
          const type = res.headers.get("content-type");
          let parsed: unknown;
          try {
            parsed = text && type?.includes("json") ? JSON.parse(text) : undefined;
          } catch {
            parsed = text;
          }
          if (n === 0) admitted = res.status !== 401 && res.status !== 403;
          const where = `[seed ${SEED} case ${n}] ${caller} ${method.toUpperCase()} ${url.slice(0, 160)} → ${res.status}`;
          if (res.status >= 500) failures.push(`${where}: ${text.slice(0, 200)}`);
          if (res.status >= 400) {
            const p = parsed as { status?: number; code?: string; title?: string } | undefined;
            if (!type?.startsWith("application/problem+json") || p?.status !== res.status || !p?.code || !p?.title)
              failures.push(`${where}: not a problem document (${type}): ${text.slice(0, 200)}`);
          }
          const drift = nonConformance(method, url, res.status, type, parsed);
          if (drift) failures.push(`${where}: ${drift}`);
          if (caller === "anonymous" && !hostile) {
            if (op.security && res.status !== 401) failures.push(`${where}: secured, yet anonymous got ${res.status}`);
            if (!op.security && res.status === 401) failures.push(`${where}: documented as public, yet 401`);
          }
        }
      }
    }
    const histogram = [...statuses].sort(([a], [b]) => a - b).map(([s, n]) => `${s}×${n}`);
    console.info(`fuzz: ${requests} requests over ${operations.length} operations (seed ${SEED}): ${histogram.join(" ")}`);
    expect(failures.slice(0, 40)).toEqual([]);
    expect(requests).toBeGreaterThan(operations.length * 6 * 2);
    // The inputs reach past the gates: successes, and refusals by the state or a rule, not only 400/401/403.
    expect([...statuses.keys()].filter((s) => s < 300).length).toBeGreaterThan(1);
    expect((statuses.get(409) ?? 0) + (statuses.get(422) ?? 0)).toBeGreaterThan(0);
  }, 120_000);
});
