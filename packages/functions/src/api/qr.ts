/**
 * Draws a QR code as SVG with qrcode's encoder and SVG renderer only: its main entry also loads
 * the PNG and terminal renderers and pngjs (about 35 KB of the API bundle), none of which Jalur
 * uses. Loaded on first use, so other cold starts skip it.
 */
export async function qrSvg(text: string): Promise<string> {
  const [{ create }, { render }] = await Promise.all([
    import("qrcode/lib/core/qrcode.js"),
    import("qrcode/lib/renderer/svg-tag.js"),
  ]);
  return render(create(text, { errorCorrectionLevel: "M" }), { margin: 2 });
}
