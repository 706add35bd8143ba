import { db } from "./db.ts";
import type { Deps } from "./deps.ts";
import type { Principal } from "./principal.ts";

/** Audit entries are kept 2 years, then expire by TTL. */
const KEEP_SECONDS = 2 * 365 * 24 * 3600;

export async function recordRead(deps: Deps, reader: Principal, graduateId: string, what: string): Promise<void> {
  const now = deps.now();
  await db(deps)
    .audit.put({
      graduateId,
      at: now.toISOString(),
      reader: reader.sub,
      role: reader.role,
      ...(reader.recruiterId ? { recruiterId: reader.recruiterId } : {}),
      what,
      expiresAt: Math.floor(now.getTime() / 1000) + KEEP_SECONDS,
    })
    .go();
}

/** Access pattern: who read a graduate's personal data, newest first. */
export async function readsOf(deps: Deps, graduateId: string, cursor: string | undefined, limit: number) {
  const { data, cursor: next } = await db(deps)
    .audit.query.byGraduate({ graduateId })
    .go({ cursor: cursor ?? null, limit, order: "desc" });
  return { items: data.map(({ expiresAt: _e, ...rest }) => rest), cursor: next ?? undefined };
}
