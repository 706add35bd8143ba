import type { Language } from "@jalur/domain";
import { optedOut } from "../graduates/schemas.ts";
import type { Deps } from "../platform/deps.ts";
import type { Notify } from "../platform/messages.ts";
import { organisationRecipient } from "../platform/notices.ts";
import { isConditionFailure } from "../platform/table.ts";
import { db } from "../service.ts";
import { noticeId, render } from "./templates.ts";

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
): Promise<"delivered" | "duplicate" | "opted_out" | "no_address" | "consent_withdrawn"> {
  const d = db(deps);
  const toOrganisation = message.recipientId.startsWith(organisationRecipient(""));
  const { data: graduate } = toOrganisation ? { data: null } : await d.graduate.get({ graduateId: message.recipientId }).go();
  // UU PDP: after withdrawal, processing stops; nothing more is sent to them.
  if (graduate?.consent === "withdrawn") return "consent_withdrawn";
  if (optedOut(graduate?.notificationOptOut, message.template, message.channel)) return "opted_out";
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
