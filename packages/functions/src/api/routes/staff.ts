import { createRoute, z } from "@hono/zod-openapi";
import {
  CredentialReviewView,
  CredentialView,
  credentialQueue,
  DemandReportView,
  demandReport,
  licenceQueue,
  PpkdCity,
  RecruiterView,
  reviewCredential,
  reviewLicence,
} from "@jalur/core";
import { type ApiContext, actorOf, bodyErrors, errors, guard, json, ok, PageQuery, page, pageOf, refusals } from "../context.ts";
import { router } from "../router.ts";

const tags = ["staff"];

const CredentialReviewInput = z
  .object({
    verification: z.enum(["verified", "rejected"]),
    note: z.string().max(500).optional().describe("Shown to the graduate"),
  })
  .meta({
    id: "CredentialReviewInput",
    description: "Staff's decision on a credential, after checking its evidence",
    example: { verification: "verified", note: "Checked against the JLPT certificate lookup." },
  });
const LicenceReviewInput = z
  .object({ verified: z.boolean().describe("true: the licence is valid as stated; false: rejected") })
  .meta({ id: "LicenceReviewInput", description: "Staff's decision on the licence on file", example: { verified: true } });

const CredentialReviewPage = page("CredentialReviewPage", CredentialReviewView);
const LicenceReviewPage = page("LicenceReviewPage", RecruiterView);

export function staffRoutes({ deps }: ApiContext) {
  return router()
    .openapi(
      createRoute({
        method: "get",
        ...guard(credentialQueue),
        path: "/v1/staff/credential-reviews",
        tags,
        summary: "Credentials waiting for review at a PPKD, oldest first (staff of that PPKD, or BP3MI staff)",
        request: { query: PageQuery.extend({ ppkd: PpkdCity }) },
        responses: { 200: ok("Queue", CredentialReviewPage), ...errors },
      }),
      async (c) => {
        const { ppkd, ...page } = c.req.valid("query");
        return c.json(await credentialQueue(deps, actorOf(c), ppkd, pageOf(page)), 200);
      },
    )
    .openapi(
      createRoute({
        method: "post",
        ...guard(reviewCredential),
        path: "/v1/staff/credential-reviews/{graduateId}/{credentialId}",
        tags,
        summary: "Verify or reject a credential (the graduate is told)",
        request: {
          params: z.object({ graduateId: z.string().min(1).max(200), credentialId: z.string().min(1).max(64) }),
          ...json(CredentialReviewInput),
        },
        responses: { 200: ok("Reviewed", CredentialView), 409: refusals[409], ...bodyErrors, ...errors },
      }),
      async (c) => {
        const { graduateId, credentialId } = c.req.valid("param");
        return c.json(await reviewCredential(deps, actorOf(c), graduateId, credentialId, c.req.valid("json")), 200);
      },
    )
    .openapi(
      createRoute({
        method: "get",
        ...guard(licenceQueue),
        path: "/v1/staff/licence-reviews",
        tags,
        summary: "Recruiter licences waiting for review",
        request: { query: PageQuery },
        responses: { 200: ok("Organisations whose licence waits for review", LicenceReviewPage), ...errors },
      }),
      async (c) => c.json(await licenceQueue(deps, actorOf(c), pageOf(c.req.valid("query"))), 200),
    )
    .openapi(
      createRoute({
        method: "post",
        ...guard(reviewLicence),
        path: "/v1/staff/licence-reviews/{recruiterId}",
        tags,
        summary: "Verify or reject a recruiter's licence",
        request: { params: z.object({ recruiterId: z.string().min(1).max(64) }), ...json(LicenceReviewInput) },
        responses: { 200: ok("Reviewed", RecruiterView), ...refusals, ...bodyErrors, ...errors },
      }),
      async (c) =>
        c.json(await reviewLicence(deps, actorOf(c), c.req.valid("param").recruiterId, c.req.valid("json").verified), 200),
    )
    .openapi(
      createRoute({
        method: "get",
        ...guard(demandReport),
        path: "/v1/staff/demand",
        tags,
        summary: "What open vacancies ask for, by skill, level and country, against how many verified graduates hold it",
        request: {
          query: z.object({
            country: z
              .string()
              .regex(/^[A-Z]{2}$/)
              .optional(),
          }),
        },
        responses: { 200: ok("Demand report", DemandReportView), ...errors },
      }),
      async (c) => c.json({ items: await demandReport(deps, actorOf(c), c.req.valid("query").country) }, 200),
    );
}
