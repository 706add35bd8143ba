import { SESv2Client, SendEmailCommand, type SendEmailCommandInput } from "@aws-sdk/client-sesv2";
import { PublishCommand, type PublishCommandInput, SNSClient } from "@aws-sdk/client-sns";
import type { ChannelSender, OutgoingMessage } from "@jalur/core";

/** Email through Amazon SES (v2), from a verified identity. */
export function sesEmailInput(message: OutgoingMessage, from: string): SendEmailCommandInput {
  return {
    FromEmailAddress: from,
    Destination: { ToAddresses: [message.to] },
    Content: {
      Simple: {
        Subject: { Data: message.subject, Charset: "UTF-8" },
        Body: { Text: { Data: message.body, Charset: "UTF-8" } },
      },
    },
    EmailTags: [{ Name: "jalur-message", Value: message.messageId.replace(/[^A-Za-z0-9_-]/g, "_") }],
  };
}

export function sesEmail(client: Pick<SESv2Client, "send">, from: string): ChannelSender {
  return { send: async (m) => void (await client.send(new SendEmailCommand(sesEmailInput(m, from)))) };
}

/** A text message through Amazon SNS (transactional, so it is not throttled as marketing). */
export function snsSmsInput(message: OutgoingMessage, senderId = "JALUR"): PublishCommandInput {
  return {
    PhoneNumber: message.to,
    Message: `${message.subject}\n${message.body}`.slice(0, 1_600),
    MessageAttributes: {
      "AWS.SNS.SMS.SMSType": { DataType: "String", StringValue: "Transactional" },
      "AWS.SNS.SMS.SenderID": { DataType: "String", StringValue: senderId },
    },
  };
}

export function snsSms(client: Pick<SNSClient, "send">, senderId?: string): ChannelSender {
  return { send: async (m) => void (await client.send(new PublishCommand(snsSmsInput(m, senderId)))) };
}

/**
 * WhatsApp through the WhatsApp Business (Cloud) API: POST {url}/messages with a bearer token.
 * Any non-2xx answer throws, so SQS retries it and finally dead-letters it.
 */
export function whatsappHttp(options: { url: string; token: string; fetch?: typeof fetch }): ChannelSender {
  const doFetch = options.fetch ?? fetch;
  return {
    async send(m) {
      const res = await doFetch(`${options.url.replace(/\/$/, "")}/messages`, {
        method: "POST",
        headers: { authorization: `Bearer ${options.token}`, "content-type": "application/json" },
        body: JSON.stringify({
          messaging_product: "whatsapp",
          recipient_type: "individual",
          to: m.to.replace(/^\+/, ""),
          type: "text",
          text: { preview_url: false, body: `*${m.subject}*\n${m.body}` },
        }),
        signal: AbortSignal.timeout(10_000),
      });
      if (!res.ok) throw new Error(`WhatsApp API answered ${res.status} for message ${m.messageId}`);
    },
  };
}

/**
 * The external channels of a deployment, from its environment. Without JALUR_CHANNELS=aws
 * (locally) there are none and messages stay in the outbox.
 */
export function channelsFromEnv(
  env: NodeJS.ProcessEnv = process.env,
): Partial<Record<OutgoingMessage["channel"], ChannelSender>> {
  if (env.JALUR_CHANNELS !== "aws") return {};
  const region = env.AWS_REGION ?? "ap-southeast-3";
  const senders: Partial<Record<OutgoingMessage["channel"], ChannelSender>> = {
    sms: snsSms(new SNSClient({ region })),
  };
  if (env.JALUR_SES_FROM) senders.email = sesEmail(new SESv2Client({ region }), env.JALUR_SES_FROM);
  if (env.JALUR_WHATSAPP_URL && env.JALUR_WHATSAPP_TOKEN)
    senders.whatsapp = whatsappHttp({ url: env.JALUR_WHATSAPP_URL, token: env.JALUR_WHATSAPP_TOKEN });
  return senders;
}
