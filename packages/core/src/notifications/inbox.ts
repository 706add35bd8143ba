import type { Language } from "@jalur/domain";
import { recordReads } from "../graduates/audit.ts";
import type { Deps } from "../platform/deps.ts";
import { notFound } from "../platform/errors.ts";
import { organisationRecipient } from "../platform/notices.ts";
import { type PageRequest, pageOf, pageOptions } from "../platform/paging.ts";
import { useCase } from "../platform/principal.ts";
import { isConditionFailure } from "../platform/table.ts";
import { db, type NotificationItem } from "../service.ts";
import type { NotificationView, OutboxMessageView } from "./contract.ts";

/** A notice as its recipient reads it. Only in-app notices are stored, in the recipient's language (`deliver`). */
function notificationView(n: NotificationItem): NotificationView {
  return { ...n, channel: n.channel as "in-app", language: n.language as Language };
}

/** Access pattern: a recipient's inbox, newest first. */
async function inboxOf(deps: Deps, recipientId: string, page: PageRequest) {
  const { data, cursor } = await db(deps)
    .notification.query.inbox({ recipientId })
    .go({ ...pageOptions(deps, page), order: "desc" });
  return pageOf(deps, data.map(notificationView), cursor);
}

/** The caller's own inbox, newest first. */
export const myInbox = useCase(["graduate"], async (deps, actor, page: PageRequest) => inboxOf(deps, actor.sub, page));

/** The inbox of the caller's organisation (booth changes at fairs), newest first. */
export const organisationInbox = useCase(["recruiter"], async (deps, actor, page: PageRequest) =>
  inboxOf(deps, organisationRecipient(actor.recruiterId), page),
);

/** The unread count looks at this many of the newest notices: a badge says "99", never scans an inbox. */
export const UNREAD_COUNTED = 99;

/**
 * How many of the caller's newest notices are unread (one Query over the inbox index, at most
 * `UNREAD_COUNTED` items evaluated, only `read` projected): the navigation's badge.
 */
export const unreadCount = useCase(["graduate"], async (deps, actor): Promise<number> => {
  const { data } = await db(deps)
    .notification.query.inbox({ recipientId: actor.sub })
    .where(({ read }, { eq }) => eq(read, false))
    .go({ order: "desc", limit: UNREAD_COUNTED, pages: 1, attributes: ["read"] });
  return data.length;
});

/** Marks one of the caller's notices read; another's answers 404. */
export const markRead = useCase(["graduate"], async (deps, actor, notificationId: string) => {
  try {
    await db(deps).notification.patch({ recipientId: actor.sub, notificationId }).set({ read: true }).go();
  } catch (error) {
    if (isConditionFailure(error)) throw notFound("notification", notificationId);
    throw error;
  }
});

/** "+6281234567890" → "+62812•••••890", "rina@example.id" → "r•••@example.id": enough to tell messages apart. */
export function maskAddress(to: string | undefined): string | undefined {
  if (!to) return to;
  const at = to.indexOf("@");
  if (at > 0) return `${to[0]}•••${to.slice(at)}`;
  return to.length > 8 ? `${to.slice(0, 6)}${"•".repeat(to.length - 9)}${to.slice(-3)}` : "•••";
}

/**
 * Access pattern: what an external channel sent (or, locally, would have sent), newest first.
 * Operators only; addresses are masked, and each recipient's audit records that an operator
 * read a message to them.
 */
export const outboxOf = useCase(["operator"], async (deps, actor, channel: "email" | "sms" | "whatsapp", page: PageRequest) => {
  const { data, cursor } = await db(deps)
    .outbox.query.byChannel({ channel })
    .go({ ...pageOptions(deps, page), order: "desc" });
  await recordReads(
    deps,
    actor,
    data.map((m) => m.recipientId).filter((r) => !r.startsWith(organisationRecipient(""))),
    `a ${channel} message to them, in the outbox`,
  );
  // The channel is one of the three: the query asked for it.
  const items: OutboxMessageView[] = data.map((m) => ({ ...m, channel, to: maskAddress(m.to) }));
  return pageOf(deps, items, cursor);
});
