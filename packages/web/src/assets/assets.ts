import { createHash } from "node:crypto";
import { gzipSync } from "node:zlib";
import { STYLES } from "./styles.ts";
import { HTMX } from "./vendor.generated.ts";

/** A static file served under a content-hashed name, so it can be cached for a year. */
export interface Asset {
  readonly path: string;
  readonly type: string;
  readonly body: string;
}

const ICON = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="6" fill="#004643"/><path d="M9 22c3 3 9 3 11-1l3-13" stroke="#fff" stroke-width="3.5" fill="none" stroke-linecap="round"/></svg>`;

function asset(name: string, ext: string, type: string, body: string): Asset {
  const hash = createHash("sha256").update(body).digest("base64url").slice(0, 10);
  return { path: `/assets/${name}.${hash}.${ext}`, type, body };
}

export const ASSETS = {
  styles: asset("jalur", "css", "text/css; charset=utf-8", STYLES),
  htmx: asset("htmx", "js", "text/javascript; charset=utf-8", HTMX),
  icon: asset("icon", "svg", "image/svg+xml", ICON),
} as const;

const gzipped = new WeakMap<Asset, Uint8Array<ArrayBuffer>>();

/** An asset compressed once (gzip, level 9) and kept: slow networks pay for every byte. */
export function gzipOf(asset: Asset): Uint8Array<ArrayBuffer> {
  let body = gzipped.get(asset);
  if (!body) {
    body = new Uint8Array(gzipSync(asset.body, { level: 9 }));
    gzipped.set(asset, body);
  }
  return body;
}

export const ASSET_BY_PATH: ReadonlyMap<string, Asset> = new Map(Object.values(ASSETS).map((a) => [a.path, a]));
