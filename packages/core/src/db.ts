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
      /** `pending` until the channel accepted it (on AWS); locally the outbox is the channel. */
      state: { type: ["pending", "sent"] as const, required: true, default: "sent" },
      sentAt: { type: "string" },
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
  fair: {
    model: { entity: "fair", version: "1", service: SERVICE },
    attributes: {
      fairId: { type: "string", required: true },
      organiserId: { type: "string", required: true },
      name: { type: "string", required: true },
      venue: { type: "string", required: true },
      /** FairCalendar: zone, days, opening hours, breaks, slot length (validated with zod). */
      calendar: { type: "any", required: true },
      minGapMinutes: { type: "number", required: true },
      coverage: { type: ["first", "balanced", "off"] as const, required: true },
      /** ISO instants with an offset. */
      registrationOpens: { type: "string", required: true },
      registrationCloses: { type: "string", required: true },
      state: { type: ["draft", "registration-open", "registration-closed"] as const, required: true },
      /** The schedule version everyone sees; switched atomically on publish. */
      publishedVersion: { type: "string" },
      publishedAt: { type: "string" },
      /** `FAIRS` on every fair: the fair listing, by first day. */
      listing: { type: "string", required: true, default: "FAIRS" },
      firstDay: { type: "string", required: true },
      version,
      ...timestamps,
    },
    indexes: {
      byId: { pk: key("pk", ["fairId"]), sk: key("sk", []) },
      listing: { index: "gsi1", pk: key("gsi1pk", ["listing"]), sk: key("gsi1sk", ["firstDay", "fairId"]) },
    },
  },
  booth: {
    model: { entity: "booth", version: "1", service: SERVICE },
    attributes: {
      fairId: { type: "string", required: true },
      recruiterId: { type: "string", required: true },
      name: { type: "string", required: true },
      tables: { type: "number", required: true },
      vacancyIds: { type: "list", items: { type: "string" }, required: true },
      /** When the booth's interviewers are away: [{ from, to }] ISO instants with an offset. */
      unavailable: { type: "any", required: true },
      ...timestamps,
    },
    indexes: {
      byFair: { pk: key("pk", ["fairId"]), sk: key("sk", ["recruiterId"]) },
    },
  },
  /** A graduate's registration for a fair: their picks, in their own order. */
  fairRegistration: {
    model: { entity: "fairRegistration", version: "1", service: SERVICE },
    attributes: {
      fairId: { type: "string", required: true },
      graduateId: { type: "string", required: true },
      picks: { type: "any", required: true },
      source: { type: ["self", "import"] as const, required: true },
      version,
      ...timestamps,
    },
    indexes: {
      byFair: { pk: key("pk", ["fairId"]), sk: key("sk", ["graduateId"]) },
      byGraduate: { index: "gsi2", pk: key("gsi2pk", ["graduateId"]), sk: key("gsi2sk", ["fairId"]) },
    },
  },
  /** A graduate's wish to interview at a booth, with their order and the recruiter's shortlist mark. */
  fairRequest: {
    model: { entity: "fairRequest", version: "1", service: SERVICE },
    attributes: {
      fairId: { type: "string", required: true },
      graduateId: { type: "string", required: true },
      recruiterId: { type: "string", required: true },
      vacancyIds: { type: "list", items: { type: "string" }, required: true },
      preference: { type: "number", required: true },
      matchScore: { type: "number", required: true },
      shortlisted: { type: "boolean", required: true, default: false },
      graduateName: { type: "string", required: true },
      registeredAt: { type: "string", required: true },
    },
    indexes: {
      byFair: { pk: key("pk", ["fairId"]), sk: key("sk", ["graduateId", "recruiterId"]) },
      byBooth: { index: "gsi1", pk: key("gsi1pk", ["fairId", "recruiterId"]), sk: key("gsi1sk", ["graduateId"]) },
    },
  },
  scheduleJob: {
    model: { entity: "scheduleJob", version: "1", service: SERVICE },
    attributes: {
      jobId: { type: "string", required: true },
      fairId: { type: "string", required: true },
      coverage: { type: ["first", "balanced", "off"] as const, required: true },
      state: { type: ["queued", "running", "done", "failed"] as const, required: true },
      attempts: { type: "number", required: true, default: 0 },
      progress: { type: "any" },
      stats: { type: "any" },
      error: { type: "string" },
      leaseUntil: { type: "number" },
      ...timestamps,
    },
    indexes: {
      byId: { pk: key("pk", ["jobId"]), sk: key("sk", []) },
      byFair: { index: "gsi1", pk: key("gsi1pk", ["fairId"]), sk: key("gsi1sk", ["createdAt", "jobId"]) },
    },
  },
  /**
   * An interview at one table and slot of one schedule version: two interviews at one table and
   * slot cannot both exist (a conditional create decides). `offered` holds the place for one
   * waitlisted graduate until `offerExpires`; `removed` is a slot the recruiter took away.
   */
  interview: {
    model: { entity: "interview", version: "1", service: SERVICE },
    attributes: {
      fairId: { type: "string", required: true },
      scheduleVersion: { type: "string", required: true },
      recruiterId: { type: "string", required: true },
      slot: { type: "number", required: true },
      table: { type: "number", required: true },
      graduateId: { type: "string", required: true },
      vacancyIds: { type: "list", items: { type: "string" }, required: true },
      startsAt: { type: "string", required: true },
      endsAt: { type: "string", required: true },
      /** UTC hour of the start ("2026-12-01T02"): the reminders and no-show clock's bucket. */
      startHour: { type: "string", required: true },
      state: { type: ["booked", "offered", "checked-in", "no-show", "removed"] as const, required: true },
      offerExpires: { type: "string" },
      /** Who already turned this place down (not offered again). */
      offerExcluded: { type: "list", items: { type: "string" } },
      checkedInAt: { type: "string" },
      outcome: { type: "string" },
      outcomeAt: { type: "string" },
    },
    indexes: {
      // One partition per booth and version: a national fair's writes spread over its booths.
      byTable: { pk: key("pk", ["fairId", "scheduleVersion", "recruiterId"]), sk: key("sk", ["slot", "table"]) },
      byCandidate: {
        index: "gsi1",
        pk: key("gsi1pk", ["fairId", "scheduleVersion", "graduateId"]),
        sk: key("gsi1sk", ["slot", "recruiterId"]),
      },
      byStart: {
        index: "gsi2",
        pk: key("gsi2pk", ["startHour"]),
        sk: key("gsi2sk", ["startsAt", "fairId", "recruiterId", "table"]),
      },
    },
  },
  /** Guard: a candidate holds a slot of a version at most once (created with the interview; one partition per candidate). */
  candidateSlot: {
    model: { entity: "candidateSlot", version: "1", service: SERVICE },
    attributes: {
      fairId: { type: "string", required: true },
      scheduleVersion: { type: "string", required: true },
      graduateId: { type: "string", required: true },
      slot: { type: "number", required: true },
      recruiterId: { type: "string", required: true },
      table: { type: "number", required: true },
    },
    indexes: {
      byCandidate: { pk: key("pk", ["fairId", "scheduleVersion", "graduateId"]), sk: key("sk", ["slot"]) },
    },
  },
  /** Guard: a candidate has at most one interview per booth in a version. */
  candidateBooth: {
    model: { entity: "candidateBooth", version: "1", service: SERVICE },
    attributes: {
      fairId: { type: "string", required: true },
      scheduleVersion: { type: "string", required: true },
      graduateId: { type: "string", required: true },
      recruiterId: { type: "string", required: true },
      slot: { type: "number", required: true },
      table: { type: "number", required: true },
    },
    indexes: {
      byCandidate: { pk: key("pk", ["fairId", "scheduleVersion", "graduateId"]), sk: key("sk", ["recruiterId"]) },
    },
  },
  /** A fair's running totals (registrations, attendance, outcomes by vacancy, country, skill). */
  fairStat: {
    model: { entity: "fairStat", version: "1", service: SERVICE },
    attributes: {
      fairId: { type: "string", required: true },
      name: { type: "string", required: true },
      bucket: { type: "string", required: true },
      count: { type: "number", required: true, default: 0 },
    },
    indexes: {
      byFair: { pk: key("pk", ["fairId"]), sk: key("sk", ["name", "bucket"]) },
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
    fair: new Entity(schemas.fair, config),
    booth: new Entity(schemas.booth, config),
    fairRegistration: new Entity(schemas.fairRegistration, config),
    fairRequest: new Entity(schemas.fairRequest, config),
    scheduleJob: new Entity(schemas.scheduleJob, config),
    interview: new Entity(schemas.interview, config),
    candidateSlot: new Entity(schemas.candidateSlot, config),
    candidateBooth: new Entity(schemas.candidateBooth, config),
    fairStat: new Entity(schemas.fairStat, config),
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
export type FairItem = EntityItem<Db["fair"]>;
export type BoothItem = EntityItem<Db["booth"]>;
export type FairRequestItem = EntityItem<Db["fairRequest"]>;
export type ScheduleJobItem = EntityItem<Db["scheduleJob"]>;
export type InterviewItem = EntityItem<Db["interview"]>;

/** True when DynamoDB refused a write on its condition (a version or existence check). */
export function isConditionFailure(error: unknown): boolean {
  for (let e: unknown = error; e; e = (e as { cause?: unknown }).cause) {
    const name = (e as { name?: string }).name;
    if (name === "ConditionalCheckFailedException" || name === "TransactionCanceledException") return true;
    if (e instanceof ElectroError && /conditional request failed/i.test(e.message)) return true;
  }
  return false;
}
