import type { Child } from "hono/jsx";
import { langOf, type WebContext } from "./context.ts";
import { Layout } from "./layout.tsx";

/** Answers with a whole page in the site's frame, in the user's language. */
export function render(c: WebContext, title: string, body: Child, status: 200 | 400 | 403 | 404 | 409 | 422 | 500 = 200) {
  const url = new URL(c.req.url);
  return c.html(
    <Layout
      lang={langOf(c)}
      title={title}
      path={`${url.pathname}${url.search}`}
      session={c.get("session")}
      unread={c.get("unread")}
    >
      {body}
    </Layout>,
    status,
  );
}

/** A form's fields as strings: trimmed, empty ones left out, files ignored. */
export async function formOf(c: WebContext): Promise<Record<string, string>> {
  const body = await c.req.parseBody({ all: false });
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(body)) if (typeof v === "string" && v.trim() !== "" && k !== "_csrf") out[k] = v.trim();
  return out;
}
