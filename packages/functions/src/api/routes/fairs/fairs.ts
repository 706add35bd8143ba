import { createRoute, z } from "@hono/zod-openapi";
import { createFair, FairInput, listFairs, moveFair, readFair, setCoOrganiser } from "@jalur/core";
import { dateInZone } from "@jalur/domain";
import { type ApiContext, actorOf, admits, bearer, errors, json, ok, Page, PageQuery, pageOf, refusals } from "../../context.ts";
import { idempotent } from "../../idempotency.ts";
import { router } from "../../router.ts";
import { FairId, Id, tags } from "./params.ts";

/** Fairs themselves: create, list, read, open or close registration, co-organisers. */
export function fairRoutes({ deps }: ApiContext) {
  const r = router();
  r.on("POST", "/v1/fairs", idempotent(deps));

  return r
    .openapi(
      createRoute({
        method: "post",
        middleware: admits(createFair),
        path: "/v1/fairs",
        tags,
        security: bearer,
        summary:
          "Create a fair (an organiser, who owns it): days, opening hours, breaks, time zone, slot length, gap, registration window",
        request: json(FairInput),
        responses: { 201: ok("Fair created (draft)"), ...errors },
      }),
      async (c) => c.json(await createFair(deps, actorOf(c), c.req.valid("json")), 201),
    )
    .openapi(
      createRoute({
        method: "get",
        middleware: admits(listFairs),
        path: "/v1/fairs",
        tags,
        summary: "Fairs from a date on (not drafts), by first day (public)",
        request: { query: PageQuery.extend({ from: z.iso.date().optional() }) },
        responses: { 200: ok("Fairs", Page), ...errors },
      }),
      async (c) => {
        const { from, ...page } = c.req.valid("query");
        return c.json(await listFairs(deps, actorOf(c), from ?? dateInZone(deps.now()), pageOf(page)), 200);
      },
    )
    .openapi(
      createRoute({
        method: "get",
        middleware: admits(readFair),
        path: "/v1/fairs/{fairId}",
        tags,
        summary: "A fair, with its booths and slot count (public once registration opened; a draft only for its organisers)",
        request: { params: FairId },
        responses: { 200: ok("Fair"), ...errors },
      }),
      async (c) => c.json(await readFair(deps, actorOf(c), c.req.valid("param").fairId), 200),
    )
    .openapi(
      createRoute({
        method: "post",
        middleware: admits(moveFair),
        path: "/v1/fairs/{fairId}/registration/{move}",
        tags,
        security: bearer,
        summary: "Open or close registration (the fair's organisers)",
        request: { params: FairId.extend({ move: z.enum(["open", "close"]) }) },
        responses: { 200: ok("Moved"), ...refusals, ...errors },
      }),
      async (c) => {
        const { fairId, move } = c.req.valid("param");
        return c.json(await moveFair(deps, actorOf(c), fairId, move), 200);
      },
    )
    .openapi(
      createRoute({
        method: "put",
        middleware: admits(setCoOrganiser),
        path: "/v1/fairs/{fairId}/organisers/{sub}",
        tags,
        security: bearer,
        summary: "Add a co-organiser (the fair's owner)",
        request: { params: FairId.extend({ sub: Id }) },
        responses: { 200: ok("Organisers changed"), ...refusals, ...errors },
      }),
      async (c) => {
        const { fairId, sub } = c.req.valid("param");
        return c.json(await setCoOrganiser(deps, actorOf(c), fairId, sub, true), 200);
      },
    )
    .openapi(
      createRoute({
        method: "delete",
        middleware: admits(setCoOrganiser),
        path: "/v1/fairs/{fairId}/organisers/{sub}",
        tags,
        security: bearer,
        summary: "Remove a co-organiser (the fair's owner)",
        request: { params: FairId.extend({ sub: Id }) },
        responses: { 200: ok("Organisers changed"), ...refusals, ...errors },
      }),
      async (c) => {
        const { fairId, sub } = c.req.valid("param");
        return c.json(await setCoOrganiser(deps, actorOf(c), fairId, sub, false), 200);
      },
    );
}
