import type { Deps } from "../platform/deps.ts";
import { AppError } from "../platform/errors.ts";
import { type PageRequest, pageOf, pageOptions } from "../platform/paging.ts";
import { type ActorRole, type Principal, useCase } from "../platform/principal.ts";
import { db } from "../service.ts";
import type { DataReadView } from "./contract.ts";

/** Audit entries are kept 2 years, then expire by TTL. */
const KEEP_SECONDS = 2 * 365 * 24 * 3600;

/** Records that `reader` saw personal data of each graduate (UU PDP: the graduate can see who read what). */
export async function recordReads(deps: Deps, reader: Principal, graduateIds: readonly string[], what: string): Promise<void> {
  if (graduateIds.length === 0) return;
  const now = deps.now();
  const expiresAt = Math.floor(now.getTime() / 1000) + KEEP_SECONDS;
  const { unprocessed } = await db(deps)
    .audit.put(
      [...new Set(graduateIds)].map((graduateId) => ({
        graduateId,
        at: now.toISOString(),
        reader: reader.sub,
        role: reader.role,
        ...(reader.recruiterId ? { recruiterId: reader.recruiterId } : {}),
        what,
        expiresAt,
      })),
    )
    .go({ concurrency: 4 });
  // No disclosure without its audit entry: the read fails and is retried instead.
  if (unprocessed.length > 0) throw new AppError("unavailable", "audit_unavailable", "Could not record the read; try again.");
}

/** Access pattern: who read the caller's personal data, newest first. */
export const readsOfMe = useCase(["graduate"], async (deps, actor, page: PageRequest) => {
  const { data, cursor } = await db(deps)
    .audit.query.byGraduate({ graduateId: actor.sub })
    .go({ ...pageOptions(deps, page), order: "desc" });
  // `role` is the reader's, written by `recordReads` from a principal.
  const items: DataReadView[] = data.map(({ expiresAt: _e, role, ...rest }) => ({ ...rest, role: role as ActorRole }));
  return pageOf(deps, items, cursor);
});
