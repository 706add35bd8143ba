// The two parts of the qrcode package Jalur uses (see qr.ts); @types/qrcode covers only its main entry.
declare module "qrcode/lib/core/qrcode.js" {
  export function create(text: string, options: { errorCorrectionLevel: "L" | "M" | "Q" | "H" }): unknown;
}
declare module "qrcode/lib/renderer/svg-tag.js" {
  export function render(qr: unknown, options: { margin: number }): string;
}
