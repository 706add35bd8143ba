/**
 * Reference rates to show a salary abroad next to an approximate rupiah figure (never used to
 * judge a vacancy: floors are in the destination's currency). Data, dated, replaced by staff
 * each month; a currency without a rate is shown without the rupiah figure.
 */
export const REFERENCE_RATES_IDR = {
  asOf: "2026-11-01",
  perUnit: {
    AED: 4_350,
    AUD: 10_500,
    CNY: 2_250,
    EUR: 17_600,
    GBP: 20_600,
    HKD: 2_050,
    JPY: 106,
    KRW: 11.6,
    KWD: 52_000,
    MYR: 3_650,
    QAR: 4_400,
    SAR: 4_260,
    SGD: 12_300,
    TWD: 500,
    USD: 16_000,
  } as Readonly<Record<string, number>>,
} as const;

/** The approximate rupiah value of an amount, rounded to the nearest 10,000; undefined without a rate. */
export function approximateRupiah(amount: number, currency: string): number | undefined {
  if (currency === "IDR") return amount;
  const rate = REFERENCE_RATES_IDR.perUnit[currency];
  return rate === undefined ? undefined : Math.round((amount * rate) / 10_000) * 10_000;
}
