import { gzipSync } from "node:zlib";

// What a first visit to / costs: the HTML and everything it loads, as bytes on the wire with
// gzip (what a browser asking for gzip receives; brotli is smaller still).

export type PageWeight = { htmlGzipBytes: number; totalGzipBytes: number; resources: { url: string; gzipBytes: number }[] };

async function transferSize(url: string): Promise<number> {
  const response = await fetch(url, { headers: { "accept-encoding": "gzip" } });
  const body = Buffer.from(await response.arrayBuffer());
  // fetch decodes gzip for us; re-measure the compressed form the server sent or would send.
  return response.headers.get("content-encoding") === "gzip" ? gzipSync(body, { level: 9 }).length : body.length;
}

export function linkedResources(html: string, origin: string): string[] {
  const urls = new Set<string>();
  const patterns = [/<link\b[^>]*\bhref="([^"]+)"[^>]*>/gi, /<script\b[^>]*\bsrc="([^"]+)"/gi, /<img\b[^>]*\bsrc="([^"]+)"/gi];
  for (const pattern of patterns) {
    for (const match of html.matchAll(pattern)) {
      const tag = match[0];
      if (tag.startsWith("<link") && !/\brel="(stylesheet|icon|preload|modulepreload)"/.test(tag)) continue;
      const href = match[1] ?? "";
      const url = new URL(href.replace(/&amp;/g, "&"), origin);
      if (url.origin === origin) urls.add(url.href);
    }
  }
  return [...urls];
}

export async function measurePageWeight(origin: string): Promise<PageWeight> {
  const response = await fetch(`${origin}/`, { headers: { "accept-encoding": "gzip" } });
  const html = await response.text();
  const htmlGzipBytes = gzipSync(Buffer.from(html), { level: 9 }).length;
  const resources = await Promise.all(
    linkedResources(html, origin).map(async (url) => ({ url, gzipBytes: await transferSize(url) })),
  );
  return { htmlGzipBytes, totalGzipBytes: htmlGzipBytes + resources.reduce((sum, r) => sum + r.gzipBytes, 0), resources };
}
