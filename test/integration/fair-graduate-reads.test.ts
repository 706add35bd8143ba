import * as core from "@jalur/core";
import { ANONYMOUS, type Deps, type Principal } from "@jalur/core";
import { addDays, dateInZone } from "@jalur/domain";
import { aLawfulVacancyInput } from "@jalur/fixtures";
import { beforeAll, describe, expect, it } from "vitest";
import { freshDeployment } from "../support/deployment.ts";

/**
 * What a graduate's fair pages read through core: the vacancies a fair's booths interview for
 * (public, one batch read), and the places offered to the caller from a waitlist while they
 * are open (only theirs, only before the deadline).
 */
describe("a fair's vacancies and my open offers (core)", () => {
  const today = dateInZone(new Date());
  const staff: Principal = { sub: "staff", role: "staff" };
  const recruiter: Principal = { sub: "rec", role: "recruiter", recruiterId: "org-a" };
  const organiser: Principal = { sub: "organiser", role: "organiser" };
  const graduates = ["rina", "dodi", "wati"].map((sub): Principal => ({ sub, role: "graduate" }));
  let deps: Deps;
  let fairId: string;
  let draftFairId: string;
  let welder: string;
  let cook: string;

  beforeAll(async () => {
    ({ deps } = await freshDeployment());
    await core.createRecruiter(
      deps,
      staff,
      {
        name: "PT A",
        kind: "p3mi",
        licence: { number: "SIP3MI/1", validFrom: addDays(today, -9), validUntil: addDays(today, 300) },
      },
      "org-a",
    );
    await core.reviewLicence(deps, staff, "org-a", true);
    const publish = async (title: string) => {
      const draft = await core.createVacancy(
        deps,
        recruiter,
        core.VacancyInput.parse(aLawfulVacancyInput(today, { title, jobOrderRef: `JO/${title}` })),
      );
      await core.publishVacancy(deps, recruiter, draft.vacancyId);
      return draft.vacancyId;
    };
    welder = await publish("Welder");
    cook = await publish("Cook");
    for (const g of graduates) {
      await core.registerGraduate(deps, g, {
        name: `Graduate ${g.sub}`,
        birthDate: "2000-02-02",
        ppkd: "Jakarta Utara",
        language: "id",
      });
      await core.setConsent(deps, g, true);
    }
    const input = (firstDay: string) =>
      core.FairInput.parse({
        name: "Bursa Kerja Jakarta Utara",
        venue: "GOR Koja",
        // One table and two slots: three graduates, so one waits.
        calendar: { firstDay, lastDay: firstDay, opens: "09:00", closes: "09:40", slotMinutes: 20 },
        registrationOpens: new Date(Date.now() - 3_600_000).toISOString(),
        registrationCloses: new Date(Date.now() + 3_600_000).toISOString(),
      });
    fairId = (await core.createFair(deps, organiser, input(addDays(today, 4)))).fairId;
    draftFairId = (await core.createFair(deps, organiser, input(addDays(today, 6)))).fairId;
    await core.admitBooth(deps, organiser, fairId, {
      recruiterId: "org-a",
      tables: 1,
      vacancyIds: [welder, cook],
      unavailable: [],
    });
    await core.admitBooth(deps, organiser, draftFairId, {
      recruiterId: "org-a",
      tables: 1,
      vacancyIds: [welder],
      unavailable: [],
    });
    await core.moveFair(deps, organiser, fairId, "open");
    for (const g of graduates) await core.registerForFair(deps, g, fairId, { picks: [welder], applyAnyway: false });
  }, 60_000);

  it("lists the vacancies the fair's booths interview for, to anyone, once the fair is not a draft", async () => {
    const seen = await core.vacanciesAtFair(deps, ANONYMOUS, fairId);
    expect(seen.map((v) => v.title).sort()).toEqual(["Cook", "Welder"]);
    expect(seen.every((v) => v.country === "JP" && v.state === "published")).toBe(true);
    // A vacancy closed after the booth was admitted still shows, as closed (it can no longer be picked).
    await core.closeVacancy(deps, recruiter, cook, "closed");
    expect((await core.vacanciesAtFair(deps, ANONYMOUS, fairId)).find((v) => v.vacancyId === cook)?.state).toBe("closed");
    await expect(core.vacanciesAtFair(deps, ANONYMOUS, draftFairId)).rejects.toMatchObject({ kind: "not_found" });
    expect(await core.vacanciesAtFair(deps, organiser, draftFairId)).toHaveLength(1);
  });

  it("bounds the picks of one registration by MAX_PICKS", () => {
    const picks = (n: number) => Array.from({ length: n }, (_, i) => `v${i}`);
    expect(core.RegistrationInput.safeParse({ picks: picks(core.MAX_PICKS) }).success).toBe(true);
    expect(core.RegistrationInput.safeParse({ picks: picks(core.MAX_PICKS + 1) }).success).toBe(false);
  });

  it("shows a graduate the place offered to them from the waitlist until they answer or its deadline passes", async () => {
    await expect(core.myOffers(deps, graduates[0]!, fairId)).rejects.toMatchObject({ code: "not_published" });
    await core.moveFair(deps, organiser, fairId, "close");
    const job = await core.requestSchedule(deps, organiser, fairId);
    expect(await core.runScheduleJob(deps, job.jobId)).toBe("done");
    await core.publishSchedule(deps, organiser, fairId, job.jobId);
    const held = new Map<string, core.MyInterview>();
    for (const g of graduates) for (const i of await core.myInterviews(deps, g, fairId)) held.set(g.sub, i);
    expect(held.size).toBe(2);
    const waiting = graduates.find((g) => !held.has(g.sub))!;
    const [leaver, interview] = [...held][0]!;
    for (const g of graduates) expect(await core.myOffers(deps, g, fairId)).toEqual([]);

    await core.cancelInterview(deps, { sub: leaver, role: "graduate" }, fairId, "org-a");
    const offeredTo = await core.offerFreedPlace(deps, {
      type: "slot-freed",
      id: `test:${interview.interviewId}`,
      fairId,
      version: interview.scheduleVersion,
      recruiterId: "org-a",
      slot: interview.slot,
      table: interview.table,
      exclude: [leaver],
    });
    expect(offeredTo).toBe(waiting.sub);

    const [offer, ...more] = await core.myOffers(deps, waiting, fairId);
    expect(more).toEqual([]);
    expect(offer).toMatchObject({ recruiterId: "org-a", slot: interview.slot, table: interview.table, state: "offered" });
    expect(offer!.local.startsAt).toBe(interview.local.startsAt);
    expect(Date.parse(offer!.offerExpires!)).toBeGreaterThan(Date.now());
    // An offer is not an interview yet, and nobody else sees it.
    expect(await core.myInterviews(deps, waiting, fairId)).toEqual([]);
    for (const g of graduates.filter((x) => x !== waiting)) expect(await core.myOffers(deps, g, fairId)).toEqual([]);
    // After its deadline it is no longer open to them.
    const later = { ...deps, now: () => new Date(Date.parse(offer!.offerExpires!) + 1000) };
    expect(await core.myOffers(later, waiting, fairId)).toEqual([]);
    // Accepted: an interview, no longer an offer.
    await core.answerOffer(deps, waiting, fairId, "org-a", offer!.slot, offer!.table, true);
    expect(await core.myOffers(deps, waiting, fairId)).toEqual([]);
    expect(await core.myInterviews(deps, waiting, fairId)).toEqual([
      expect.objectContaining({ slot: offer!.slot, state: "booked" }),
    ]);
  });
});
