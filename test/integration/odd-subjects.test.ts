import * as core from "@jalur/core";
import { type Deps, type Principal, runScheduleJob } from "@jalur/core";
import { addDays, dateInZone } from "@jalur/domain";
import { aLawfulVacancyInput } from "@jalur/fixtures";
import { beforeAll, describe, expect, it } from "vitest";
import { freshDeployment } from "../support/deployment.ts";

/**
 * A graduate's id is their token's subject, chosen by the identity provider: it may hold dots,
 * tildes or spaces. Application ids and check-in codes must still work for them.
 */
describe("graduates whose token subject holds dots and tildes", () => {
  const today = dateInZone(new Date());
  const staff: Principal = { sub: "staff", role: "staff" };
  const recruiter: Principal = { sub: "rec", role: "recruiter", recruiterId: "org-x" };
  const organiser: Principal = { sub: "organiser", role: "organiser" };
  const ana: Principal = { sub: "ana.putri~2026 x", role: "graduate" };
  let deps: Deps;
  let vacancy: string;

  beforeAll(async () => {
    ({ deps } = await freshDeployment());
    await core.createRecruiter(
      deps,
      staff,
      {
        name: "PT X",
        kind: "p3mi",
        licence: { number: "SIP3MI/X", validFrom: addDays(today, -9), validUntil: addDays(today, 300) },
      },
      "org-x",
    );
    await core.reviewLicence(deps, staff, "org-x", true);
    await core.registerGraduate(deps, ana, { name: "Ana Putri", birthDate: "2001-01-01", ppkd: "Jakarta Barat", language: "id" });
    await core.setConsent(deps, ana, true);
    const draft = await core.createVacancy(deps, recruiter, core.VacancyInput.parse(aLawfulVacancyInput(today)));
    await core.publishVacancy(deps, recruiter, draft.vacancyId);
    vacancy = draft.vacancyId;
  });

  it("applies and reads the application back by its id", async () => {
    const applied = await core.apply(deps, ana, vacancy, false);
    expect(applied.applicationId).toBe(`${vacancy}~ana.putri~2026 x`);
    expect(await core.readApplication(deps, ana, applied.applicationId)).toMatchObject({ graduateId: ana.sub });
    expect(await core.readApplication(deps, recruiter, applied.applicationId)).toMatchObject({ graduateId: ana.sub });
  });

  it("checks in with the code of their interview", async () => {
    const fair = await core.createFair(
      deps,
      organiser,
      core.FairInput.parse({
        name: "Bursa Kerja",
        venue: "Balai Kota",
        calendar: { firstDay: addDays(today, 3), lastDay: addDays(today, 3), opens: "09:00", closes: "10:00", slotMinutes: 20 },
        registrationOpens: new Date(Date.now() - 3_600_000).toISOString(),
        registrationCloses: new Date(Date.now() + 3_600_000).toISOString(),
      }),
    );
    await core.admitBooth(deps, organiser, fair.fairId, {
      recruiterId: "org-x",
      tables: 1,
      vacancyIds: [vacancy],
      unavailable: [],
    });
    await core.moveFair(deps, organiser, fair.fairId, "open");
    await core.registerForFair(deps, ana, fair.fairId, { picks: [vacancy], applyAnyway: false });
    await core.moveFair(deps, organiser, fair.fairId, "close");
    const job = await core.requestSchedule(deps, organiser, fair.fairId);
    await runScheduleJob(deps, job.jobId);
    await core.publishSchedule(deps, organiser, fair.fairId, job.jobId);
    const [interview] = await core.myInterviews(deps, ana, fair.fairId);
    expect(interview?.checkInCode).toMatch(/^J2\./);
    const checkedIn = await core.checkIn(deps, recruiter, fair.fairId, interview!.checkInCode);
    expect(checkedIn).toMatchObject({
      graduateId: ana.sub,
      state: "checked-in",
      graduate: { disclosed: true, name: "Ana Putri" },
    });
    // A tampered code is refused.
    const forged = interview!.checkInCode.replace(/\.[^.]+$/, ".AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA");
    await expect(core.checkIn(deps, recruiter, fair.fairId, forged)).rejects.toMatchObject({ code: "invalid_code" });
  });
});
