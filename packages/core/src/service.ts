import { DynamoDBDocumentClient } from "@aws-sdk/lib-dynamodb";
import { type CreateEntityItem, Entity, type EntityItem, Service } from "electrodb";
import { application } from "./applications/entities.ts";
import { checkWindow } from "./check/entities.ts";
import { booth, fair } from "./fairs/entities.ts";
import { candidateBooth, candidateSlot, interview, passedOffer } from "./fairs/interviews/entities.ts";
import { fairRegistration, fairRequest, importBatch, registrationImport } from "./fairs/registration/entities.ts";
import { fairStat } from "./fairs/report/entities.ts";
import { scheduleJob } from "./fairs/schedule/entities.ts";
import { audit, credentialExpiry, credentialReview, graduate } from "./graduates/entities.ts";
import { holding, match } from "./matching/entities.ts";
import { notification, outbox } from "./notifications/entities.ts";
import { probe } from "./ops/probe-entity.ts";
import type { Deps } from "./platform/deps.ts";
import { idempotency } from "./platform/idempotency-entity.ts";
import { intent } from "./platform/intent-entity.ts";
import { member, recruiter } from "./recruiters/entities.ts";
import { recruiterLookup } from "./recruiters/lookup-entities.ts";
import { counter, vacancy, vacancySkill } from "./vacancies/entities.ts";

/**
 * The single table: every feature's entities bound to a deployment's table, and one ElectroDB
 * service over them for transactions that span features (a vacancy and its counters, an
 * interview and its guards). Each access pattern is one named function in a feature and one
 * row in the README's access-pattern table.
 */
function build(deps: Pick<Deps, "ddb" | "table">) {
  const client = DynamoDBDocumentClient.from(deps.ddb, { marshallOptions: { removeUndefinedValues: true } });
  const config = { client, table: deps.table };
  const entities = {
    graduate: new Entity(graduate, config),
    credentialReview: new Entity(credentialReview, config),
    credentialExpiry: new Entity(credentialExpiry, config),
    audit: new Entity(audit, config),
    recruiter: new Entity(recruiter, config),
    member: new Entity(member, config),
    recruiterLookup: new Entity(recruiterLookup, config),
    checkWindow: new Entity(checkWindow, config),
    vacancy: new Entity(vacancy, config),
    vacancySkill: new Entity(vacancySkill, config),
    counter: new Entity(counter, config),
    holding: new Entity(holding, config),
    match: new Entity(match, config),
    application: new Entity(application, config),
    notification: new Entity(notification, config),
    outbox: new Entity(outbox, config),
    idempotency: new Entity(idempotency, config),
    intent: new Entity(intent, config),
    probe: new Entity(probe, config),
    fair: new Entity(fair, config),
    booth: new Entity(booth, config),
    fairRegistration: new Entity(fairRegistration, config),
    fairRequest: new Entity(fairRequest, config),
    registrationImport: new Entity(registrationImport, config),
    importBatch: new Entity(importBatch, config),
    scheduleJob: new Entity(scheduleJob, config),
    interview: new Entity(interview, config),
    candidateSlot: new Entity(candidateSlot, config),
    candidateBooth: new Entity(candidateBooth, config),
    passedOffer: new Entity(passedOffer, config),
    fairStat: new Entity(fairStat, config),
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
export type FairRegistrationItem = EntityItem<Db["fairRegistration"]>;
export type FairRequestItem = EntityItem<Db["fairRequest"]>;
export type RegistrationImportItem = EntityItem<Db["registrationImport"]>;
export type ImportBatchItem = EntityItem<Db["importBatch"]>;
export type ScheduleJobItem = EntityItem<Db["scheduleJob"]>;
export type InterviewItem = EntityItem<Db["interview"]>;
export type IntentItem = EntityItem<Db["intent"]>;
export type CreateIntentItem = CreateEntityItem<Db["intent"]>;
