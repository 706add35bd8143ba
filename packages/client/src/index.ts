import createClient, { type Client, type ClientOptions, type Middleware } from "openapi-fetch";
import type { components, paths } from "./api.ts";

export type { components, paths };
/** Every named schema of the API (`Schemas["Vacancy"]`, `Schemas["Problem"]`, …). */
export type Schemas = components["schemas"];
export type JalurClient = Client<paths>;

/**
 * A typed client of Jalur's API: paths, parameters, bodies and answers are checked by the
 * compiler against the OpenAPI document the API serves. `token` signs every call in.
 */
export function createJalurClient(options: ClientOptions & { token?: string; middleware?: Middleware[] }): JalurClient {
  const { token, middleware = [], ...rest } = options;
  const client = createClient<paths>(rest);
  if (token)
    client.use({
      onRequest({ request }) {
        request.headers.set("authorization", `Bearer ${token}`);
        return request;
      },
    });
  for (const m of middleware) client.use(m);
  return client;
}
