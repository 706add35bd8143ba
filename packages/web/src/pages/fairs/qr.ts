/**
 * Draws a check-in code as a QR code in SVG, with qrcode's encoder and SVG renderer only (its
 * main entry also loads the PNG and terminal renderers). The web's own copy of the API's
 * `qr.ts`: the web package does not import the API's. Loaded on first use.
 */
export async function qrSvg(text: string): Promise<string> {
  const [{ create }, { render }] = await Promise.all([
    import("qrcode/lib/core/qrcode.js"),
    import("qrcode/lib/renderer/svg-tag.js"),
  ]);
  return render(create(text, { errorCorrectionLevel: "M" }), { margin: 2 });
}
