import {
  addCredential,
  createRecruiter,
  createVacancy,
  myInbox,
  outboxOf,
  type Principal,
  publishVacancy,
  registerGraduate,
  reviewCredential,
  reviewLicence,
  setConsent,
  setNotificationPreferences,
  VacancyInput,
} from "@jalur/core";
import { noticeId } from "@jalur/core/notifications/templates";
import { addDays, dateInZone } from "@jalur/domain";
import { createMatchWorker, createNotifyWorker } from "@jalur/functions";
import { toSqsRecord } from "@jalur/local";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eventually, startApi } from "../support/api.ts";

const record = (id: string, body: unknown, receiveCount = 1) =>
  toSqsRecord(
    {
      MessageId: id,
      Body: JSON.stringify(body),
      ReceiptHandle: id,
      Attributes: { ApproximateReceiveCount: String(receiveCount) },
    },
    "arn:aws:sqs:local:0:q",
    "ap-southeast-3",
  );

const STAFF: Principal = { sub: "staff", role: "staff" };
const RECRUITER: Principal = { sub: "r-eu-1", role: "recruiter", recruiterId: "r-eu" };
const graduate = (sub: string): Principal => ({ sub, role: "graduate" });
/** A graduate's in-app inbox, newest first (their own read). */
const inboxOf = async (deps: Awaited<ReturnType<typeof startApi>>["deps"], sub: string) =>
  (await myInbox(deps, graduate(sub), { limit: 10 })).items;

describe("every message delivered twice changes nothing the second time", () => {
  let api: Awaited<ReturnType<typeof startApi>>;
  let vacancyId: string;

  beforeAll(async () => {
    api = await startApi();
    const { deps } = api;
    const today = dateInZone(new Date());
    await createRecruiter(
      deps,
      STAFF,
      {
        name: "PT Eropa Karya",
        kind: "p3mi",
        licence: { number: "SIP3MI/1/2026", validFrom: addDays(today, -10), validUntil: addDays(today, 300) },
      },
      "r-eu",
    );
    await reviewLicence(deps, STAFF, "r-eu", true);
    for (const id of ["ana", "eko"]) {
      await registerGraduate(deps, graduate(id), {
        name: id,
        birthDate: "1998-07-07",
        ppkd: "Jakarta Barat",
        language: "id",
        ...(id === "eko" ? { phone: "+6281211112222" } : {}),
      });
      await setConsent(deps, graduate(id), true);
      const c = await addCredential(deps, graduate(id), {
        skill: "lang.de.cefr",
        level: "B1",
        issuer: "Goethe",
        number: `G-${id}`,
        issuedOn: addDays(today, -50),
        evidenceRef: "scan",
      });
      await reviewCredential(deps, STAFF, id, c.id, { verification: "verified" });
    }
    const draft = await createVacancy(
      deps,
      RECRUITER,
      VacancyInput.parse({
        title: "Hotel housekeeping",
        country: "DE",
        sector: "hospitality",
        scheme: "P-to-P",
        openings: 3,
        salary: { amount: 2600, currency: "EUR", period: "month" },
        jobOrderRef: "JO/DE/1",
        applicationDeadline: addDays(today, 20),
        expectedStart: addDays(today, 90),
        requirements: [{ id: "de", skill: "lang.de.cefr", importance: "required", minLevel: "B1" }],
      }),
    );
    vacancyId = draft.vacancyId;
    await publishVacancy(deps, RECRUITER, vacancyId);
    // Each has two notices: the credential review (in the app; email or text where they have one) and the match.
    await eventually(async () =>
      (await inboxOf(deps, "ana")).length === 2 && (await inboxOf(deps, "eko")).length === 2 ? true : undefined,
    );
  });
  afterAll(async () => api?.stop());

  it("a vacancy-changed message handled again (twice more) leaves the same matches and no second notice", async () => {
    const worker = createMatchWorker(api.deps);
    const message = { type: "vacancy-changed", id: `vacancy:${vacancyId}:v2`, vacancyId };
    expect((await worker({ Records: [record("a", message, 2)] })).batchItemFailures).toEqual([]);
    expect((await worker({ Records: [record("b", message, 3)] })).batchItemFailures).toEqual([]);
    // Let the notify worker drain whatever the repeats queued.
    await new Promise((r) => setTimeout(r, 1500));
    for (const id of ["ana", "eko"]) {
      const items = await inboxOf(api.deps, id);
      expect(items.map((n) => n.type).sort()).toEqual(["credential-reviewed", "vacancy-match"]);
    }
  });

  it("a notice delivered twice lands in the inbox once", async () => {
    const worker = createNotifyWorker(api.deps);
    const notice = {
      type: "notify",
      id: "application-status:x~ana:2:ana:in-app",
      recipientId: "ana",
      channel: "in-app",
      template: "application-status",
      params: { title: "Hotel housekeeping", state: "shortlisted" },
    };
    await worker({ Records: [record("n1", notice)] });
    await worker({ Records: [record("n2", notice, 2), record("n3", notice, 2)] });
    const items = (await inboxOf(api.deps, "ana")).filter((n) => n.type === "application-status");
    expect(items).toHaveLength(1);
    // In her language, the state word included (templates translate the states they carry).
    expect(items[0]!.body).toBe("Lamaran Anda untuk Hotel housekeeping sekarang: masuk daftar pendek.");
  });

  it("a graduate who opted out of a message type does not get it", async () => {
    await setNotificationPreferences(api.deps, graduate("eko"), ["application-status"]);
    const notice = {
      type: "notify",
      id: "application-status:y~eko:2:eko:in-app",
      recipientId: "eko",
      channel: "in-app",
      template: "application-status",
      params: { title: "T", state: "rejected" },
    };
    await createNotifyWorker(api.deps)({ Records: [record("o1", notice)] });
    expect((await inboxOf(api.deps, "eko")).map((n) => n.type).sort()).toEqual(["credential-reviewed", "vacancy-match"]);
  });

  it("a notice for another channel goes to the local outbox once", async () => {
    const worker = createNotifyWorker(api.deps);
    const notice = {
      type: "notify",
      id: "vacancy-match:v:eko:sms",
      recipientId: "eko",
      channel: "sms",
      template: "vacancy-match",
      params: { title: "Hotel housekeeping", country: "DE", score: "100" },
    };
    await worker({ Records: [record("s1", notice), record("s2", notice, 2)] });
    // Ana has no phone number: her text message cannot be sent and is not pretended to be.
    const none = { ...notice, id: "vacancy-match:v:ana:sms", recipientId: "ana" };
    await worker({ Records: [record("s3", none)] });
    // The outbox is for operators: staff are refused, an operator reads it.
    const staff = await api.as({ sub: "staff", role: "staff" });
    expect((await staff.request("GET", "/v1/ops/outbox/sms")).status).toBe(403);
    const operator = await api.as({ sub: "ops", role: "operator" });
    // Eko has no email address: the credential review went to his phone as a text message, once.
    const items = await eventually(async () => {
      const { body } = await operator.request("GET", "/v1/ops/outbox/sms");
      return body.items.length >= 2 ? (body.items as { to: string; subject: string; body: string }[]) : undefined;
    });
    expect(items).toHaveLength(2);
    // Operators see the address masked, enough to tell messages apart; the read is in Eko's audit.
    expect(items.map((i) => i.to)).toEqual(["+62812•••••222", "+62812•••••222"]);
    const eko = await api.as({ sub: "eko", role: "graduate" });
    const reads = (await eko.request("GET", "/v1/graduates/me/data-access")).body.items;
    expect(reads).toContainEqual(
      expect.objectContaining({ reader: "ops", role: "operator", what: "a sms message to them, in the outbox" }),
    );
    expect(items.filter((i) => i.subject.startsWith("Kredensial diperiksa"))).toHaveLength(1);
    const match = items.filter((i) => i.subject === "Lowongan baru untuk Anda");
    expect(match).toHaveLength(1);
    expect(match[0]!.body).toBe("Hotel housekeeping (DE) cocok dengan kredensial Anda: skor 100.");
  });
  it("a graduate who switched a type off for email and SMS still gets it in the inbox, and not outside", async () => {
    await setNotificationPreferences(api.deps, graduate("eko"), ["credential-reviewed@external"]);
    const worker = createNotifyWorker(api.deps);
    const base = {
      type: "notify",
      recipientId: "eko",
      template: "credential-reviewed",
      params: { skill: "JLPT", outcome: "verified" },
    };
    await worker({
      Records: [
        record("c1", { ...base, id: "credential-reviewed:z:eko:in-app", channel: "in-app" }),
        record("c2", { ...base, id: "credential-reviewed:z:eko:sms", channel: "sms" }),
      ],
    });
    const inbox = (await inboxOf(api.deps, "eko")).filter((n) => n.type === "credential-reviewed");
    expect(inbox.length).toBeGreaterThanOrEqual(2);
    const { items } = await outboxOf(api.deps, { sub: "ops", role: "operator" }, "sms", { limit: 100 });
    expect(items.filter((m) => m.messageId === noticeId("credential-reviewed:z:eko:sms"))).toEqual([]);
    // The same message without the choice would have gone out (eko has a phone number).
    await setNotificationPreferences(api.deps, graduate("eko"), []);
    await worker({ Records: [record("c3", { ...base, id: "credential-reviewed:z2:eko:sms", channel: "sms" })] });
    const again = await outboxOf(api.deps, { sub: "ops", role: "operator" }, "sms", { limit: 100 });
    expect(again.items.filter((m) => m.messageId === noticeId("credential-reviewed:z2:eko:sms"))).toHaveLength(1);
    await setNotificationPreferences(api.deps, graduate("eko"), ["application-status"]);
  });
});
