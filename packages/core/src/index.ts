/**
 * Jalur's use cases, by feature. Each takes the acting caller (`Actor`) and decides itself who
 * may act and what is disclosed; the API and the web app only parse input and map output.
 * The system's own work (queue and schedule handlers) is here too, without a caller.
 */
export * from "./applications/applications.ts";
export * from "./fairs/booths.ts";
export * from "./fairs/calendar.ts";
export * from "./fairs/fairs.ts";
export * from "./fairs/interviews/check-in.ts";
export * from "./fairs/interviews/clock.ts";
export * from "./fairs/interviews/interviews.ts";
export * from "./fairs/interviews/mine.ts";
export * from "./fairs/interviews/offers.ts";
export * from "./fairs/interviews/outcomes.ts";
export * from "./fairs/interviews/remove.ts";
export * from "./fairs/registration/import.ts";
export * from "./fairs/registration/register.ts";
export * from "./fairs/registration/registrants.ts";
export * from "./fairs/report/exports.ts";
export * from "./fairs/report/report.ts";
export * from "./fairs/schedule/jobs.ts";
export * from "./fairs/schedule/publish.ts";
export * from "./graduates/audit.ts";
export * from "./graduates/consent.ts";
export * from "./graduates/credentials.ts";
export * from "./graduates/disclosure.ts";
export * from "./graduates/profile.ts";
export * from "./graduates/schemas.ts";
export * from "./matching/recompute.ts";
export * from "./matching/views.ts";
export * from "./notifications/deliver.ts";
export * from "./notifications/inbox.ts";
export * from "./notifications/templates.ts";
export * from "./ops/health.ts";
export * from "./ops/probes.ts";
export * from "./ops/redrive.ts";
export * from "./ops/schedule-runs.ts";
export * from "./platform/csv.ts";
export * from "./platform/deps.ts";
export * from "./platform/errors.ts";
export * from "./platform/idempotency.ts";
export * from "./platform/messages.ts";
export * from "./platform/paging.ts";
export * from "./platform/principal.ts";
export * from "./platform/queue.ts";
export * from "./recruiters/recruiters.ts";
export * from "./vacancies/demand.ts";
export * from "./vacancies/input.ts";
export * from "./vacancies/listing.ts";
export * from "./vacancies/publishing.ts";
export * from "./vacancies/vacancies.ts";
