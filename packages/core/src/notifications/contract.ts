import { z } from "zod";

/**
 * What the notifications' use cases answer, as the API documents them (each a named component).
 * The use cases declare these as their return types, so the code and the document cannot drift.
 */

const instant = z.iso.datetime().describe("ISO 8601 date-time (UTC)");

export const NotificationView = z
  .object({
    recipientId: z.string().describe("The graduate, or `org:<recruiterId>` for an organisation's inbox"),
    notificationId: z.string().describe("Mark it read at /v1/graduates/me/notifications/{notificationId}/read"),
    channel: z.literal("in-app"),
    type: z.string().describe("The message template, e.g. vacancy-match, application-status, credential-reviewed"),
    title: z.string(),
    body: z.string(),
    language: z.enum(["id", "en"]).describe("The language it was written in (the recipient's)"),
    link: z.string().optional().describe("The API path it is about, e.g. /v1/applications/{applicationId}"),
    read: z.boolean(),
    createdAt: instant,
  })
  .meta({ id: "Notification", description: "A notice in an inbox" });
export type NotificationView = z.infer<typeof NotificationView>;

export const OutboxMessageView = z
  .object({
    channel: z.enum(["email", "sms", "whatsapp"]),
    messageId: z.string(),
    recipientId: z.string(),
    to: z.string().optional().describe("The address, masked (r•••@example.id, +62812•••••890)"),
    subject: z.string(),
    body: z.string(),
    state: z.enum(["pending", "sent"]).describe("pending until the channel took it"),
    sentAt: instant.optional().describe("When the channel took it (on AWS)"),
    createdAt: instant,
  })
  .meta({ id: "OutboxMessage", description: "A message an external channel sent (or, locally, would have sent)" });
export type OutboxMessageView = z.infer<typeof OutboxMessageView>;
