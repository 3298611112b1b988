import { renderMarkdown } from "../../../markdown/render-markdown";

// A message's markdown goes through Beacon's sanitiser (no raw HTML, safe links only), then
// gets inline styles: many mail clients ignore <style>, and their defaults for <pre> and
// tables overflow a phone screen. The renderer emits these tags without attributes (links and
// table cells aside), so plain replacement is safe here.

const BOX = "background:#f3f4f6;color:#1f2937;border:1px solid #e5e7eb;border-radius:4px";

const TAG_STYLES: [RegExp, string][] = [
  [/<p>/g, '<p style="margin:0 0 12px">'],
  [/<(h[3-6])>/g, '<$1 style="margin:16px 0 8px;font-size:16px;line-height:1.4">'],
  [/<(ul|ol)(\s[^>]*)?>/g, '<$1$2 style="margin:0 0 12px;padding-left:24px">'],
  [/<blockquote>/g, '<blockquote style="margin:0 0 12px;padding-left:12px;border-left:3px solid #d1d5db">'],
  [/<pre>/g, `<pre class="bm-box" style="${BOX};margin:0 0 12px;padding:10px;white-space:pre-wrap;word-break:break-word;font-size:14px">`],
  [/<code>/g, '<code style="font-family:ui-monospace,Menlo,Consolas,monospace;font-size:14px">'],
  [/<table>/g, '<table style="border-collapse:collapse;margin:0 0 12px">'],
  [/<(th|td)(?: style="([^"]*)")?>/g, '<$1 style="border:1px solid #d1d5db;padding:4px 8px;$2">'],
];

/** Sanitised, inline-styled HTML for a message; links take the given colour. */
export function markdownToEmailHtml(markdown: string, linkColour: string): string {
  let html = renderMarkdown(markdown);
  for (const [pattern, replacement] of TAG_STYLES) html = html.replace(pattern, replacement);
  return html.replace(/<a href=/g, `<a class="bm-link" style="color:${linkColour}" href=`);
}
