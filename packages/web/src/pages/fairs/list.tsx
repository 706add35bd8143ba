import { type Actor, AppError, type Deps, type Fair, listFairs, myFairs, readFair } from "@jalur/core";
import { dateInZone } from "@jalur/domain";
import type { Hono } from "hono";
import { langOf, type WebDeps, type WebEnv } from "../../context.ts";
import type { Language } from "../../i18n/define.ts";
import { fairTexts } from "../../i18n/fairs.ts";
import { render } from "../../render.tsx";
import { actorOf, daysOf, FairFacts, hoursOf, may, PhaseTag, phaseOf } from "./shared.tsx";

const fairPath = (fairId: string) => `/bursa/${encodeURIComponent(fairId)}`;

interface MyFair {
  readonly fair: Fair;
  readonly confirmed: boolean;
}

/** The fairs the graduate registered for, each with the fair itself (a graduate registers for a few). */
async function myFairList(deps: Deps, actor: Actor): Promise<MyFair[]> {
  const { items } = await myFairs(deps, actor, { limit: 50 });
  const found = await Promise.all(
    items.map(async (r): Promise<MyFair | undefined> => {
      const fair = await readFair(deps, actor, r.fairId).catch((error: unknown) => {
        if (error instanceof AppError && error.kind === "not_found") return undefined;
        throw error;
      });
      return fair ? { fair, confirmed: r.confirmed } : undefined;
    }),
  );
  return found
    .filter((f): f is MyFair => f !== undefined)
    .sort((a, b) => a.fair.firstDay.localeCompare(b.fair.firstDay) || a.fair.fairId.localeCompare(b.fair.fairId));
}

function MyFairs({ mine, lang, now }: { mine: readonly MyFair[]; lang: Language; now: Date }) {
  const t = fairTexts[lang];
  return (
    <section aria-labelledby="bursa-saya">
      <h2 id="bursa-saya">{t.mine}</h2>
      <ul class="cards">
        {mine.map(({ fair, confirmed }) => (
          <li class="card">
            <h3>
              <a href={fairPath(fair.fairId)}>{fair.name}</a>
            </h3>
            <p class="meta">
              {daysOf(fair, lang)}, {hoursOf(fair, lang)} · {fair.venue}
            </p>
            <p>
              <strong class={confirmed ? "tag tag--ok" : "tag tag--warn"}>
                {confirmed ? t.myStatus.confirmed : t.myStatus.awaiting}
              </strong>{" "}
              <PhaseTag phase={phaseOf(fair, now)} lang={lang} />
            </p>
            {fair.publishedVersion ? (
              <p>
                <a href={`${fairPath(fair.fairId)}/wawancara`}>{t.myInterviews}</a>
              </p>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}

/** `/bursa`: the fairs from today on (upcoming first), and a graduate's own fairs above them. */
export function listRoutes(app: Hono<WebEnv>, { deps }: WebDeps) {
  app.get("/bursa", async (c) => {
    const lang = langOf(c);
    const t = fairTexts[lang];
    const actor = actorOf(c);
    const now = deps.now();
    const cursor = c.req.query("lanjut");
    const page = await listFairs(deps, actor, dateInZone(now), { limit: 20, ...(cursor ? { cursor } : {}) }).catch(
      (error: unknown) => {
        // A cursor we did not issue (edited, or from another list): start the list again.
        if (error instanceof AppError && error.code === "invalid_cursor") return undefined;
        throw error;
      },
    );
    if (!page) return c.redirect("/bursa", 303);
    const mine = !cursor && may(actor, myFairs) ? await myFairList(deps, actor) : [];
    return render(
      c,
      t.title,
      <>
        <h1>{t.title}</h1>
        <p class="lead">{t.lead}</p>
        {mine.length > 0 ? <MyFairs mine={mine} lang={lang} now={now} /> : null}
        <section aria-labelledby="bursa-datang">
          <h2 id="bursa-datang">{t.upcoming}</h2>
          {page.items.length === 0 ? <p>{t.none}</p> : null}
          <ul class="cards">
            {page.items.map((fair) => (
              <li class="card">
                <h3>
                  <a href={fairPath(fair.fairId)}>{fair.name}</a>
                </h3>
                <p>
                  <PhaseTag phase={phaseOf(fair, now)} lang={lang} />
                </p>
                <FairFacts fair={fair} lang={lang} />
              </li>
            ))}
          </ul>
          {page.cursor ? (
            <p>
              <a href={`/bursa?lanjut=${encodeURIComponent(page.cursor)}`}>{t.more}</a>
            </p>
          ) : null}
        </section>
      </>,
    );
  });
}
