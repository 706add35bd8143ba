import type { Hono } from "hono";
import { langOf, type WebDeps, type WebEnv } from "../context.ts";
import { dictionary } from "../i18n/define.ts";
import { render } from "../render.tsx";

const texts = dictionary(
  {
    title: "Kerja aman di luar negeri, lewat jalur resmi",
    lead: "Jalur menghubungkan lulusan PPKD Jakarta dengan lowongan berlisensi di Jepang, Korea, Eropa, Tiongkok dan Timur Tengah.",
    graduates: "Untuk lulusan",
    graduatesText: "Simpan sertifikat Anda, lihat lowongan yang cocok dan alasannya, lamar, dan daftar ke bursa kerja.",
    start: "Masuk atau daftar",
    vacancies: "Lihat lowongan resmi",
    check: "Cek resmi",
    checkText: "Ragu dengan tawaran kerja? Cek apakah perekrut dan lowongannya resmi, sebelum membayar apa pun.",
    checkLink: "Cek perekrut atau lowongan",
  },
  {
    title: "Safe work abroad, through the official channel",
    lead: "Jalur connects graduates of Jakarta's PPKD training centres with licensed vacancies in Japan, Korea, Europe, China and the Middle East.",
    graduates: "For graduates",
    graduatesText: "Keep your certificates, see the vacancies that match you and why, apply, and register for job fairs.",
    start: "Sign in or sign up",
    vacancies: "See official vacancies",
    check: "Official check",
    checkText: "Unsure about a job offer? Check whether the recruiter and the vacancy are official, before paying anything.",
    checkLink: "Check a recruiter or vacancy",
  },
);

/** The public home page. */
export function homeRoutes(app: Hono<WebEnv>, _: WebDeps) {
  app.get("/", (c) => {
    const t = texts[langOf(c)];
    return render(
      c,
      t.title,
      <>
        <h1>{t.title}</h1>
        <p class="lead">{t.lead}</p>
        <ul class="cards cards--two">
          <li class="card">
            <h2>{t.graduates}</h2>
            <p>{t.graduatesText}</p>
            <a class="button" href="/masuk?kembali=/saya">
              {t.start}
            </a>
            <p>
              <a href="/lowongan">{t.vacancies}</a>
            </p>
          </li>
          <li class="card">
            <h2>{t.check}</h2>
            <p>{t.checkText}</p>
            <a href="/cek">{t.checkLink}</a>
          </li>
        </ul>
      </>,
    );
  });
}
