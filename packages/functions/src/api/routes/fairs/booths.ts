import { createRoute, z } from "@hono/zod-openapi";
import {
  admitBooth,
  BoothInput,
  boothSchedule,
  boothScheduleCsv,
  registrantsOfBooth,
  removeSlot,
  setBoothUnavailable,
  setShortlist,
} from "@jalur/core";
import { type ApiContext, actorOf, admits, bearer, errors, json, ok, Page, PageQuery, pageOf, refusals } from "../../context.ts";
import { router } from "../../router.ts";
import { BoothPath, Id, PlacePath, tags, text } from "./params.ts";

/** Booths: admission, their own unavailable times, registrants and shortlist, their schedule. */
export function boothRoutes({ deps }: ApiContext) {
  return router()
    .openapi(
      createRoute({
        method: "put",
        middleware: admits(admitBooth),
        path: "/v1/fairs/{fairId}/booths/{recruiterId}",
        tags,
        security: bearer,
        summary: "Admit a licensed recruiter with a booth: tables, vacancies, unavailable times (the fair's organisers)",
        request: { params: BoothPath, ...json(BoothInput.omit({ recruiterId: true })) },
        responses: { 200: ok("Booth"), ...refusals, ...errors },
      }),
      async (c) => {
        const { fairId, recruiterId } = c.req.valid("param");
        return c.json(await admitBooth(deps, actorOf(c), fairId, { ...c.req.valid("json"), recruiterId }), 200);
      },
    )
    .openapi(
      createRoute({
        method: "put",
        middleware: admits(setBoothUnavailable),
        path: "/v1/fairs/{fairId}/booths/{recruiterId}/unavailable",
        tags,
        security: bearer,
        summary: "The booth's own unavailable times (its recruiter or the fair's organisers, before publishing)",
        request: { params: BoothPath, ...json(BoothInput.pick({ unavailable: true })) },
        responses: { 200: ok("Booth"), ...refusals, ...errors },
      }),
      async (c) => {
        const { fairId, recruiterId } = c.req.valid("param");
        return c.json(await setBoothUnavailable(deps, actorOf(c), fairId, recruiterId, c.req.valid("json").unavailable), 200);
      },
    )
    .openapi(
      createRoute({
        method: "get",
        middleware: admits(registrantsOfBooth),
        path: "/v1/fairs/{fairId}/booths/{recruiterId}/registrants",
        tags,
        security: bearer,
        summary: "Who asked to interview at the booth, with match score, preference and shortlist mark (names audited)",
        request: { params: BoothPath, query: PageQuery },
        responses: { 200: ok("Registrants", Page), ...errors },
      }),
      async (c) => {
        const { fairId, recruiterId } = c.req.valid("param");
        return c.json(await registrantsOfBooth(deps, actorOf(c), fairId, recruiterId, pageOf(c.req.valid("query"))), 200);
      },
    )
    .openapi(
      createRoute({
        method: "post",
        middleware: admits(setShortlist),
        path: "/v1/fairs/{fairId}/booths/{recruiterId}/shortlist",
        tags,
        security: bearer,
        summary: "Mark (or unmark) registrants for the booth's shortlist; the scheduler favours them",
        request: {
          params: BoothPath,
          ...json(z.object({ graduateIds: z.array(Id).min(1).max(500), shortlisted: z.boolean().default(true) })),
        },
        responses: { 200: ok("Updated"), ...errors },
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
        middleware: admits(boothSchedule),
        path: "/v1/fairs/{fairId}/booths/{recruiterId}/interviews",
        tags,
        security: bearer,
        summary: "The booth's published schedule: free places per slot; who is booked for its recruiter and organisers",
        request: { params: BoothPath },
        responses: { 200: ok("Booth schedule"), ...refusals, ...errors },
      }),
      async (c) => {
        const { fairId, recruiterId } = c.req.valid("param");
        return c.json(await boothSchedule(deps, actorOf(c), fairId, recruiterId), 200);
      },
    )
    .openapi(
      createRoute({
        method: "get",
        middleware: admits(boothScheduleCsv),
        path: "/v1/fairs/{fairId}/booths/{recruiterId}/schedule.csv",
        tags,
        security: bearer,
        summary: "The booth's schedule as CSV (times in the fair's zone)",
        request: { params: BoothPath },
        responses: { 200: text("text/csv", "CSV"), ...refusals, ...errors },
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
        middleware: admits(removeSlot),
        path: "/v1/fairs/{fairId}/booths/{recruiterId}/interviews/{slot}/{table}",
        tags,
        security: bearer,
        summary: "Take a place away (the booth or the fair's organisers); its candidate is told",
        request: { params: PlacePath },
        responses: { 200: ok("Removed"), ...refusals, ...errors },
      }),
      async (c) => {
        const { fairId, recruiterId, slot, table } = c.req.valid("param");
        return c.json(await removeSlot(deps, actorOf(c), fairId, recruiterId, slot, table), 200);
      },
    );
}
