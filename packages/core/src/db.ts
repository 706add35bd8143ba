import { DynamoDBDocumentClient } from "@aws-sdk/lib-dynamodb";
import { type CreateEntityItem, ElectroError, Entity, type EntityItem, Service } from "electrodb";
import type { Deps } from "./deps.ts";

/**
 * The single table, modelled with ElectroDB. Indexes are named by purpose over the generic
 * `pk/sk/gsiNpk/gsiNsk` fields of `infra/topology.ts`; every access pattern is one named
 * function in the use-case modules and one row in the README's access-pattern table.
 * Nested documents (credentials, requirements, explanations) are `any` here and validated
 * with zod at the use-case boundary.
 */
const SERVICE = "jalur";
const key = <const F extends string, const C extends readonly string[]>(field: F, composite: C) => ({
  field,
  composite,
  casing: "none" as const,
});
const version = { type: "number", required: true, default: 1 } as const;
const timestamps = {
  createdAt: { type: "string", required: true, readOnly: true },
  updatedAt: { type: "string", required: true },
} as const;

const schemas = {
  graduate: {
    model: { entity: "graduate", version: "1", service: SERVICE },
    attributes: {
      graduateId: { type: "string", required: true },
      name: { type: "string", required: true },
      birthDate: { type: "string", required: true },
      ppkd: { type: "string", required: true },
      kecamatan: { type: "string" },
      language: { type: ["id", "en"] as const, required: true },
      /** NIK, phone and email: shown to recruiters only after the graduate applies; never logged. */
      nik: { type: "string" },
      phone: { type: "string" },
      email: { type: "string" },
      consent: { type: ["given", "withdrawn", "none"] as const, required: true },
      consentAt: { type: "string" },
      credentials: { type: "any", required: true },
      notificationOptOut: { type: "set", items: "string" },
      version,
      ...timestamps,
    },
    indexes: {
      byId: { pk: key("pk", ["graduateId"]), sk: key("sk", []) },
    },
  },
  /** One item per (graduate, skill) held with verified, valid evidence: the matching index. */
  holding: {
    model: { entity: "holding", version: "1", service: SERVICE },
    attributes: {
      graduateId: { type: "string", required: true },
      skill: { type: "string", required: true },
      /** Zero-padded level rank or score, so a Query can start at the minimum a vacancy asks. */
      strength: { type: "string", required: true },
    },
    indexes: {
      byGraduate: { pk: key("pk", ["graduateId"]), sk: key("sk", ["skill"]) },
      bySkill: { index: "gsi1", pk: key("gsi1pk", ["skill"]), sk: key("gsi1sk", ["strength", "graduateId"]) },
    },
  },
  recruiter: {
    model: { entity: "recruiter", version: "1", service: SERVICE },
    attributes: {
      recruiterId: { type: "string", required: true },
      name: { type: "string", required: true },
      kind: { type: ["p3mi", "government"] as const, required: true },
      licence: { type: "any" },
      /** `pending` while a licence waits for staff; absent otherwise (a sparse queue). */
      licenceReview: { type: "string" },
      version,
      ...timestamps,
    },
    indexes: {
      byId: { pk: key("pk", ["recruiterId"]), sk: key("sk", []) },
      licenceQueue: { index: "gsi1", pk: key("gsi1pk", ["licenceReview"]), sk: key("gsi1sk", ["recruiterId"]) },
    },
  },
  member: {
    model: { entity: "member", version: "1", service: SERVICE },
    attributes: {
      recruiterId: { type: "string", required: true },
      sub: { type: "string", required: true },
      name: { type: "string", required: true },
      email: { type: "string" },
      addedAt: { type: "string", required: true },
    },
    indexes: {
      byRecruiter: { pk: key("pk", ["recruiterId"]), sk: key("sk", ["sub"]) },
    },
  },
  vacancy: {
    model: { entity: "vacancy", version: "1", service: SERVICE },
    attributes: {
      vacancyId: { type: "string", required: true },
      recruiterId: { type: "string", required: true },
      state: { type: ["draft", "published", "closed", "filled"] as const, required: true },
      title: { type: "string", required: true },
      description: { type: "string" },
      country: { type: "string", required: true },
      sector: { type: "string", required: true },
      scheme: { type: "string", required: true },
      program: { type: "string" },
      openings: { type: "number", required: true },
      salary: { type: "any", required: true },
      costs: { type: "any", required: true },
      jobOrderRef: { type: "string" },
      applicationDeadline: { type: "string", required: true },
      expectedStart: { type: "string", required: true },
      ageMin: { type: "number" },
      ageMax: { type: "number" },
      requirements: { type: "any", required: true },
      warnings: { type: "any" },
      publishedAt: { type: "string" },
      /** `OPEN#<country>` while published: the public listing (sparse). */
      listing: { type: "string" },
      version,
      ...timestamps,
    },
    indexes: {
      byId: { pk: key("pk", ["vacancyId"]), sk: key("sk", []) },
      byRecruiter: { index: "gsi1", pk: key("gsi1pk", ["recruiterId"]), sk: key("gsi1sk", ["vacancyId"]) },
      openByCountry: { index: "gsi2", pk: key("gsi2pk", ["listing"]), sk: key("gsi2sk", ["sector", "vacancyId"]) },
    },
  },
  /** One item per (published vacancy, skill it asks for): open vacancies by skill. */
  vacancySkill: {
    model: { entity: "vacancySkill", version: "1", service: SERVICE },
    attributes: {
      vacancyId: { type: "string", required: true },
      skill: { type: "string", required: true },
      country: { type: "string", required: true },
      importance: { type: "string", required: true },
    },
    indexes: {
      byVacancy: { pk: key("pk", ["vacancyId"]), sk: key("sk", ["skill"]) },
      bySkill: { index: "gsi1", pk: key("gsi1pk", ["skill"]), sk: key("gsi1sk", ["country", "vacancyId"]) },
    },
  },
  /** A graduate's evaluation for a vacancy, readable best-first from both sides. */
  match: {
    model: { entity: "match", version: "1", service: SERVICE },
    attributes: {
      vacancyId: { type: "string", required: true },
      graduateId: { type: "string", required: true },
      /** Sorts best first: eligibility, missing items, renewals, score, then the other id. */
      vacancyRank: { type: "string", required: true },
      graduateRank: { type: "string", required: true },
      eligible: { type: "boolean", required: true },
      score: { type: "number", required: true },
      missingRequired: { type: "number", required: true },
      renewalsBeforeStart: { type: "number", required: true },
      lines: { type: "any", required: true },
      gates: { type: "any", required: true },
      vacancy: { type: "any", required: true },
      graduateName: { type: "string", required: true },
      ppkd: { type: "string", required: true },
      applicationState: { type: "string" },
      evaluatedOn: { type: "string", required: true },
      computedAt: { type: "string", required: true },
    },
    indexes: {
      byPair: { pk: key("pk", ["vacancyId"]), sk: key("sk", ["graduateId"]) },
      forVacancy: { index: "gsi1", pk: key("gsi1pk", ["vacancyId"]), sk: key("gsi1sk", ["vacancyRank"]) },
      forGraduate: { index: "gsi2", pk: key("gsi2pk", ["graduateId"]), sk: key("gsi2sk", ["graduateRank"]) },
    },
  },
  application: {
    model: { entity: "application", version: "1", service: SERVICE },
    attributes: {
      vacancyId: { type: "string", required: true },
      graduateId: { type: "string", required: true },
      recruiterId: { type: "string", required: true },
      state: { type: "string", required: true },
      /** Applied although not eligible: recruiters see it flagged. */
      applyAnyway: { type: "boolean", required: true },
      eligibleAtApply: { type: "boolean", required: true },
      scoreAtApply: { type: "number", required: true },
      vacancyTitle: { type: "string", required: true },
      history: { type: "any", required: true },
      appliedAt: { type: "string", required: true },
      version,
      updatedAt: { type: "string", required: true },
    },
    indexes: {
      byVacancy: { pk: key("pk", ["vacancyId"]), sk: key("sk", ["graduateId"]) },
      byGraduate: { index: "gsi1", pk: key("gsi1pk", ["graduateId"]), sk: key("gsi1sk", ["appliedAt", "vacancyId"]) },
    },
  },
  /** Credentials waiting for staff, per PPKD (a queue per centre, not one hot partition). */
  credentialReview: {
    model: { entity: "credentialReview", version: "1", service: SERVICE },
    attributes: {
      graduateId: { type: "string", required: true },
      credentialId: { type: "string", required: true },
      ppkd: { type: "string", required: true },
      skill: { type: "string", required: true },
      submittedAt: { type: "string", required: true },
    },
    indexes: {
      byCredential: { pk: key("pk", ["graduateId"]), sk: key("sk", ["credentialId"]) },
      queue: { index: "gsi1", pk: key("gsi1pk", ["ppkd"]), sk: key("gsi1sk", ["submittedAt", "credentialId"]) },
    },
  },
  notification: {
    model: { entity: "notification", version: "1", service: SERVICE },
    attributes: {
      recipientId: { type: "string", required: true },
      notificationId: { type: "string", required: true },
      channel: { type: "string", required: true },
      type: { type: "string", required: true },
      title: { type: "string", required: true },
      body: { type: "string", required: true },
      language: { type: "string", required: true },
      link: { type: "string" },
      read: { type: "boolean", required: true, default: false },
      createdAt: { type: "string", required: true },
    },
    indexes: {
      byId: { pk: key("pk", ["recipientId"]), sk: key("sk", ["notificationId"]) },
      inbox: { index: "gsi1", pk: key("gsi1pk", ["recipientId"]), sk: key("gsi1sk", ["createdAt", "notificationId"]) },
    },
  },
  /** What a channel without a provider (locally: email, SMS, WhatsApp) would have sent. */
  outbox: {
    model: { entity: "outbox", version: "1", service: SERVICE },
    attributes: {
      channel: { type: "string", required: true },
      messageId: { type: "string", required: true },
      recipientId: { type: "string", required: true },
      to: { type: "string" },
      subject: { type: "string", required: true },
      body: { type: "string", required: true },
      createdAt: { type: "string", required: true },
    },
    indexes: {
      byId: { pk: key("pk", ["messageId"]), sk: key("sk", []) },
      byChannel: { index: "gsi1", pk: key("gsi1pk", ["channel"]), sk: key("gsi1sk", ["createdAt", "messageId"]) },
    },
  },
  /** A creating POST's response, kept 24 h for its Idempotency-Key. */
  idempotency: {
    model: { entity: "idempotency", version: "1", service: SERVICE },
    attributes: {
      principal: { type: "string", required: true },
      idempotencyKey: { type: "string", required: true },
      fingerprint: { type: "string", required: true },
      status: { type: "number", required: true },
      body: { type: "string", required: true },
      expiresAt: { type: "number", required: true },
    },
    indexes: {
      byKey: { pk: key("pk", ["principal", "idempotencyKey"]), sk: key("sk", []) },
    },
  },
  /** Running totals for the demand report: one item per (kind, skill, country). */
  counter: {
    model: { entity: "counter", version: "1", service: SERVICE },
    attributes: {
      kind: { type: ["demand", "supply", "refusal"] as const, required: true },
      skill: { type: "string", required: true },
      bucket: { type: "string", required: true },
      count: { type: "number", required: true, default: 0 },
      openings: { type: "number", required: true, default: 0 },
    },
    indexes: {
      byKind: { pk: key("pk", ["kind"]), sk: key("sk", ["skill", "bucket"]) },
    },
  },
  /** UU PDP: who read a graduate's personal data, when, and what (the graduate can see it). */
  audit: {
    model: { entity: "audit", version: "1", service: SERVICE },
    attributes: {
      graduateId: { type: "string", required: true },
      at: { type: "string", required: true },
      reader: { type: "string", required: true },
      role: { type: "string", required: true },
      recruiterId: { type: "string" },
      what: { type: "string", required: true },
      expiresAt: { type: "number", required: true },
    },
    indexes: {
      byGraduate: { pk: key("pk", ["graduateId"]), sk: key("sk", ["at", "reader"]) },
    },
  },
  /** A verified credential's last valid day: the daily sweep recomputes its holder then. */
  credentialExpiry: {
    model: { entity: "credentialExpiry", version: "1", service: SERVICE },
    attributes: {
      date: { type: "string", required: true },
      graduateId: { type: "string", required: true },
      credentialId: { type: "string", required: true },
    },
    indexes: {
      byDate: { pk: key("pk", ["date"]), sk: key("sk", ["graduateId", "credentialId"]) },
    },
  },
} as const;

function build(deps: Pick<Deps, "ddb" | "table">) {
  const client = DynamoDBDocumentClient.from(deps.ddb, { marshallOptions: { removeUndefinedValues: true } });
  const config = { client, table: deps.table };
  const entities = {
    graduate: new Entity(schemas.graduate, config),
    holding: new Entity(schemas.holding, config),
    recruiter: new Entity(schemas.recruiter, config),
    member: new Entity(schemas.member, config),
    vacancy: new Entity(schemas.vacancy, config),
    vacancySkill: new Entity(schemas.vacancySkill, config),
    match: new Entity(schemas.match, config),
    application: new Entity(schemas.application, config),
    credentialReview: new Entity(schemas.credentialReview, config),
    notification: new Entity(schemas.notification, config),
    outbox: new Entity(schemas.outbox, config),
    idempotency: new Entity(schemas.idempotency, config),
    counter: new Entity(schemas.counter, config),
    credentialExpiry: new Entity(schemas.credentialExpiry, config),
    audit: new Entity(schemas.audit, config),
  };
  return { ...entities, service: new Service(entities, config), client };
}

export type Db = ReturnType<typeof build>;
const cache = new WeakMap<object, Db>();

/** The entities bound to a deployment's table (built once per client). */
export function db(deps: Pick<Deps, "ddb" | "table">): Db {
  let built = cache.get(deps.ddb);
  if (!built) {
    built = build(deps);
    cache.set(deps.ddb, built);
  }
  return built;
}

export type GraduateItem = EntityItem<Db["graduate"]>;
export type VacancyItem = EntityItem<Db["vacancy"]>;
export type RecruiterItem = EntityItem<Db["recruiter"]>;
export type ApplicationItem = EntityItem<Db["application"]>;
export type MatchItem = EntityItem<Db["match"]>;
export type CreateMatchItem = CreateEntityItem<Db["match"]>;
export type NotificationItem = EntityItem<Db["notification"]>;

/** True when DynamoDB refused a write on its condition (a version or existence check). */
export function isConditionFailure(error: unknown): boolean {
  for (let e: unknown = error; e; e = (e as { cause?: unknown }).cause) {
    const name = (e as { name?: string }).name;
    if (name === "ConditionalCheckFailedException" || name === "TransactionCanceledException") return true;
    if (e instanceof ElectroError && /conditional request failed/i.test(e.message)) return true;
  }
  return false;
}
