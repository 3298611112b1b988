import { createHash } from "node:crypto";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";

// One public response, stored as bytes ready to send: the body and its gzip and brotli
// forms, compressed once when the snapshot is built rather than on every request.

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

export function createEntry(
  key: string,
  contentType: string,
  body: Buffer,
  headers: Record<string, string> = {},
  builtAt = Date.now(),
): SnapshotEntry {
  const etag = `"${createHash("sha1").update(contentType).update(body).digest("base64url").slice(0, 22)}"`;
  return {
    key,
    contentType,
    etag,
    builtAt,
    headers,
    body,
    gzip: gzipSync(body, { level: 9 }),
    br: brotliCompressSync(body, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: body.length },
    }),
  };
}
