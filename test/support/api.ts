import type { Deps } from "@jalur/core";
import { type DevIssuer, ephemeralIssuer, type Runtime, startRuntime } from "@jalur/local";
import { eventually, freshDeployment } from "./deployment.ts";
import { type Json, json } from "./http.ts";

export interface Caller {
  readonly token?: string;
  request(
    method: string,
    path: string,
    body?: unknown,
    headers?: Record<string, string>,
  ): Promise<{ status: number; body: Json; headers: Headers }>;
}

/** The real app on the embedded services, with a test issuer and callers per role. */
export async function startApi(): Promise<{
  runtime: Runtime;
  deps: Deps;
  issuer: DevIssuer;
  as: (claims: { sub: string; role: string; org?: string }) => Promise<Caller>;
  anonymous: Caller;
  stop: () => Promise<void>;
}> {
  const { deps } = await freshDeployment();
  const issuer = await ephemeralIssuer();
  const runtime = await startRuntime({
    deps,
    verify: issuer.verify,
    region: "ap-southeast-3",
    port: 0,
    waitTimeSeconds: 1,
    runSchedules: false,
  });
  const caller = (token?: string): Caller => ({
    token,
    async request(method, path, body, headers = {}) {
      const res = await fetch(`${runtime.url}${path}`, {
        method,
        headers: {
          ...(body !== undefined ? { "content-type": "application/json" } : {}),
          ...(token ? { authorization: `Bearer ${token}` } : {}),
          ...headers,
        },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      const text = await res.text();
      return { status: res.status, body: text ? JSON.parse(text) : undefined, headers: res.headers };
    },
  });
  return {
    runtime,
    deps,
    issuer,
    as: async (claims) => caller(await issuer.sign(claims)),
    anonymous: caller(),
    stop: () => runtime.stop(),
  };
}

export { eventually, json };
