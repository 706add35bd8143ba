import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { deliver, registerGraduate } from "@jalur/core";
import { db } from "@jalur/core/service";
import { sesEmailInput, snsSmsInput, whatsappHttp } from "@jalur/functions/channels";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freshDeployment } from "../support/deployment.ts";

/** A stand-in WhatsApp Business API on loopback: records requests, fails when told to. */
function fakeWhatsapp() {
  const received: { path: string; auth: string | undefined; body: Record<string, unknown> }[] = [];
  let failNext = 0;
  const server: Server = createServer(async (req: IncomingMessage, res) => {
    let raw = "";
    for await (const chunk of req) raw += chunk;
    received.push({ path: req.url ?? "", auth: req.headers.authorization, body: JSON.parse(raw) });
    if (failNext > 0) {
      failNext--;
      res.writeHead(503).end();
      return;
    }
    res.writeHead(200, { "content-type": "application/json" }).end('{"messages":[{"id":"wamid.1"}]}');
  });
  return {
    received,
    failTimes: (n: number) => {
      failNext = n;
    },
    start: () =>
      new Promise<string>((resolve) =>
        server.listen(0, "127.0.0.1", () => resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}/v20.0/12345`)),
      ),
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

describe("channel adapters", () => {
  const api = fakeWhatsapp();
  let url: string;
  let deps: Awaited<ReturnType<typeof freshDeployment>>["deps"];

  beforeAll(async () => {
    url = await api.start();
    ({ deps } = await freshDeployment());
    const wati = { sub: "wa-1", role: "graduate" } as const;
    await registerGraduate(deps, wati, {
      name: "Wati",
      birthDate: "1998-02-02",
      ppkd: "Jakarta Utara",
      language: "id",
      phone: "+6281300001111",
    });
  });
  afterAll(async () => api.stop());

  it("sends WhatsApp messages to the Business API with the token, and throws on a failure", async () => {
    const sender = whatsappHttp({ url, token: "secret-token" });
    const message = {
      messageId: "m1",
      channel: "whatsapp" as const,
      to: "+6281300001111",
      subject: "Judul",
      body: "Isi",
      language: "id" as const,
    };
    await sender.send(message);
    expect(api.received.at(-1)).toMatchObject({
      path: "/v20.0/12345/messages",
      auth: "Bearer secret-token",
      body: { messaging_product: "whatsapp", to: "6281300001111", type: "text", text: { body: "*Judul*\nIsi" } },
    });
    api.failTimes(1);
    await expect(sender.send(message)).rejects.toThrow("WhatsApp API answered 503");
  });

  it("retries a failed send on redelivery, then never sends it again", async () => {
    const sender = whatsappHttp({ url, token: "t" });
    const notice = {
      type: "notify" as const,
      id: "interview-booked:x:wa-1:whatsapp",
      recipientId: "wa-1",
      channel: "whatsapp" as const,
      template: "interview-booked",
      params: { fair: "Bursa", booth: "PT A", time: "2026-12-01 09:00 WIB", table: "1" },
    };
    const before = api.received.length;
    api.failTimes(1);
    await expect(deliver(deps, notice, { whatsapp: sender })).rejects.toThrow();
    const { items } = await db(deps)
      .outbox.query.byChannel({ channel: "whatsapp" })
      .go()
      .then((r) => ({ items: r.data }));
    expect(items.map((i) => i.state)).toEqual(["pending"]);
    expect(await deliver(deps, notice, { whatsapp: sender })).toBe("delivered");
    expect(await deliver(deps, notice, { whatsapp: sender })).toBe("duplicate");
    expect(api.received.length - before).toBe(2); // the failed attempt and the retry; none after
    const { data } = await db(deps).outbox.query.byChannel({ channel: "whatsapp" }).go();
    expect(data.map((i) => i.state)).toEqual(["sent"]);
  });

  it("builds SES and SNS requests (UTF-8 email from the verified identity; transactional SMS)", () => {
    const m = {
      messageId: "a/b",
      channel: "email" as const,
      to: "x@example.id",
      subject: "Jadwal",
      body: "Besok 09:00 WIB",
      language: "id" as const,
    };
    expect(sesEmailInput(m, "jalur@jakarta.go.id")).toMatchObject({
      FromEmailAddress: "jalur@jakarta.go.id",
      Destination: { ToAddresses: ["x@example.id"] },
      Content: { Simple: { Subject: { Data: "Jadwal", Charset: "UTF-8" } } },
      EmailTags: [{ Name: "jalur-message", Value: "a_b" }],
    });
    expect(snsSmsInput({ ...m, channel: "sms", to: "+62813" })).toMatchObject({
      PhoneNumber: "+62813",
      Message: "Jadwal\nBesok 09:00 WIB",
      MessageAttributes: { "AWS.SNS.SMS.SMSType": { StringValue: "Transactional" } },
    });
  });
});
