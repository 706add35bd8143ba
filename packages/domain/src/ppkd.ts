/**
 * The five regional job-training centres (PPKD), one per Jakarta city, and the kecamatan
 * (districts) each serves: reference data for profiles and the credential review queues.
 */
export const PPKD = {
  "Jakarta Pusat": ["Gambir", "Tanah Abang", "Menteng", "Senen", "Cempaka Putih", "Johar Baru", "Kemayoran", "Sawah Besar"],
  "Jakarta Utara": ["Penjaringan", "Pademangan", "Tanjung Priok", "Koja", "Kelapa Gading", "Cilincing"],
  "Jakarta Barat": [
    "Cengkareng",
    "Grogol Petamburan",
    "Taman Sari",
    "Tambora",
    "Kebon Jeruk",
    "Kalideres",
    "Palmerah",
    "Kembangan",
  ],
  "Jakarta Selatan": [
    "Kebayoran Baru",
    "Kebayoran Lama",
    "Pesanggrahan",
    "Cilandak",
    "Pasar Minggu",
    "Jagakarsa",
    "Mampang Prapatan",
    "Pancoran",
    "Tebet",
    "Setiabudi",
  ],
  "Jakarta Timur": [
    "Matraman",
    "Pulo Gadung",
    "Jatinegara",
    "Kramat Jati",
    "Pasar Rebo",
    "Cakung",
    "Duren Sawit",
    "Makasar",
    "Ciracas",
    "Cipayung",
  ],
} as const;
export type PpkdCity = keyof typeof PPKD;
