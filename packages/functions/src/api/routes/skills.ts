import { createRoute, z } from "@hono/zod-openapi";
import { findSkills, SkillPage } from "@jalur/core";
import { type ApiContext, actorOf, errors, guard, ok } from "../context.ts";
import { router } from "../router.ts";

const SkillQuery = z.object({
  q: z.string().max(100).optional().meta({
    description: "A code, a test's name (JLPT, TOPIK, CEFR), a process (135, TIG) or a label word in either language",
    example: "JLPT",
  }),
  limit: z.coerce.number().int().min(1).max(50).default(20),
  // Skip this many results: pass back `next` from the previous page. (A description here makes the generator call it nullable.)
  offset: z.coerce.number().int().min(0).max(10_000).default(0),
});

const example = {
  items: [
    {
      code: "lang.ja.jlpt",
      label: { id: "Bahasa Jepang (JLPT)", en: "Japanese (JLPT)" },
      family: "language",
      kind: "scale",
      levels: ["N5", "N4", "N3", "N2", "N1"].map((l) => ({ code: l, label: { id: `JLPT ${l}`, en: `JLPT ${l}` } })),
      match: "alias",
    },
  ],
  total: 1,
  version: "2026-11-01",
};

const found = ok("Matching skills, best first; without `q`, the whole taxonomy in its own order", SkillPage);

/** The skill taxonomy, searchable by anyone: how a newcomer finds the code for "JLPT". */
export function skillRoutes({ deps }: ApiContext) {
  return router().openapi(
    createRoute({
      method: "get",
      ...guard(findSkills),
      path: "/v1/skills",
      tags: ["skills"],
      summary: "Find skill codes (public): by code, test name, process number or label, in Bahasa Indonesia or English",
      description:
        "Ranked: exact code, code prefix, alias (JLPT, TOPIK, CEFR, TIG, 135), label word, substring, typo. Without `q`, the whole taxonomy in its own order. Page with `?offset=`: pass back `next` (absent on the last page). The answer carries both labels, whatever the language asked.",
      request: { query: SkillQuery },
      responses: {
        200: { ...found, content: { "application/json": { ...found.content["application/json"], example } } },
        ...errors,
      },
    }),
    async (c) => {
      const { q, limit, offset } = c.req.valid("query");
      const page = await findSkills(deps, actorOf(c), { ...(q ? { q } : {}), limit, offset });
      // The taxonomy changes only with a deployment, and the answer carries both languages.
      return c.json(page, 200, { "cache-control": "public, max-age=300" });
    },
  );
}
