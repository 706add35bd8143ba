import { key, model } from "../platform/table.ts";

/** An in-app notice in a recipient's inbox. */
export const notification = {
  model: model("notification"),
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
} as const;

/** An external message (email, SMS, WhatsApp): `pending` until the channel took it; locally the outbox is the channel. */
export const outbox = {
  model: model("outbox"),
  attributes: {
    channel: { type: "string", required: true },
    messageId: { type: "string", required: true },
    recipientId: { type: "string", required: true },
    to: { type: "string" },
    subject: { type: "string", required: true },
    body: { type: "string", required: true },
    state: { type: ["pending", "sent"] as const, required: true, default: "sent" },
    sentAt: { type: "string" },
    createdAt: { type: "string", required: true },
  },
  indexes: {
    byId: { pk: key("pk", ["messageId"]), sk: key("sk", []) },
    byChannel: { index: "gsi1", pk: key("gsi1pk", ["channel"]), sk: key("gsi1sk", ["createdAt", "messageId"]) },
  },
} as const;
