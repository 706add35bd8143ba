import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { exportJWK, generateKeyPair, type JSONWebKeySet, jwtVerify, SignJWT } from "jose";
import { describe, expect, it } from "vitest";
import { type JwksFetcher, remoteJwks } from "./jwks.ts";

async function keyPair(kid: string) {
  const { privateKey, publicKey } = await generateKeyPair("ES256", { extractable: true });
  const jwk = { ...(await exportJWK(publicKey)), kid, alg: "ES256", use: "sig" };
  const sign = () =>
    new SignJWT({ role: "graduate" })
      .setProtectedHeader({ alg: "ES256", kid })
      .setSubject("g-1")
      .setIssuedAt()
      .setExpirationTime("1h")
      .sign(privateKey);
  return { jwk, sign };
}

/** A fetcher over a key set the test can rotate, counting fetches. */
function rotatingFetcher(initial: JSONWebKeySet) {
  const state = { jwks: initial, fetches: 0 };
  const fetch: JwksFetcher = async () => {
    state.fetches++;
    await new Promise((r) => setTimeout(r, 5));
    return state.jwks;
  };
  return { state, fetch };
}

describe("remote JWKS", () => {
  it("fetches once for many concurrent verifications and caches until max age", async () => {
    const a = await keyPair("a");
    const { state, fetch } = rotatingFetcher({ keys: [a.jwk] });
    let clock = 0;
    const keys = remoteJwks(new URL("https://issuer.example/jwks"), { fetch, now: () => clock, maxAgeMs: 1000 });
    const token = await a.sign();
    const results = await Promise.all(Array.from({ length: 20 }, () => jwtVerify(token, keys)));
    expect(results.every((r) => r.payload.sub === "g-1")).toBe(true);
    expect(state.fetches).toBe(1);
    clock = 999;
    await jwtVerify(token, keys);
    expect(state.fetches).toBe(1);
    clock = 1000;
    await jwtVerify(token, keys);
    expect(state.fetches).toBe(2);
  });

  it("picks up a rotated key on an unknown kid, but no more often than the cooldown", async () => {
    const a = await keyPair("a");
    const b = await keyPair("b");
    const { state, fetch } = rotatingFetcher({ keys: [a.jwk] });
    let clock = 0;
    const keys = remoteJwks(new URL("https://issuer.example/jwks"), { fetch, now: () => clock, cooldownMs: 100 });
    await jwtVerify(await a.sign(), keys);
    state.jwks = { keys: [a.jwk, b.jwk] };
    // Within the cooldown an unknown key is refused without a fetch.
    await expect(jwtVerify(await b.sign(), keys)).rejects.toThrow();
    expect(state.fetches).toBe(1);
    clock = 100;
    expect((await jwtVerify(await b.sign(), keys)).payload.sub).toBe("g-1");
    expect(state.fetches).toBe(2);
    // A key nobody published stays refused (one refetch, then the error).
    const stranger = await keyPair("z");
    clock = 200;
    await expect(jwtVerify(await stranger.sign(), keys)).rejects.toThrow(/no applicable key/i);
    expect(state.fetches).toBe(3);
  });

  it("keeps verifying with the keys it has when a refresh fails, and retries after the cooldown", async () => {
    const a = await keyPair("a");
    let up = true;
    let fetches = 0;
    const fetch: JwksFetcher = async () => {
      fetches++;
      if (!up) throw new Error("issuer down");
      return { keys: [a.jwk] };
    };
    let clock = 0;
    const keys = remoteJwks(new URL("https://issuer.example/jwks"), { fetch, now: () => clock, maxAgeMs: 1000, cooldownMs: 100 });
    const token = await a.sign();
    await jwtVerify(token, keys);
    up = false;
    clock = 1000;
    expect((await jwtVerify(token, keys)).payload.sub).toBe("g-1");
    expect(fetches).toBe(2);
    clock = 1050;
    await jwtVerify(token, keys);
    expect(fetches).toBe(2);
    up = true;
    clock = 1100;
    await jwtVerify(token, keys);
    expect(fetches).toBe(3);
    // A set that never loaded cannot verify anything.
    const cold = remoteJwks(new URL("https://issuer.example/jwks"), { fetch: async () => Promise.reject(new Error("down")) });
    await expect(jwtVerify(token, cold)).rejects.toThrow(/down/);
  });

  it("reads the key set over HTTP and refuses an endpoint that answers with an error", async () => {
    const a = await keyPair("a");
    let status = 200;
    const server = createServer((_, res) =>
      res.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify({ keys: [a.jwk] })),
    );
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    try {
      const { port } = server.address() as AddressInfo;
      const url = new URL(`http://127.0.0.1:${port}/jwks.json`);
      expect((await jwtVerify(await a.sign(), remoteJwks(url))).payload.sub).toBe("g-1");
      status = 503;
      await expect(jwtVerify(await a.sign(), remoteJwks(url))).rejects.toThrow(/503/);
    } finally {
      server.close();
    }
  });
});
