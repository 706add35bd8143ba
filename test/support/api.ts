import { createJalurClient, type JalurClient } from "@jalur/client";
import type { Deps } from "@jalur/core";
import { type DevIssuer, ephemeralIssuer, type Runtime, startRuntime } from "@jalur/local";
import { nonConformance } from "./conformance.ts";
import { eventually, freshDeployment } from "./deployment.ts";
import { type Json, json } from "./http.ts";

export interface Caller {
  readonly token?: string;
  /** The typed client (packages/client), signed in as this caller; its answers are checked against the document too. */
  readonly client: JalurClient;
  request(
    method: string,
    path: string,
    body?: unknown,
    headers?: Record<string, string>,
  ): Promise<{ status: number; body: Json; headers: Headers }>;
}

/** Every answer a test receives must be what the OpenAPI document says (status, media type, schema). */
function conform(method: string, path: string, res: Response, body: unknown) {
  const drift = nonConformance(method, path, res.status, res.headers.get("content-type"), body);
  if (drift) throw new Error(`The answer does not conform to openapi.json: ${drift}`);
}

/** The middleware that checks every answer against the document (for clients built outside startApi). */
export const conforming = {
  async onResponse({ request, response }: { request: Request; response: Response }) {
    const copy = response.clone();
    const text = await copy.text();
    const body = text && copy.headers.get("content-type")?.includes("json") ? JSON.parse(text) : text || undefined;
    conform(request.method, request.url, response, body);
    return undefined;
  },
};

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
    client: createJalurClient({ baseUrl: runtime.url, ...(token ? { token } : {}), middleware: [conforming] }),
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
      const parsed = text && res.headers.get("content-type")?.includes("json") ? JSON.parse(text) : text || undefined;
      conform(method, path, res, parsed);
      return { status: res.status, body: parsed, headers: res.headers };
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
