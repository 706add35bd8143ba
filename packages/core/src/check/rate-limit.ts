import { createHmac } from "node:crypto";
import type { Deps } from "../platform/deps.ts";
import { db } from "../service.ts";

/** Official checks one client may make in a minute: plenty for a person, too few to crawl the registry. */
export const CHECKS_PER_MINUTE = 30;
const MINUTE = 60_000;

/**
 * Counts one check for a client in the current fixed one-minute window (an atomic ADD on one
 * item, shared by every instance of the function) and says whether it is within the limit. The
 * client is stored as an HMAC of its address (an IP address is personal data); the window's item
 * expires by TTL a minute after the window ends.
 */
export async function countCheck(
  deps: Pick<Deps, "ddb" | "table" | "now" | "signingKey">,
  client: string,
): Promise<{ allowed: true } | { allowed: false; retryAfterSeconds: number }> {
  const now = deps.now().getTime();
  const window = Math.floor(now / MINUTE);
  const hashed = createHmac("sha256", deps.signingKey)
    .update(`check-client:${client.slice(0, 200) || "unknown"}`)
    .digest("base64url")
    .slice(0, 22);
  const { data } = await db(deps)
    .checkWindow.update({ client: hashed, window })
    .add({ count: 1 })
    .set({ expiresAt: ((window + 2) * MINUTE) / 1000 })
    .go({ response: "all_new" });
  if ((data.count ?? 0) <= CHECKS_PER_MINUTE) return { allowed: true };
  return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(((window + 1) * MINUTE - now) / 1000)) };
}
