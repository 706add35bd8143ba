import { createHash } from "node:crypto";
import { type Language, type Text, text } from "@jalur/domain";
import { db, isConditionFailure } from "./db.ts";
import type { Deps } from "./deps.ts";
import type { Notify } from "./messages.ts";

/** Message templates, one place, both languages. `{name}` is replaced by a parameter. */
export const TEMPLATES: Record<string, { title: Text; body: Text }> = {
  "vacancy-match": {
    title: text("Lowongan baru untuk Anda", "A new vacancy for you"),
    body: text(
      "{title} ({country}) cocok dengan kredensial Anda: skor {score}.",
      "{title} ({country}) matches your credentials: score {score}.",
    ),
  },
  "application-status": {
    title: text("Status lamaran berubah", "Your application changed"),
    body: text("Lamaran Anda untuk {title} sekarang: {state}.", "Your application for {title} is now: {state}."),
  },
  "interview-schedule": {
    title: text("Jadwal wawancara Anda: {fair}", "Your interview schedule: {fair}"),
    body: text(
      "{count} wawancara di {venue}: {list}. Tunjukkan kode QR Anda di meja. Waktu dalam zona waktu bursa.",
      "{count} interview(s) at {venue}: {list}. Show your QR code at the table. Times are in the fair's time zone.",
    ),
  },
  "interview-booked": {
    title: text("Wawancara dipesan: {booth}", "Interview booked: {booth}"),
    body: text("{fair}: {booth}, {time}, meja {table}.", "{fair}: {booth}, {time}, table {table}."),
  },
  "interview-cancelled": {
    title: text("Wawancara dibatalkan: {booth}", "Interview cancelled: {booth}"),
    body: text(
      "Wawancara Anda di {fair} dengan {booth} pada {time} dibatalkan.",
      "Your interview at {fair} with {booth} at {time} was cancelled.",
    ),
  },
  "booth-interview-changed": {
    title: text("Perubahan jadwal booth", "Booth schedule changed"),
    body: text("{fair}: slot {time}, meja {table} berubah.", "{fair}: the {time} slot at table {table} changed."),
  },
  "slot-offered": {
    title: text("Slot wawancara tersedia: {booth}", "An interview place for you: {booth}"),
    body: text(
      "{booth} di {fair} punya slot kosong pada {time} (meja {table}). Terima sebelum {deadline}.",
      "{booth} at {fair} has a free place at {time} (table {table}). Accept before {deadline}.",
    ),
  },
  "interview-reminder-24h": {
    title: text("Besok: wawancara dengan {booth}", "Tomorrow: your interview with {booth}"),
    body: text("{fair}, {time}, meja {table}. Bawa kode QR Anda.", "{fair}, {time}, table {table}. Bring your QR code."),
  },
  "interview-reminder-1h": {
    title: text("Satu jam lagi: wawancara dengan {booth}", "In one hour: your interview with {booth}"),
    body: text("{fair}, {time}, meja {table}.", "{fair}, {time}, table {table}."),
  },
  "credential-reviewed": {
    title: text("Kredensial diperiksa", "Credential reviewed"),
    body: text("{skill} ({number}): {decision}.", "{skill} ({number}): {decision}."),
  },
};

export function render(template: string, params: Record<string, string>, language: Language): { title: string; body: string } {
  const t = TEMPLATES[template];
  if (!t) throw new Error(`Unknown template ${template}`);
  const fill = (s: string) => s.replace(/\{(\w+)\}/g, (_, k: string) => params[k] ?? `{${k}}`);
  return { title: fill(t.title[language]), body: fill(t.body[language]) };
}

/** A notice's stable id: the same event for the same recipient and channel is one notice. */
export const noticeId = (eventId: string) => createHash("sha256").update(eventId).digest("base64url").slice(0, 22);

/** One message for an external channel (email, SMS, WhatsApp). */
export interface OutgoingMessage {
  readonly messageId: string;
  readonly channel: "email" | "sms" | "whatsapp";
  readonly to: string;
  readonly subject: string;
  readonly body: string;
  readonly language: Language;
}

/** Sends on one external channel (SES, SNS, the WhatsApp Business API); throws to be retried. */
export interface ChannelSender {
  send(message: OutgoingMessage): Promise<void>;
}

/**
 * Delivers one notice. In-app notices and the outbox entry of an external message are created
 * only if their id is new, so redelivered messages change nothing. With a channel sender
 * (on AWS) the outbox entry is written `pending`, the message sent, then marked `sent`: a
 * failure in between is retried by SQS (then dead-lettered) and sends at most once more;
 * without one (locally) the outbox is where the message goes. Honours the recipient's
 * per-type opt-out and language.
 */
export async function deliver(
  deps: Deps,
  message: Notify,
  senders: Partial<Record<OutgoingMessage["channel"], ChannelSender>> = {},
): Promise<"delivered" | "duplicate" | "opted_out" | "no_address"> {
  const d = db(deps);
  const { data: graduate } = await d.graduate.get({ graduateId: message.recipientId }).go();
  if (graduate?.notificationOptOut?.includes(message.template)) return "opted_out";
  const language: Language = graduate?.language ?? "id";
  const { title, body } = render(message.template, message.params, language);
  const id = noticeId(message.id);
  const createdAt = deps.now().toISOString();
  if (message.channel === "in-app") {
    try {
      await d.notification
        .create({
          recipientId: message.recipientId,
          notificationId: id,
          channel: message.channel,
          type: message.template,
          title,
          body,
          language,
          link: message.link,
          read: false,
          createdAt,
        })
        .go();
      return "delivered";
    } catch (error) {
      if (isConditionFailure(error)) return "duplicate";
      throw error;
    }
  }
  // Email to who has an address; otherwise a text message to their phone.
  const channel = message.channel === "email" && !graduate?.email && graduate?.phone ? "sms" : message.channel;
  const to = channel === "email" ? graduate?.email : graduate?.phone;
  if (!to) return "no_address";
  const sender = senders[channel];
  try {
    await d.outbox
      .create({
        channel,
        messageId: id,
        recipientId: message.recipientId,
        to,
        subject: title,
        body,
        state: sender ? "pending" : "sent",
        createdAt,
      })
      .go();
  } catch (error) {
    if (!isConditionFailure(error)) throw error;
    const { data: existing } = await d.outbox.get({ messageId: id }).go();
    if (!sender || existing?.state !== "pending") return "duplicate";
  }
  if (sender) {
    await sender.send({ messageId: id, channel, to, subject: title, body, language });
    await d.outbox.patch({ messageId: id }).set({ state: "sent", sentAt: deps.now().toISOString() }).go();
  }
  return "delivered";
}

/** Access pattern: a recipient's inbox, newest first. */
export async function inbox(deps: Deps, recipientId: string, cursor: string | undefined, limit: number) {
  const { data, cursor: next } = await db(deps)
    .notification.query.inbox({ recipientId })
    .go({ cursor: cursor ?? null, limit, order: "desc" });
  return { items: data, cursor: next ?? undefined };
}

export async function markRead(deps: Deps, recipientId: string, notificationId: string): Promise<boolean> {
  try {
    await db(deps).notification.patch({ recipientId, notificationId }).set({ read: true }).go();
    return true;
  } catch (error) {
    if (isConditionFailure(error)) return false;
    throw error;
  }
}

/** Access pattern: what a local channel would have sent, newest first (local mode). */
export async function outbox(deps: Deps, channel: string, cursor: string | undefined, limit: number) {
  const { data, cursor: next } = await db(deps)
    .outbox.query.byChannel({ channel })
    .go({ cursor: cursor ?? null, limit, order: "desc" });
  return { items: data, cursor: next ?? undefined };
}
