import { createHash } from "node:crypto";
import { type Language, type Text, text } from "@jalur/domain";

/** Message templates, one place, both languages. `{name}` is replaced by a parameter. */
export const TEMPLATES: Record<string, { title: Text; body: Text }> = {
  "vacancy-match": {
    title: text("Lowongan baru untuk Anda", "A new vacancy for you"),
    body: text(
      "{title} ({country}) cocok dengan kredensial Anda: skor {score}.",
      "{title} ({country}) matches your credentials: score {score}.",
    ),
  },
  "application-status": {
    title: text("Status lamaran berubah", "Your application changed"),
    body: text("Lamaran Anda untuk {title} sekarang: {state}.", "Your application for {title} is now: {state}."),
  },
  "interview-schedule": {
    title: text("Jadwal wawancara Anda: {fair}", "Your interview schedule: {fair}"),
    body: text(
      "{count} wawancara di {venue}: {list}. Tunjukkan kode QR Anda di meja. Waktu dalam zona waktu bursa.",
      "{count} interview(s) at {venue}: {list}. Show your QR code at the table. Times are in the fair's time zone.",
    ),
  },
  "interview-booked": {
    title: text("Wawancara dipesan: {booth}", "Interview booked: {booth}"),
    body: text("{fair}: {booth}, {time}, meja {table}.", "{fair}: {booth}, {time}, table {table}."),
  },
  "interview-cancelled": {
    title: text("Wawancara dibatalkan: {booth}", "Interview cancelled: {booth}"),
    body: text(
      "Wawancara Anda di {fair} dengan {booth} pada {time} dibatalkan.",
      "Your interview at {fair} with {booth} at {time} was cancelled.",
    ),
  },
  "booth-interview-changed": {
    title: text("Perubahan jadwal booth", "Booth schedule changed"),
    body: text("{fair}: slot {time}, meja {table} berubah.", "{fair}: the {time} slot at table {table} changed."),
  },
  "slot-offered": {
    title: text("Slot wawancara tersedia: {booth}", "An interview place for you: {booth}"),
    body: text(
      "{booth} di {fair} punya slot kosong pada {time} (meja {table}). Terima sebelum {deadline}.",
      "{booth} at {fair} has a free place at {time} (table {table}). Accept before {deadline}.",
    ),
  },
  "interview-reminder-24h": {
    title: text("Besok: wawancara dengan {booth}", "Tomorrow: your interview with {booth}"),
    body: text("{fair}, {time}, meja {table}. Bawa kode QR Anda.", "{fair}, {time}, table {table}. Bring your QR code."),
  },
  "interview-reminder-1h": {
    title: text("Satu jam lagi: wawancara dengan {booth}", "In one hour: your interview with {booth}"),
    body: text("{fair}, {time}, meja {table}.", "{fair}, {time}, table {table}."),
  },
  "credential-reviewed": {
    title: text("Kredensial diperiksa: {skill}", "Credential reviewed: {skill}"),
    body: text("{skill} ({number}): {decision}. {note}", "{skill} ({number}): {decision}. {note}"),
  },
  "fair-registration": {
    title: text("Anda didaftarkan ke {fair}", "You were registered for {fair}"),
    body: text(
      "Penyelenggara mendaftarkan Anda ke {fair} untuk: {picks}. Konfirmasi di Jalur agar perekrut dapat melihat profil Anda; tanpa konfirmasi, data Anda tidak dibagikan.",
      "The organiser registered you for {fair} for: {picks}. Confirm in Jalur so recruiters can see your profile; until you do, nothing about you is shared.",
    ),
  },
};

/** Words a parameter may carry (a decision, a state), shown in the recipient's language. */
const TERMS: Record<string, Text> = {
  verified: text("terverifikasi", "verified"),
  rejected: text("ditolak", "rejected"),
  applied: text("dilamar", "applied"),
  shortlisted: text("masuk daftar pendek", "shortlisted"),
  interview: text("wawancara", "interview"),
  offered: text("ditawari kerja", "offered a job"),
  accepted: text("tawaran diterima", "offer accepted"),
  declined: text("tawaran ditolak", "offer declined"),
  withdrawn: text("ditarik", "withdrawn"),
  placed: text("ditempatkan", "placed"),
};

export function render(template: string, params: Record<string, string>, language: Language): { title: string; body: string } {
  const t = TEMPLATES[template];
  if (!t) throw new Error(`Unknown template ${template}`);
  const value = (k: string) => {
    const v = params[k] ?? "";
    return TERMS[v]?.[language] ?? v;
  };
  const fill = (s: string) =>
    s
      .replace(/\{(\w+)\}/g, (_, k: string) => value(k))
      .replace(/\s+$/, "")
      .replace(/ {2,}/g, " ");
  return { title: fill(t.title[language]), body: fill(t.body[language]) };
}

/** A notice's stable id: the same event for the same recipient and channel is one notice. */
export const noticeId = (eventId: string) => createHash("sha256").update(eventId).digest("base64url").slice(0, 22);
