import * as core from "@jalur/core";
import { type Deps, deliver, type Principal } from "@jalur/core";
import { beforeAll, describe, expect, it } from "vitest";
import { freshDeployment } from "../support/deployment.ts";

/** The navigation's unread badge: counted from the graduate's own newest notices, one bounded Query. */
describe("unread notices (core)", () => {
  const rina: Principal = { sub: "rina", role: "graduate" };
  const dodi: Principal = { sub: "dodi", role: "graduate" };
  let deps: Deps;

  const notice = (recipientId: string, n: number) =>
    deliver(deps, {
      type: "notify",
      id: `unread:${recipientId}:${n}`,
      recipientId,
      channel: "in-app",
      template: "vacancy-match",
      params: { title: `Lowongan ${n}`, country: "JP", score: "80" },
    });

  beforeAll(async () => {
    ({ deps } = await freshDeployment());
    for (const n of [1, 2, 3]) await notice("rina", n);
    await notice("dodi", 1);
  });

  it("counts the caller's unread notices only, and one fewer after marking one read", async () => {
    expect(await core.unreadCount(deps, rina)).toBe(3);
    expect(await core.unreadCount(deps, dodi)).toBe(1);
    const [newest] = (await core.myInbox(deps, rina, { limit: 1 })).items;
    await core.markRead(deps, rina, newest!.notificationId);
    expect(await core.unreadCount(deps, rina)).toBe(2);
    expect(await core.unreadCount(deps, dodi)).toBe(1);
  });

  it("is for graduates: other roles are refused", async () => {
    await expect(core.unreadCount(deps, { sub: "rec", role: "recruiter", recruiterId: "org-a" })).rejects.toMatchObject({
      kind: "forbidden",
    });
  });

  it("looks at the newest notices only: more unread than it counts reads as the bound", async () => {
    const many = Array.from({ length: core.UNREAD_COUNTED + 2 }, (_, n) => n);
    for (let i = 0; i < many.length; i += 20) await Promise.all(many.slice(i, i + 20).map((n) => notice("wati", n)));
    expect(await core.unreadCount(deps, { sub: "wati", role: "graduate" })).toBe(core.UNREAD_COUNTED);
  });
});
