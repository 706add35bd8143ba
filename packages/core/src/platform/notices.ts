import type { Notify } from "./messages.ts";

/** The channels a notice to a graduate goes out on: the inbox, and email (a text message when they have no email). */
export const GRADUATE_CHANNELS: readonly Notify["channel"][] = ["in-app", "email"];

/**
 * One notice per channel for one event. The id names the event, the recipient and the
 * channel, so the same event is delivered at most once per channel however often it is queued.
 */
export function noticesTo(
  recipientId: string,
  event: string,
  template: string,
  params: Record<string, string>,
  link?: string,
  channels: readonly Notify["channel"][] = GRADUATE_CHANNELS,
): Notify[] {
  return channels.map((channel) => ({
    type: "notify",
    id: `${template}:${event}:${recipientId}:${channel}`,
    recipientId,
    channel,
    template,
    params,
    ...(link ? { link } : {}),
  }));
}

/** An organisation's inbox (booth changes at fairs): its own key space, never a graduate's. */
export const organisationRecipient = (recruiterId: string) => `org:${recruiterId}`;
