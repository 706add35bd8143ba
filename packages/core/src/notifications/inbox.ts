import { notFound } from "../platform/errors.ts";
import { type PageRequest, pageOf, pageOptions } from "../platform/paging.ts";
import { type Acting, useCase } from "../platform/principal.ts";
import { isConditionFailure } from "../platform/table.ts";
import { db } from "../service.ts";

/** Whose inbox the caller reads: a graduate their own; a recruiter their organisation's. */
const recipientOf = (actor: Acting<"graduate" | "recruiter">) => (actor.role === "recruiter" ? actor.recruiterId : actor.sub);

/** Access pattern: the caller's inbox, newest first. */
export const myInbox = useCase(["graduate", "recruiter"], async (deps, actor, page: PageRequest) => {
  const { data, cursor } = await db(deps)
    .notification.query.inbox({ recipientId: recipientOf(actor) })
    .go({ ...pageOptions(page), order: "desc" });
  return pageOf(data, cursor);
});

/** Marks one of the caller's notices read; another's answers 404. */
export const markRead = useCase(["graduate", "recruiter"], async (deps, actor, notificationId: string) => {
  try {
    await db(deps)
      .notification.patch({ recipientId: recipientOf(actor), notificationId })
      .set({ read: true })
      .go();
  } catch (error) {
    if (isConditionFailure(error)) throw notFound("notification", notificationId);
    throw error;
  }
});

/** Access pattern: what an external channel sent (or, locally, would have sent), newest first. Operators only. */
export const outboxOf = useCase(["operator"], async (deps, _actor, channel: "email" | "sms" | "whatsapp", page: PageRequest) => {
  const { data, cursor } = await db(deps)
    .outbox.query.byChannel({ channel })
    .go({ ...pageOptions(page), order: "desc" });
  return pageOf(data, cursor);
});
