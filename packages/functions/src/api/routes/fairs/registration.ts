import { createRoute, z } from "@hono/zod-openapi";
import {
  confirmRegistration,
  importRegistrations,
  myFairs,
  myRegistration,
  RegistrationInput,
  registerForFair,
} from "@jalur/core";
import { type ApiContext, actorOf, admits, bearer, errors, json, ok, Page, PageQuery, pageOf, refusals } from "../../context.ts";
import { router } from "../../router.ts";
import { FairId, tags } from "./params.ts";

/** Registration: a graduate's own, its confirmation, and an organiser's import. */
export function registrationRoutes({ deps }: ApiContext) {
  return router()
    .openapi(
      createRoute({
        method: "put",
        middleware: admits(registerForFair),
        path: "/v1/fairs/{fairId}/registration",
        tags,
        security: bearer,
        summary: "Register for the fair (a graduate): the vacancies wanted, first choice first; replaces earlier picks",
        request: { params: FairId, ...json(RegistrationInput) },
        responses: { 200: ok("Registered"), ...refusals, ...errors },
      }),
      async (c) => c.json(await registerForFair(deps, actorOf(c), c.req.valid("param").fairId, c.req.valid("json")), 200),
    )
    .openapi(
      createRoute({
        method: "get",
        middleware: admits(myRegistration),
        path: "/v1/fairs/{fairId}/registration",
        tags,
        security: bearer,
        summary: "My registration and interview requests at the fair",
        request: { params: FairId },
        responses: { 200: ok("Registration"), ...errors },
      }),
      async (c) => c.json(await myRegistration(deps, actorOf(c), c.req.valid("param").fairId), 200),
    )
    .openapi(
      createRoute({
        method: "post",
        middleware: admits(confirmRegistration),
        path: "/v1/fairs/{fairId}/confirm-registration",
        tags,
        security: bearer,
        summary: "Confirm a registration an organiser made for me: I apply to its picks and recruiters may see me",
        request: {
          params: FairId,
          body: {
            required: false,
            content: { "application/json": { schema: z.object({ applyAnyway: z.boolean().default(false) }) } },
          },
        },
        responses: { 200: ok("Confirmed"), ...refusals, ...errors },
      }),
      async (c) => {
        const body = c.req.header("content-type")?.includes("json") ? c.req.valid("json") : { applyAnyway: false };
        return c.json(await confirmRegistration(deps, actorOf(c), c.req.valid("param").fairId, body?.applyAnyway ?? false), 200);
      },
    )
    .openapi(
      createRoute({
        method: "get",
        middleware: admits(myFairs),
        path: "/v1/me/fairs",
        tags,
        security: bearer,
        summary: "The fairs I registered for",
        request: { query: PageQuery },
        responses: { 200: ok("Registrations", Page), ...errors },
      }),
      async (c) => c.json(await myFairs(deps, actorOf(c), pageOf(c.req.valid("query"))), 200),
    )
    .openapi(
      createRoute({
        method: "post",
        middleware: admits(importRegistrations),
        path: "/v1/fairs/{fairId}/registrations/import",
        tags,
        security: bearer,
        summary:
          "Import registrations from CSV (the fair's organisers): graduate_id, picks (';'-separated). Registers, does not apply; each graduate confirms",
        request: { params: FairId, body: { required: true, content: { "text/csv": { schema: z.string() } } } },
        responses: { 200: ok("Imported rows and per-row errors"), ...refusals, ...errors },
      }),
      async (c) => c.json(await importRegistrations(deps, actorOf(c), c.req.valid("param").fairId, await c.req.text()), 200),
    );
}
