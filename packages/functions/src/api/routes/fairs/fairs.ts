import { createRoute, z } from "@hono/zod-openapi";
import { createFair, Fair, FairDetail, FairInput, listFairs, moveFair, readFair, setCoOrganiser } from "@jalur/core";
import { dateInZone } from "@jalur/domain";
import {
  type ApiContext,
  actorOf,
  bodyErrors,
  errors,
  guard,
  json,
  ok,
  PageQuery,
  page,
  pageOf,
  refusals,
} from "../../context.ts";
import { idempotent } from "../../idempotency.ts";
import { router } from "../../router.ts";
import { FairId, Id, tags } from "./params.ts";

const FairPage = page("FairPage", Fair);

/** Fairs themselves: create, list, read, open or close registration, co-organisers. */
export function fairRoutes({ deps }: ApiContext) {
  const r = router();
  r.on("POST", "/v1/fairs", idempotent(deps));

  return r
    .openapi(
      createRoute({
        method: "post",
        ...guard(createFair),
        path: "/v1/fairs",
        tags,
        summary:
          "Create a fair (an organiser, who owns it): days, opening hours, breaks, time zone, slot length, gap, registration window",
        request: json(FairInput),
        responses: {
          201: ok("Fair created, as a draft only its organisers see; its fairId names it in every other fair call", Fair),
          ...refusals,
          ...bodyErrors,
          ...errors,
        },
      }),
      async (c) => c.json(await createFair(deps, actorOf(c), c.req.valid("json")), 201),
    )
    .openapi(
      createRoute({
        method: "get",
        ...guard(listFairs),
        path: "/v1/fairs",
        tags,
        summary: "Fairs from a date on (not drafts), by first day (public: anyone may find a fair, signed in or not)",
        request: { query: PageQuery.extend({ from: z.iso.date().optional() }) },
        responses: { 200: ok("Fairs, by first day", FairPage), ...errors },
      }),
      async (c) => {
        const { from, ...page } = c.req.valid("query");
        return c.json(await listFairs(deps, actorOf(c), from ?? dateInZone(deps.now()), pageOf(page)), 200);
      },
    )
    .openapi(
      createRoute({
        method: "get",
        ...guard(readFair),
        path: "/v1/fairs/{fairId}",
        tags,
        summary: "A fair, with its booths and slot count (public once registration opened; a draft only for its organisers)",
        request: { params: FairId },
        responses: { 200: ok("The fair and its booths", FairDetail), ...errors },
      }),
      async (c) => c.json(await readFair(deps, actorOf(c), c.req.valid("param").fairId), 200),
    )
    .openapi(
      createRoute({
        method: "post",
        ...guard(moveFair),
        path: "/v1/fairs/{fairId}/registration/{move}",
        tags,
        summary: "Open or close registration (the fair's organisers)",
        request: { params: FairId.extend({ move: z.enum(["open", "close"]) }) },
        responses: { 200: ok("The fair in its new state (with its new version)", Fair), 409: refusals[409], ...errors },
      }),
      async (c) => {
        const { fairId, move } = c.req.valid("param");
        return c.json(await moveFair(deps, actorOf(c), fairId, move), 200);
      },
    )
    .openapi(
      createRoute({
        method: "put",
        ...guard(setCoOrganiser),
        path: "/v1/fairs/{fairId}/organisers/{sub}",
        tags,
        summary: "Add a co-organiser (the fair's owner)",
        request: { params: FairId.extend({ sub: Id }) },
        responses: { 200: ok("The fair with its organisers", Fair), ...refusals, ...errors },
      }),
      async (c) => {
        const { fairId, sub } = c.req.valid("param");
        return c.json(await setCoOrganiser(deps, actorOf(c), fairId, sub, true), 200);
      },
    )
    .openapi(
      createRoute({
        method: "delete",
        ...guard(setCoOrganiser),
        path: "/v1/fairs/{fairId}/organisers/{sub}",
        tags,
        summary: "Remove a co-organiser (the fair's owner)",
        request: { params: FairId.extend({ sub: Id }) },
        responses: { 200: ok("The fair with its organisers", Fair), 409: refusals[409], ...errors },
      }),
      async (c) => {
        const { fairId, sub } = c.req.valid("param");
        return c.json(await setCoOrganiser(deps, actorOf(c), fairId, sub, false), 200);
      },
    );
}
