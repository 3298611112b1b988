import { createHash } from "node:crypto";

// The public pages are server-rendered documents that need no client runtime: they work
// without JavaScript by design. The snapshot therefore drops Next's hydration scripts and
// keeps only Beacon's own small inline scripts (marked data-beacon), allowed by hash in the
// Content-Security-Policy. The page gets lighter and faster, and no other script can run.

const scriptElement = /<script\b([^>]*)>([\s\S]*?)<\/script>/gi;
const scriptPreload = /<link\b[^>]*\brel="(?:preload|modulepreload)"[^>]*\bas="script"[^>]*\/?>|<link\b[^>]*\brel="modulepreload"[^>]*\/?>/gi;

export type StaticHtml = { html: string; scriptHashes: string[] };

export function toStaticHtml(html: string): StaticHtml {
  const scriptHashes: string[] = [];
  const stripped = html
    .replace(scriptElement, (element, attributes: string, content: string) => {
      if (!/\bdata-beacon\b/.test(attributes) || /\bsrc=/.test(attributes)) return "";
      scriptHashes.push(`'sha256-${createHash("sha256").update(content).digest("base64")}'`);
      return element;
    })
    .replace(scriptPreload, "");
  return { html: stripped, scriptHashes };
}
