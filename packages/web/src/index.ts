export { createWebApp } from "./app.tsx";
export type { WebOptions } from "./context.ts";
export type { OidcClient } from "./oidc.ts";
