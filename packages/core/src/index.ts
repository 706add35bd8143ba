/**
 * Jalur's core, as the front doors (the API, the web app) and the runtime see it.
 *
 * - Use cases: each takes the acting caller (`Actor`) and decides itself who may act and what
 *   is disclosed. They are the only way in to the field's data.
 * - Inputs, views and errors they speak.
 * - The system's own work, without a caller: queue and schedule handlers, health, redrive.
 *
 * Readers and writers inside the features (`getGraduate`, `takePlace`, …) are not exported
 * here: tests and tools that need them import the feature file itself.
 */

// Use cases, by feature.
export {
  applicationId,
  applicationsOfVacancy,
  apply,
  myApplication,
  myApplications,
  readApplication,
  transitionApplication,
} from "./applications/applications.ts";
// Graduates, recruiters, vacancies, matching, applications, notifications and operations: what their
// answers look like (the API's named schemas; the use cases return these types).
export {
  ApplicationDetailView,
  ApplicationEventView,
  ApplicationView,
  VacancyApplicationView,
} from "./applications/contract.ts";
// The official check ("Cek resmi") and the public reads of recruiters: anyone may call them.
export {
  CheckedVacancyView,
  LicenceStanding,
  OfficialCheckView,
  PublicRecruiterView,
} from "./check/contract.ts";
export { MAX_CHECK_TEXT, type OfficialCheckQuery, officialCheck } from "./check/official-check.ts";
export { MAX_PUBLIC_RECRUITERS, publicRecruiters } from "./check/public-recruiters.ts";
export { CHECKS_PER_MINUTE } from "./check/rate-limit.ts";
// fairs contracts: what the fair use cases answer (named schemas the API documents) and the bodies they read.
export {
  admitBooth,
  BoothAdmissionInput,
  BoothInput,
  BoothUnavailableInput,
  boothSchedule,
  setBoothUnavailable,
} from "./fairs/booths.ts";
export { FairCalendarInput } from "./fairs/calendar.ts";
export {
  Booth,
  BoothSchedule,
  BoothSlot,
  Fair,
  FairCalendar,
  FairDetail,
  Registrant,
  ShortlistResult,
} from "./fairs/contract.ts";
export {
  createFair,
  FairInput,
  type FairView,
  listFairs,
  moveFair,
  readFair,
  setCoOrganiser,
  vacanciesAtFair,
} from "./fairs/fairs.ts";
export { checkIn } from "./fairs/interviews/check-in.ts";
// The system's own work: queue messages, handlers, schedules, operations.
export { fairClockTick } from "./fairs/interviews/clock.ts";
export {
  BoothInterview,
  CheckIn,
  Interview,
  MyInterview,
  MyInterviews,
  OfferAnswer,
  OfferDeclined,
  PlaceRemoved,
} from "./fairs/interviews/contract.ts";
export { OUTCOMES } from "./fairs/interviews/entities.ts";
export { type InterviewView, parseInterviewKey } from "./fairs/interviews/interviews.ts";
export {
  bookSlot,
  cancelInterview,
  myCalendar,
  myCheckInCode,
  myInterviews,
  myScheduleCsv,
  rescheduleInterview,
} from "./fairs/interviews/mine.ts";
export { answerOffer, expireOffer, myOffers, offerFreedPlace } from "./fairs/interviews/offers.ts";
export { type Outcome, recordOutcome } from "./fairs/interviews/outcomes.ts";
export { removeSlot } from "./fairs/interviews/remove.ts";
// Registration and imports: what their answers look like (the API's named schemas).
export {
  FairRequestView,
  ImportRowSchema,
  RegistrationImportSchema,
  RegistrationSummaryView,
  RegistrationView,
} from "./fairs/registration/contract.ts";
export {
  applyImportBatch,
  type ImportRowResult,
  importRegistrations,
  importRows,
  importsOf,
  type RegistrationImportView,
  readImport,
  refusedRowsCsv,
} from "./fairs/registration/import.ts";
export {
  confirmRegistration,
  MAX_PICKS,
  myFairs,
  myRegistration,
  RegistrationInput,
  registerForFair,
} from "./fairs/registration/register.ts";
export { registrantsOfBooth, setShortlist } from "./fairs/registration/registrants.ts";
export { FairReport, OutcomeCounts } from "./fairs/report/contract.ts";
export { boothScheduleCsv } from "./fairs/report/exports.ts";
export { fairReport } from "./fairs/report/report.ts";
export { ScheduleJob, ScheduleProgress, ScheduleStats, Tally } from "./fairs/schedule/contract.ts";
export { readScheduleJob, requestSchedule, runScheduleJob, scheduleJobsOf } from "./fairs/schedule/jobs.ts";
export { fanOutScheduleNotices, publishSchedule } from "./fairs/schedule/publish.ts";
export { readsOfMe } from "./graduates/audit.ts";
export { setConsent } from "./graduates/consent.ts";
export {
  CredentialReviewView,
  CredentialView,
  DataReadView,
  DisclosedGraduateView,
  GraduateContactView,
  GraduateProfileView,
  GraduateSummaryView,
  WithheldView,
} from "./graduates/contract.ts";
export { addCredential, credentialQueue, queueExpiredCredentialHolders, reviewCredential } from "./graduates/credentials.ts";
export type { GraduateContact, GraduateSummary, Withheld } from "./graduates/disclosure.ts";
export {
  type GraduateView,
  myProfile,
  registerGraduate,
  setNotificationPreferences,
  updateMyProfile,
} from "./graduates/profile.ts";
export {
  CredentialInput,
  GraduateProfileInput,
  NOTICE_OPT_OUTS,
  type NoticeOptOut,
  OPTIONAL_NOTICES,
  type OptionalNotice,
  optedOut,
  PpkdCity,
  StoredCredential,
} from "./graduates/schemas.ts";
export {
  ApplicationStateView,
  CandidateView,
  GateResultView,
  GateView,
  LearnNextSchema,
  MatchedVacancyView,
  MatchView,
  RequirementLineView,
} from "./matching/contract.ts";
export { type LearnNextView, learnNext } from "./matching/learn-next.ts";
export { evaluateVacancyCandidates, recomputeGraduateMatches, recomputeVacancyMatches } from "./matching/recompute.ts";
export { candidatesForVacancy, myMatches } from "./matching/views.ts";
export { NotificationView, OutboxMessageView } from "./notifications/contract.ts";
export { type ChannelSender, deliver, type OutgoingMessage } from "./notifications/deliver.ts";
export { markRead, myInbox, organisationInbox, outboxOf, UNREAD_COUNTED, unreadCount } from "./notifications/inbox.ts";
export { ProbeView } from "./ops/contract.ts";
export { checkDependencies, type DependencyHealth } from "./ops/health.ts";
export { completeProbe, getProbe, Probe, startProbe } from "./ops/probes.ts";
export { redriveDeadLetters } from "./ops/redrive.ts";
export { lastScheduleRun, recordScheduleRun, type ScheduleRun } from "./ops/schedule-runs.ts";
// Callers, errors, paging, the deployment's clients.
export { type AwsEndpoints, createAwsClients, type Deps } from "./platform/deps.ts";
export { errorTextId, localizedMessage } from "./platform/error-texts.ts";
export { AppError, type ErrorKind } from "./platform/errors.ts";
export { claimIdempotencyKey, recordIdempotentResponse, releaseIdempotencyKey } from "./platform/idempotency.ts";
export { type Issue, issuesOf, localizedIssue, type RawIssue, validationError } from "./platform/issues.ts";
export {
  type Notify,
  type OfferExpiry,
  QueueMessage,
  type SlotFreed,
  type VacancyCandidates,
} from "./platform/messages.ts";
export { completeIntents, flushIntents, MAX_SENDS, relayIntents, sweepIntents } from "./platform/outbox.ts";
export { foreignCursor, type Page, type PageRequest } from "./platform/paging.ts";
export {
  ACTOR_ROLES,
  type Actor,
  type ActorRole,
  ANONYMOUS,
  type Anonymous,
  admit,
  isUseCase,
  type Principal,
  type UseCase,
  type UseCaseInfo,
  useCaseInfo,
} from "./platform/principal.ts";
export { LicenceView, MemberView, RecruiterView } from "./recruiters/contract.ts";
export {
  addMember,
  createRecruiter,
  LicenceInput,
  licenceQueue,
  listMembers,
  MemberInput,
  RecruiterInput,
  readRecruiter,
  reviewLicence,
  submitLicence,
} from "./recruiters/recruiters.ts";
// Skills: the public search over the taxonomy, and the refusal of an unknown code.
export { SkillPage, SkillView } from "./skills/contract.ts";
export { findSkills, type SkillQuery, unknownSkillError } from "./skills/search.ts";
export { DemandReportView, DemandRowView, LocalizedText, VacancyDetailView, ViolationView } from "./vacancies/contract.ts";
export { type DemandRow, demandReport } from "./vacancies/demand.ts";
export { VacancyInput } from "./vacancies/input.ts";
export { listOpenVacancies, listRecruiterVacancies, listVacanciesBySkill } from "./vacancies/listing.ts";
export { closeVacancy, publishVacancy, updateVacancy } from "./vacancies/publishing.ts";
export { createVacancy, readVacancy, type VacancyView } from "./vacancies/vacancies.ts";
