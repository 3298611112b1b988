import { createHash } from "node:crypto";
import { promisify } from "node:util";
import { brotliCompress, constants, gzip } from "node:zlib";

// One public response, stored as bytes ready to send: the body and its gzip and brotli
// forms, compressed once when the snapshot is built rather than on every request. The
// compression runs on libuv's thread pool: brotli at quality 11 takes tens of milliseconds
// per page, which on the serving thread would be stolen from visitors and from the rebuild.
// Every render is published with quick brotli (a few milliseconds instead of ~160 ms for the
// 165 KB front page of a long history) and recompressed at quality 11 after (best-brotli.ts).

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
  // False while the brotli form is the quick one, before `withBestBrotli` replaced it.
  bestBrotli: boolean;
};

const gzipAsync = promisify(gzip);
const brotliAsync = promisify(brotliCompress);
const QUICK_BROTLI = 5;
const BEST_BROTLI = 11;

// zlib hands back its output as a view of a 64 KB chunk: kept as is, a 1 KB incident page's
// compressed forms would hold 128 KB (1.3 GB for ten thousand incidents). Copied into memory
// of its own size (not Buffer's shared pool, where one kept entry would hold a 64 KB slab).
function exact(output: Buffer): Buffer {
  if (output.byteLength === output.buffer.byteLength) return output;
  const copy = Buffer.allocUnsafeSlow(output.byteLength);
  output.copy(copy);
  return copy;
}

async function brotli(body: Buffer, quality: number): Promise<Buffer> {
  return exact(await brotliAsync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: quality, [constants.BROTLI_PARAM_SIZE_HINT]: body.length } }));
}

/** The entity tag of a body: what tells an unchanged render from a changed one, before compressing. */
export function entryEtag(contentType: string, body: Buffer): string {
  return `"${createHash("sha1").update(contentType).update(body).digest("base64url").slice(0, 22)}"`;
}

export async function createEntry(
  key: string,
  contentType: string,
  body: Buffer,
  headers: Record<string, string> = {},
  options: { quick?: boolean; builtAt?: number } = {},
): Promise<SnapshotEntry> {
  const quality = options.quick ? QUICK_BROTLI : BEST_BROTLI;
  const [gzipped, br] = await Promise.all([gzipAsync(body, { level: 9 }).then(exact), brotli(body, quality)]);
  const builtAt = options.builtAt ?? Date.now();
  return { key, contentType, etag: entryEtag(contentType, body), builtAt, headers, body: exact(body), gzip: gzipped, br, bestBrotli: !options.quick };
}

/** The same entry with its brotli form at the best quality. */
export async function withBestBrotli(entry: SnapshotEntry): Promise<SnapshotEntry> {
  if (entry.bestBrotli) return entry;
  return { ...entry, br: await brotli(entry.body, BEST_BROTLI), bestBrotli: true };
}
