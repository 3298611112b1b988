import { createHash } from "node:crypto";
import { promisify } from "node:util";
import { brotliCompress, constants, gzip } from "node:zlib";

// One public response, stored as bytes ready to send: the body and its gzip and brotli
// forms, compressed once when the snapshot is built rather than on every request. The
// compression runs on libuv's thread pool: brotli at quality 11 takes tens of milliseconds
// per page, which on the serving thread would be stolen from visitors and from the rebuild.

export type SnapshotEntry = {
  key: string;
  contentType: string;
  etag: string;
  builtAt: number;
  // Extra response headers for this entry, such as the page's Content-Security-Policy.
  headers: Record<string, string>;
  body: Buffer;
  gzip: Buffer;
  br: Buffer;
};

const gzipAsync = promisify(gzip);
const brotliAsync = promisify(brotliCompress);

/** The entity tag of a body: what tells an unchanged render from a changed one, before compressing. */
export function entryEtag(contentType: string, body: Buffer): string {
  return `"${createHash("sha1").update(contentType).update(body).digest("base64url").slice(0, 22)}"`;
}

export async function createEntry(
  key: string,
  contentType: string,
  body: Buffer,
  headers: Record<string, string> = {},
  builtAt = Date.now(),
): Promise<SnapshotEntry> {
  const [gzipped, br] = await Promise.all([
    gzipAsync(body, { level: 9 }),
    brotliAsync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: body.length } }),
  ]);
  return { key, contentType, etag: entryEtag(contentType, body), builtAt, headers, body, gzip: gzipped, br };
}
