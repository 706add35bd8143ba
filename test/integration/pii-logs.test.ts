import { createMatchWorker, logger } from "@jalur/functions";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Caller, eventually, startApi } from "../support/api.ts";

const NIK = "3174055501990007";
const PHONE = "+6281377001122";
const EMAIL = "rina.halim@example.id";

/** UU PDP: NIK, passport and phone numbers never appear in logs. */
describe("personal data stays out of the logs", () => {
  let api: Awaited<ReturnType<typeof startApi>>;
  let captured = "";
  const writes: [NodeJS.WriteStream, NodeJS.WriteStream["write"]][] = [];

  beforeAll(async () => {
    api = await startApi();
    for (const stream of [process.stdout, process.stderr]) {
      const original = stream.write.bind(stream);
      writes.push([stream, stream.write]);
      stream.write = ((chunk: string | Uint8Array, ...rest: unknown[]) => {
        captured += typeof chunk === "string" ? chunk : Buffer.from(chunk).toString();
        return (original as (...a: unknown[]) => boolean)(chunk, ...rest);
      }) as NodeJS.WriteStream["write"];
    }
    logger.setLogLevel("DEBUG");
  });
  afterAll(async () => {
    logger.setLogLevel("ERROR");
    for (const [stream, write] of writes) stream.write = write;
    await api?.stop();
  });

  it("redacts them by key and by shape, also inside free text and errors", () => {
    logger.info("graduate registered", {
      graduate: { nik: NIK, phone: PHONE, email: EMAIL, passport: "C1234567" },
      note: `called ${PHONE} about NIK ${NIK}`,
    });
    logger.error("lookup failed", new Error(`no graduate with NIK ${NIK} (passport C1234567, mail ${EMAIL})`));
    expect(captured).toContain("graduate registered");
    expect(captured).toContain("[redacted]");
    for (const secret of [NIK, PHONE, EMAIL, "C1234567"]) expect(captured).not.toContain(secret);
  });

  it("keeps them out through a whole flow: registration, a credential, its review, the workers", async () => {
    captured = "";
    const staff = await api.as({ sub: "staff-pii", role: "staff" });
    const rina: Caller = await api.as({ sub: "rina", role: "graduate" });
    expect(
      (
        await rina.request("POST", "/v1/graduates/me", {
          name: "Rina Halim",
          birthDate: "2000-01-31",
          ppkd: "Jakarta Utara",
          nik: NIK,
          phone: PHONE,
          email: EMAIL,
        })
      ).status,
    ).toBe(201);
    expect(
      (
        await rina.request("POST", "/v1/graduates/me", {
          name: "Rina Halim",
          birthDate: "2000-01-31",
          ppkd: "Jakarta Utara",
          nik: "12",
        })
      ).status,
    ).toBe(400);
    await rina.request("PUT", "/v1/graduates/me/consent", { given: true });
    const added = await rina.request("POST", "/v1/graduates/me/credentials", {
      skill: "lang.de.cefr",
      level: "B1",
      issuer: "Goethe",
      number: "G-1",
      issuedOn: "2026-02-01",
      evidenceRef: "scan://g1",
    });
    await staff.request("POST", `/v1/staff/credential-reviews/rina/${added.body.id}`, { verification: "verified" });
    await eventually(async () => (captured.includes("graduate matches recomputed") ? true : undefined));
    // A poison message naming a graduate's contact details, as a buggy producer might send.
    await createMatchWorker(api.deps)({
      Records: [{ messageId: "m1", body: `{"nik":"${NIK}","phone":"${PHONE}"`, attributes: {}, receiptHandle: "r" } as never],
    }).catch(() => {});
    expect(captured.length).toBeGreaterThan(0);
    for (const secret of [NIK, PHONE, EMAIL]) expect(captured).not.toContain(secret);
  });
});
