import { ReceiveMessageCommand } from "@aws-sdk/client-sqs";
import {
  addCredential,
  type Deps,
  flushIntents,
  type Principal,
  registerGraduate,
  reviewCredential,
  setConsent,
} from "@jalur/core";
import { db } from "@jalur/core/service";
import { addDays, dateInZone } from "@jalur/domain";
import { createExpirySweep, createMatchWorker } from "@jalur/functions";
import { toSqsRecord } from "@jalur/local";
import { beforeAll, describe, expect, it } from "vitest";
import { freshDeployment } from "../support/deployment.ts";

const TONO: Principal = { sub: "tono", role: "graduate" };
const STAFF: Principal = { sub: "staff", role: "staff" };

describe("the daily credential-expiry sweep", () => {
  let deps: Deps;
  const today = dateInZone(new Date());

  beforeAll(async () => {
    ({ deps } = await freshDeployment());
  });

  it("recomputes a graduate on the day their credential stops counting: the holding and its supply count go", async () => {
    await registerGraduate(deps, TONO, { name: "Tono", birthDate: "1997-02-02", ppkd: "Jakarta Pusat", language: "id" });
    await setConsent(deps, TONO, true);
    const c = await addCredential(deps, TONO, {
      skill: "lang.en.cefr",
      level: "B2",
      issuer: "British Council",
      number: "EN-9",
      issuedOn: addDays(today, -300),
      expiresOn: today,
      evidenceRef: "scan",
    });
    await reviewCredential(deps, STAFF, "tono", c.id, { verification: "verified" });
    // No relay runs here: each round sends what is in the outbox, as the relay would.
    const drain = async (d: Deps) => {
      for (;;) {
        await flushIntents(d);
        const out = await d.sqs.send(
          new ReceiveMessageCommand({ QueueUrl: d.queueUrls.match, MaxNumberOfMessages: 10, WaitTimeSeconds: 0 }),
        );
        if (!out.Messages?.length) return;
        await createMatchWorker(d)({ Records: out.Messages.map((m) => toSqsRecord(m, "arn", "ap-southeast-3")) });
      }
    };
    await drain(deps);
    const holdings = async () => (await db(deps).holding.query.byGraduate({ graduateId: "tono" }).go()).data.map((h) => h.skill);
    const supply = async () =>
      (await db(deps).counter.get({ kind: "supply", skill: "lang.en.cefr", bucket: "003" }).go()).data?.count;
    expect(await holdings()).toEqual(["lang.en.cefr"]);
    expect(await supply()).toBe(1);

    // Tomorrow in Jakarta: the sweep finds tono under tomorrow's date and the recompute drops the holding.
    const tomorrow: Deps = { ...deps, now: () => new Date(Date.now() + 24 * 3600 * 1000) };
    await createExpirySweep(tomorrow)();
    await drain(tomorrow);
    expect(await holdings()).toEqual([]);
    expect(await supply()).toBe(0);

    // Running the sweep again the same day queues nothing new.
    await createExpirySweep(tomorrow)();
    await flushIntents(deps);
    const again = await deps.sqs.send(
      new ReceiveMessageCommand({ QueueUrl: deps.queueUrls.match, MaxNumberOfMessages: 10, WaitTimeSeconds: 0 }),
    );
    expect(again.Messages ?? []).toEqual([]);
  });
});
