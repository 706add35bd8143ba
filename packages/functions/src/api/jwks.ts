import { get as httpGet } from "node:http";
import { get as httpsGet } from "node:https";
import { createLocalJWKSet, errors, type JSONWebKeySet, type JWTVerifyGetKey } from "jose";

/** Fetches a JWKS document; the default goes over node:https (or node:http for a local issuer). */
export type JwksFetcher = (url: URL, timeoutMs: number) => Promise<JSONWebKeySet>;

export interface RemoteJwksOptions {
  /** Keys are refetched after this long (default 10 minutes). */
  readonly maxAgeMs?: number;
  /** An unknown key id refetches at most this often (default 30 s): rotation, not a flood. */
  readonly cooldownMs?: number;
  readonly timeoutMs?: number;
  readonly fetch?: JwksFetcher;
  readonly now?: () => number;
}

/**
 * The issuer's signing keys, fetched on first use and cached; an unknown key id (the issuer
 * rotated its keys) refetches once, no more often than the cooldown. Concurrent verifications
 * share one fetch. If a refresh fails, the keys already held stay in use. Uses node:https
 * rather than jose's `createRemoteJWKSet`, whose `fetch` loads undici into every cold start of
 * the API (about 30 ms of module init).
 */
export function remoteJwks(url: URL, options: RemoteJwksOptions = {}): JWTVerifyGetKey {
  const maxAgeMs = options.maxAgeMs ?? 600_000;
  const cooldownMs = options.cooldownMs ?? 30_000;
  const timeoutMs = options.timeoutMs ?? 5_000;
  const fetchJwks = options.fetch ?? fetchJson;
  const now = options.now ?? Date.now;
  type KeySet = ReturnType<typeof createLocalJWKSet>;
  let held: KeySet | undefined;
  let fetchedAt = Number.NEGATIVE_INFINITY;
  let inFlight: Promise<KeySet> | undefined;

  const reload = (): Promise<KeySet> => {
    inFlight ??= fetchJwks(url, timeoutMs)
      .then((jwks) => {
        held = createLocalJWKSet(jwks);
        fetchedAt = now();
        return held;
      })
      .finally(() => {
        inFlight = undefined;
      });
    return inFlight;
  };

  const keySet = async (): Promise<KeySet> => {
    if (!held) return reload();
    if (now() - fetchedAt < maxAgeMs) return held;
    // Stale. If the issuer is unreachable, keep the keys held and try again after the cooldown
    // rather than making every request wait for a timeout.
    const stale = held;
    return reload().catch(() => {
      fetchedAt = now() - maxAgeMs + cooldownMs;
      return stale;
    });
  };

  return async (header, token) => {
    try {
      return await (await keySet())(header, token);
    } catch (error) {
      if (error instanceof errors.JWKSNoMatchingKey && now() - fetchedAt >= cooldownMs) return (await reload())(header, token);
      throw error;
    }
  };
}

function fetchJson(url: URL, timeoutMs: number): Promise<JSONWebKeySet> {
  const get = url.protocol === "http:" ? httpGet : httpsGet;
  return new Promise((resolve, reject) => {
    const req = get(url, { headers: { accept: "application/json, application/jwk-set+json" } }, (res) => {
      if (res.statusCode !== 200) {
        res.resume();
        reject(new errors.JOSEError(`JWKS endpoint answered ${res.statusCode}`));
        return;
      }
      const chunks: Buffer[] = [];
      res.on("data", (chunk: Buffer) => chunks.push(chunk));
      res.on("end", () => {
        try {
          const body = JSON.parse(Buffer.concat(chunks).toString("utf8")) as JSONWebKeySet;
          if (!Array.isArray(body?.keys)) throw new Error("no keys");
          resolve(body);
        } catch {
          reject(new errors.JWKSInvalid("The JWKS endpoint did not answer with a key set"));
        }
      });
      res.on("error", reject);
    });
    req.setTimeout(timeoutMs, () => req.destroy(new errors.JWKSTimeout()));
    req.on("error", reject);
  });
}
