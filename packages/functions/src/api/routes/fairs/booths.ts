import { createRoute, z } from "@hono/zod-openapi";
import {
  admitBooth,
  Booth,
  BoothAdmissionInput,
  BoothSchedule,
  BoothUnavailableInput,
  boothSchedule,
  boothScheduleCsv,
  PlaceRemoved,
  Registrant,
  registrantsOfBooth,
  removeSlot,
  ShortlistResult,
  setBoothUnavailable,
  setShortlist,
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
import { router } from "../../router.ts";
import { BoothPath, Id, notPublished, PlacePath, tags, text } from "./params.ts";

const RegistrantPage = page("RegistrantPage", Registrant);

const ShortlistInput = z
  .object({
    graduateIds: z.array(Id).min(1).max(500).describe("Registrants of the booth"),
    shortlisted: z.boolean().default(true).describe("true marks them, false unmarks them"),
  })
  .meta({
    id: "ShortlistInput",
    description: "Registrants to mark (or unmark) for the booth's shortlist",
    example: { graduateIds: ["g-0001", "g-0002"], shortlisted: true },
  });

/** Booths: admission, their own unavailable times, registrants and shortlist, their schedule. */
export function boothRoutes({ deps }: ApiContext) {
  return router()
    .openapi(
      createRoute({
        method: "put",
        ...guard(admitBooth),
        path: "/v1/fairs/{fairId}/booths/{recruiterId}",
        tags,
        summary: "Admit a licensed recruiter with a booth: tables, vacancies, unavailable times (the fair's organisers)",
        request: { params: BoothPath, ...json(BoothAdmissionInput) },
        responses: { 200: ok("The booth as admitted", Booth), ...refusals, ...bodyErrors, ...errors },
      }),
      async (c) => {
        const { fairId, recruiterId } = c.req.valid("param");
        return c.json(await admitBooth(deps, actorOf(c), fairId, { ...c.req.valid("json"), recruiterId }), 200);
      },
    )
    .openapi(
      createRoute({
        method: "put",
        ...guard(setBoothUnavailable),
        path: "/v1/fairs/{fairId}/booths/{recruiterId}/unavailable",
        tags,
        summary: "The booth's own unavailable times (its recruiter or the fair's organisers, before publishing)",
        request: { params: BoothPath, ...json(BoothUnavailableInput) },
        responses: { 200: ok("The booth with its unavailable times", Booth), 409: refusals[409], ...bodyErrors, ...errors },
      }),
      async (c) => {
        const { fairId, recruiterId } = c.req.valid("param");
        return c.json(await setBoothUnavailable(deps, actorOf(c), fairId, recruiterId, c.req.valid("json").unavailable), 200);
      },
    )
    .openapi(
      createRoute({
        method: "get",
        ...guard(registrantsOfBooth),
        path: "/v1/fairs/{fairId}/booths/{recruiterId}/registrants",
        tags,
        summary: "Who asked to interview at the booth, with match score, preference and shortlist mark (names audited)",
        request: { params: BoothPath, query: PageQuery },
        responses: { 200: ok("Registrants, by graduate id", RegistrantPage), ...errors },
      }),
      async (c) => {
        const { fairId, recruiterId } = c.req.valid("param");
        return c.json(await registrantsOfBooth(deps, actorOf(c), fairId, recruiterId, pageOf(c.req.valid("query"))), 200);
      },
    )
    .openapi(
      createRoute({
        method: "post",
        ...guard(setShortlist),
        path: "/v1/fairs/{fairId}/booths/{recruiterId}/shortlist",
        tags,
        summary: "Mark (or unmark) registrants for the booth's shortlist; the scheduler favours them",
        request: { params: BoothPath, ...json(ShortlistInput) },
        responses: { 200: ok("How many changed, and who is not a registrant here", ShortlistResult), ...bodyErrors, ...errors },
      }),
      async (c) => {
        const { fairId, recruiterId } = c.req.valid("param");
        const { graduateIds, shortlisted } = c.req.valid("json");
        return c.json(await setShortlist(deps, actorOf(c), fairId, recruiterId, graduateIds, shortlisted), 200);
      },
    )
    .openapi(
      createRoute({
        method: "get",
        ...guard(boothSchedule),
        path: "/v1/fairs/{fairId}/booths/{recruiterId}/interviews",
        tags,
        summary: "The booth's published schedule: free places per slot; who is booked for its recruiter and organisers",
        request: { params: BoothPath },
        responses: {
          200: ok("The booth's schedule", BoothSchedule),
          ...notPublished,
          ...errors,
        },
      }),
      async (c) => {
        const { fairId, recruiterId } = c.req.valid("param");
        return c.json(await boothSchedule(deps, actorOf(c), fairId, recruiterId), 200);
      },
    )
    .openapi(
      createRoute({
        method: "get",
        ...guard(boothScheduleCsv),
        path: "/v1/fairs/{fairId}/booths/{recruiterId}/schedule.csv",
        tags,
        summary: "The booth's schedule as CSV (times in the fair's zone)",
        request: { params: BoothPath },
        responses: {
          200: text(
            "text/csv",
            "The booth's schedule as a CSV attachment (UTF-8), one row per place in slot and table order",
            "Columns start,end,table,interview_id,graduate_id,graduate_name,state,outcome; start and end are wall-clock times in the fair's zone with its name (2026-12-01 09:00 WIB); names are shown as in the booth's schedule (withheld after consent is withdrawn or before an imported registration is confirmed) and every name exported is audited",
          ),
          ...notPublished,
          ...errors,
        },
      }),
      async (c) => {
        const { fairId, recruiterId } = c.req.valid("param");
        return c.body(await boothScheduleCsv(deps, actorOf(c), fairId, recruiterId), 200, {
          "content-type": "text/csv; charset=utf-8",
          "content-disposition": `attachment; filename="schedule-${recruiterId.replace(/[^\w-]/g, "_")}.csv"`,
        });
      },
    )
    .openapi(
      createRoute({
        method: "delete",
        ...guard(removeSlot),
        path: "/v1/fairs/{fairId}/booths/{recruiterId}/interviews/{slot}/{table}",
        tags,
        summary: "Take a place away (the booth or the fair's organisers); its candidate is told",
        request: { params: PlacePath },
        responses: { 200: ok("The place taken away, and who was told", PlaceRemoved), 409: refusals[409], ...errors },
      }),
      async (c) => {
        const { fairId, recruiterId, slot, table } = c.req.valid("param");
        return c.json(await removeSlot(deps, actorOf(c), fairId, recruiterId, slot, table), 200);
      },
    );
}
