import type { Language } from "@jalur/domain";

/**
 * Every refusal in Bahasa Indonesia, by its stable code (the English is the error's own
 * message). A refusal that carries its own text in both languages (an eligibility refusal with
 * each requirement's explanation) uses that instead. A test checks that every code the code
 * base raises is here.
 */
export const ERROR_TEXTS_ID: Record<string, string> = {
  already_applied: "Anda sudah melamar lowongan ini.",
  audit_unavailable: "Pembacaan data tidak dapat dicatat; coba lagi.",
  booth_unavailable: "Pewawancara booth tidak ada pada waktu itu.",
  busy: "Banyak orang memesan slot ini; coba lagi.",
  candidate_busy: "Anda sudah punya wawancara di booth ini, pada waktu ini, atau terlalu dekat dengannya (jeda minimum bursa).",
  cannot_register:
    "Lulusan ini tidak dapat didaftarkan lewat spreadsheet (id tidak dikenal, atau tanpa persetujuan berbagi profil); minta mereka mendaftar di Jalur.",
  consent_required: "Berikan persetujuan untuk membagikan profil Anda kepada perekrut terlebih dahulu.",
  country_or_skill_required: "Saring menurut negara (kode ISO) atau menurut keahlian.",
  deadline_passed: "Pendaftaran lamaran untuk lowongan ini sudah ditutup.",
  gap_too_long: "Jeda minimum bursa mencakup terlalu banyak slot untuk dipesan dengan aman.",
  graduate_exists: "Akun ini sudah memiliki profil.",
  headers_too_large: "Header permintaan lebih dari 16 KB.",
  idempotency_key_reused: "Idempotency-Key ini sudah dipakai untuk permintaan lain.",
  implausible_birth_date: "Tanggal lahir memberi usia di bawah 14 atau di atas 100 tahun.",
  internal_error: "Terjadi kesalahan di pihak kami; sudah dicatat.",
  interview_changed: "Wawancara berubah sementara itu; muat ulang dan coba lagi.",
  interview_gone: "Wawancara ini dibatalkan atau dipindahkan.",
  invalid_code: "Ini bukan kode check-in Jalur yang sah.",
  invalid_credential: "Kredensial tidak sah; lihat issues.",
  invalid_csv: "Sel CSV yang diapit tanda kutip tidak ditutup.",
  invalid_csv_header: "Baris pertama harus menyebut kolom graduate_id dan picks.",
  invalid_cursor: "Kursor tidak berlaku untuk daftar ini; mulai lagi tanpa kursor.",
  invalid_idempotency_key: "Idempotency-Key paling panjang 200 karakter.",
  invalid_interval: "Waktu tidak tersedia berakhir sebelum dimulai.",
  invalid_request: "Permintaan tidak sah; lihat issues.",
  invalid_row: "graduate_id dan 1–10 pilihan wajib diisi.",
  invalid_token: "Token tidak sah (tanda tangan, penerbit, audiens atau masa berlaku).",
  invalid_transition: "Perubahan ini tidak dapat dilakukan pada status bursa saat ini.",
  job_not_done: "Pekerjaan penjadwalan belum selesai.",
  licence_not_valid: "Izin perekrut tidak berlaku pada setiap hari bursa.",
  licence_unverified: "Izin perekrut (SIP3MI) belum diverifikasi petugas.",
  malformed_request: "Permintaan tidak dapat dibaca sebagai HTTP.",
  missing_token: "Kirim token bearer di header Authorization.",
  no_booths: "Terima setidaknya satu booth sebelum membuka pendaftaran.",
  no_licence: "Perekrut ini tidak punya izin yang tercatat.",
  no_organisation: "Perekrut bertindak untuk sebuah organisasi; token ini tidak menyebut organisasi.",
  no_role: "Token tidak membawa peran Jalur.",
  no_slots: "Jam buka, istirahat dan panjang slot tidak menyisakan slot wawancara.",
  no_such_slot: "Bursa tidak punya slot tersebut.",
  no_such_transition: "Perubahan status ini tidak ada.",
  not_at_fair: "Lowongan itu tidak ada di bursa ini.",
  not_attended: "Catat hasil setelah kandidat check-in.",
  not_cancellable: "Wawancara ini tidak dapat dibatalkan lagi.",
  not_checkable: "Wawancara ini tidak dapat di-check-in.",
  not_eligible: "Anda belum memenuhi syarat; kirim applyAnyway untuk tetap melamar.",
  not_fair_owner: "Hanya penyelenggara yang membuat bursa yang dapat mengubah daftar penyelenggaranya.",
  not_published: "Jadwal bursa belum diterbitkan.",
  not_registered_at_booth: "Daftar dulu untuk lowongan di booth ini.",
  offer_not_open: "Tawaran ini sudah kedaluwarsa atau bukan milik Anda lagi.",
  other_booth: "Wawancara ini di booth lain; kandidat harus ke sana.",
  other_fair: "Kode ini untuk bursa lain.",
  other_ppkd: "Anda meninjau antrean PPKD Anda sendiri.",
  outcome_recorded: "Hasil wawancara sudah dicatat.",
  owner_not_co_organiser: "Pemilik sudah menyelenggarakan bursa ini.",
  payload_too_large: "Isi permintaan lebih dari 256 KiB.",
  place_attended: "Kandidat sudah hadir atau tercatat tidak hadir; tempat ini tetap tercatat.",
  profile_too_large: "Profil ini tidak punya ruang untuk kredensial sebesar ini lagi.",
  queue_unavailable: "Pekerjaan tidak dapat diantrekan; coba lagi.",
  recruiter_exists: "Perekrut dengan id ini sudah ada.",
  registered_by_graduate: "Lulusan mendaftar atau mengonfirmasi sendiri; pilihan mereka tetap berlaku.",
  registration_after_start: "Pendaftaran harus ditutup sebelum wawancara pertama dimulai.",
  registration_closed: "Pendaftaran untuk bursa ini tidak dibuka.",
  registration_not_closed: "Tutup pendaftaran sebelum menjadwalkan, agar permintaan tidak berubah.",
  request_in_progress: "Permintaan pertama dengan Idempotency-Key ini masih berjalan; coba lagi sebentar lagi.",
  role_not_allowed: "Peran Anda tidak boleh melakukan tindakan ini.",
  route_not_found: "Tidak ada rute untuk permintaan ini.",
  schedule_published: "Jadwal sudah diterbitkan; hal ini tidak dapat diubah lagi.",
  schedule_replaced: "Jadwal berubah sejak kode ini diterbitkan; tunjukkan yang baru.",
  sign_in_required: "Masuk (kirim token bearer) untuk melakukan ini.",
  slot_past: "Slot itu sudah dimulai.",
  slot_taken: "Semua meja di booth ini sudah terisi pada slot itu.",
  too_many_co_organisers: "Sebuah bursa paling banyak punya 20 penyelenggara pendamping.",
  too_many_credentials: "Sebuah profil paling banyak memuat 60 kredensial.",
  too_many_rows: "Impor paling banyak 2.000 baris sekaligus.",
  import_batch_busy: "Bagian impor ini sedang diproses; dicoba lagi nanti.",
  no_rows: "Berkas memiliki baris judul tetapi tidak ada baris data.",
  duplicate_row: "Lulusan ini sudah ada di baris sebelumnya; hanya baris itu yang dihitung.",
  too_many_slots: "Sebuah bursa paling banyak punya 500 slot wawancara per meja.",
  unknown_skill: "Kode keahlian tidak dikenal; cari kodenya di GET /v1/skills?q=…",
  unsupported_media_type: "Jenis isi permintaan tidak didukung.",
  vacancy_not_compliant: "Lowongan tidak dapat diterbitkan; lihat violations.",
  vacancy_not_editable: "Lowongan ini tidak dapat diubah lagi.",
  vacancy_not_of_recruiter: "Lowongan itu bukan lowongan perekrut ini.",
  vacancy_not_published: "Lowongan itu belum diterbitkan.",
  version_conflict: "Data ini diubah orang lain; muat ulang dan coba lagi.",
};

/** What a `<thing>_not_found` code names, in Bahasa Indonesia. */
const THINGS_ID: Record<string, string> = {
  application: "lamaran",
  booth: "booth",
  credential: "kredensial",
  fair: "bursa",
  graduate: "lulusan",
  import: "impor",
  interview: "wawancara",
  notification: "pemberitahuan",
  offer: "tawaran",
  probe: "probe",
  recruiter: "perekrut",
  registration: "pendaftaran",
  schedule_job: "pekerjaan penjadwalan",
  vacancy: "lowongan",
};

/** The Indonesian text of an error code, if it has one. */
export function errorTextId(code: string): string | undefined {
  const known = ERROR_TEXTS_ID[code];
  if (known) return known;
  const thing = /^(.+)_not_found$/.exec(code)?.[1];
  if (thing)
    return `${THINGS_ID[thing] ? `${THINGS_ID[thing][0]?.toUpperCase()}${THINGS_ID[thing].slice(1)}` : "Data"} tidak ditemukan.`;
  return undefined;
}

/** An error's message in a language: its own bilingual text, the catalogue's, or the English message. */
export function localizedMessage(
  error: { code: string; message: string; text?: { id: string; en: string } },
  language: Language,
): string {
  if (error.text) return error.text[language];
  if (language === "en") return error.message;
  return errorTextId(error.code) ?? error.message;
}
