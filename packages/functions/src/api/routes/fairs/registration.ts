import { createRoute, z } from "@hono/zod-openapi";
import {
  confirmRegistration,
  ImportRowSchema,
  importRegistrations,
  importRows,
  importsOf,
  myFairs,
  myRegistration,
  RegistrationImportSchema,
  RegistrationInput,
  RegistrationSummaryView,
  RegistrationView,
  readImport,
  refusedRowsCsv,
  registerForFair,
} from "@jalur/core";
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
import { FairId, Id, tags, text } from "./params.ts";

const ImportPath = z.object({ fairId: Id, importId: Id });
const exampleCsv = "graduate_id,picks\r\ng-0001,vac-welder-jp;vac-welder-kr\r\ng-0002,vac-caregiver-jp\r\n";

/** Registration: a graduate's own, its confirmation, and an organiser's imports (jobs). */
export function registrationRoutes({ deps }: ApiContext) {
  const r = router();
  r.on("POST", "/v1/fairs/:fairId/registrations/import", idempotent(deps));
  return r
    .openapi(
      createRoute({
        method: "put",
        ...guard(registerForFair),
        path: "/v1/fairs/{fairId}/registration",
        tags,
        summary: "Register for the fair (a graduate): the vacancies wanted, first choice first; replaces earlier picks",
        request: { params: FairId, ...json(RegistrationInput) },
        responses: {
          200: ok("Registered; each request names the applications it made", RegistrationView),
          ...refusals,
          ...bodyErrors,
          ...errors,
        },
      }),
      async (c) => c.json(await registerForFair(deps, actorOf(c), c.req.valid("param").fairId, c.req.valid("json")), 200),
    )
    .openapi(
      createRoute({
        method: "get",
        ...guard(myRegistration),
        path: "/v1/fairs/{fairId}/registration",
        tags,
        summary: "My registration and interview requests at the fair",
        request: { params: FairId },
        responses: { 200: ok("Registration", RegistrationView), ...errors },
      }),
      async (c) => c.json(await myRegistration(deps, actorOf(c), c.req.valid("param").fairId), 200),
    )
    .openapi(
      createRoute({
        method: "post",
        ...guard(confirmRegistration),
        path: "/v1/fairs/{fairId}/confirm-registration",
        tags,
        summary: "Confirm a registration an organiser made for me: I apply to its picks and recruiters may see me",
        request: {
          params: FairId,
          body: {
            required: false,
            content: {
              "application/json": {
                schema: z
                  .object({ applyAnyway: z.boolean().default(false) })
                  .meta({ id: "ConfirmRegistrationInput", example: { applyAnyway: false } }),
              },
            },
          },
        },
        responses: { 200: ok("Confirmed", RegistrationView), ...refusals, ...bodyErrors, ...errors },
      }),
      async (c) => {
        const body = c.req.header("content-type")?.includes("json") ? c.req.valid("json") : { applyAnyway: false };
        return c.json(await confirmRegistration(deps, actorOf(c), c.req.valid("param").fairId, body?.applyAnyway ?? false), 200);
      },
    )
    .openapi(
      createRoute({
        method: "get",
        ...guard(myFairs),
        path: "/v1/me/fairs",
        tags,
        summary: "The fairs I registered for",
        request: { query: PageQuery },
        responses: { 200: ok("Registrations", page("RegistrationSummaryPage", RegistrationSummaryView)), ...errors },
      }),
      async (c) => c.json(await myFairs(deps, actorOf(c), pageOf(c.req.valid("query"))), 200),
    )
    .openapi(
      createRoute({
        method: "post",
        ...guard(importRegistrations),
        path: "/v1/fairs/{fairId}/registrations/import",
        tags,
        summary:
          "Import registrations from CSV (the fair's organisers): graduate_id, picks (';'-separated), up to 2,000 rows. Accepted as a job (202) applied in batches; read its progress and each row's outcome at the Location",
        description:
          "Registers, does not apply: each graduate confirms (in the app or by checking in). The file is checked at once (header, row count, registration open); each row is then applied on its own, and the refused rows come back as a file to fix and upload again (`refused.csv`). Send an `Idempotency-Key` to make a retried upload safe.",
        request: {
          params: FairId,
          body: { required: true, content: { "text/csv": { schema: z.string().max(256 * 1024), example: exampleCsv } } },
        },
        responses: {
          202: {
            ...ok("Accepted: the import job (poll it at the Location header's address)", RegistrationImportSchema),
            headers: z.object({ location: z.string().describe("/v1/fairs/{fairId}/imports/{importId}") }),
          },
          ...refusals,
          ...bodyErrors,
          ...errors,
        },
      }),
      async (c) => {
        const { fairId } = c.req.valid("param");
        const job = await importRegistrations(deps, actorOf(c), fairId, await c.req.text());
        return c.json(job, 202, { location: `/v1/fairs/${encodeURIComponent(fairId)}/imports/${job.importId}` });
      },
    )
    .openapi(
      createRoute({
        method: "get",
        ...guard(importsOf),
        path: "/v1/fairs/{fairId}/imports",
        tags,
        summary: "The fair's registration imports, newest first (its organisers)",
        request: { params: FairId, query: PageQuery },
        responses: { 200: ok("Imports", page("RegistrationImportPage", RegistrationImportSchema)), ...errors },
      }),
      async (c) => c.json(await importsOf(deps, actorOf(c), c.req.valid("param").fairId, pageOf(c.req.valid("query"))), 200),
    )
    .openapi(
      createRoute({
        method: "get",
        ...guard(readImport),
        path: "/v1/fairs/{fairId}/imports/{importId}",
        tags,
        summary: "A registration import: state and counts so far",
        request: { params: ImportPath },
        responses: { 200: ok("The import", RegistrationImportSchema), ...errors },
      }),
      async (c) => {
        const { fairId, importId } = c.req.valid("param");
        return c.json(await readImport(deps, actorOf(c), fairId, importId), 200);
      },
    )
    .openapi(
      createRoute({
        method: "get",
        ...guard(importRows),
        path: "/v1/fairs/{fairId}/imports/{importId}/rows",
        tags,
        summary: "An import's rows and what became of each, in file order (up to 100 rows a page)",
        request: {
          params: ImportPath,
          query: z.object({
            outcome: z.enum(["registered", "refused", "pending"]).optional(),
            cursor: PageQuery.shape.cursor,
          }),
        },
        responses: { 200: ok("Rows", page("ImportRowPage", ImportRowSchema)), ...errors },
      }),
      async (c) => {
        const { fairId, importId } = c.req.valid("param");
        const { outcome, cursor } = c.req.valid("query");
        return c.json(
          await importRows(deps, actorOf(c), fairId, importId, outcome ? { outcome } : {}, cursor ? { cursor } : {}),
          200,
        );
      },
    )
    .openapi(
      createRoute({
        method: "get",
        ...guard(refusedRowsCsv),
        path: "/v1/fairs/{fairId}/imports/{importId}/refused.csv",
        tags,
        summary:
          "The refused rows as CSV in the import's format (graduate_id, picks; then line, code, reason): fix and upload again",
        request: { params: ImportPath },
        responses: { 200: text("text/csv", "The refused rows"), ...errors },
      }),
      async (c) => {
        const { fairId, importId } = c.req.valid("param");
        return c.body(await refusedRowsCsv(deps, actorOf(c), fairId, importId), 200, {
          "content-type": "text/csv; charset=utf-8",
          "content-disposition": `attachment; filename="refused-${importId.replace(/[^\w-]/g, "_")}.csv"`,
        });
      },
    );
}
