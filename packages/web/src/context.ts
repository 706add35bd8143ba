import type { Deps, Principal } from "@jalur/core";
import type { Context } from "hono";
import { common } from "./i18n/common.ts";
import type { Language } from "./i18n/define.ts";
import type { OidcClient } from "./oidc.ts";
import type { Session } from "./session.ts";

export interface WebOptions {
  readonly oidc: OidcClient;
}

export type WebEnv = {
  Variables: {
    lang: Language;
    session: Session | undefined;
    /** Unread notices of a signed-in graduate (the navigation's badge); set for pages only. */
    unread: number | undefined;
  };
};

export type WebContext = Context<WebEnv>;

export interface WebDeps {
  readonly deps: Deps;
  readonly options: WebOptions;
}

export const langOf = (c: WebContext): Language => c.get("lang") ?? "id";
export const textsOf = (c: WebContext) => common[langOf(c)];
export const principalOf = (c: WebContext): Principal | undefined => c.get("session")?.principal;
