import { type EmailPalette, emailPalette } from "./accent-colour";
import type { EmailBlock, EmailDocument } from "./email-document";
import { escapeHtml as e } from "./escape-html";
import { hrefOf, htmlFooter } from "./html-footer";
import { markdownToEmailHtml } from "./markdown-html";

// A table layout that mail clients keep: inline styles, 600 px at most, no scripts, no images
// but the page's own logo. Every box sets its own background and text colour, so clients that
// invert colours for dark mode invert both; clients that honour prefers-color-scheme get the
// dark palette from the <style> block.

const FONT = "-apple-system,'Segoe UI',Roboto,'Helvetica Neue',Arial,sans-serif";

const DARK_MODE = `<style>
@media (prefers-color-scheme: dark) {
  .bm-body { background:#0b1120 !important; }
  .bm-card { background:#1f2937 !important; color:#e5e7eb !important; }
  .bm-muted { color:#9ca3af !important; }
  .bm-link { color:#93c5fd !important; }
  .bm-box { background:#111827 !important; color:#e5e7eb !important; border-color:#374151 !important; }
}
@media (max-width: 620px) { .bm-pad { padding-left:16px !important; padding-right:16px !important; } }
</style>`;

function renderBlock(block: EmailBlock, palette: EmailPalette): string {
  switch (block.type) {
    case "paragraph":
      return `<p style="margin:0 0 16px">${e(block.text)}</p>`;
    case "note":
      return `<p class="bm-muted" style="margin:0 0 16px;font-size:14px;color:#4b5563">${e(block.text)}</p>`;
    case "facts":
      return `<table role="presentation" cellpadding="0" cellspacing="0" border="0" style="margin:0 0 16px;font-size:15px">${block.rows
        .map((row) => `<tr><td class="bm-muted" style="padding:2px 16px 2px 0;color:#4b5563;vertical-align:top;white-space:nowrap">${e(row.label)}</td><td style="padding:2px 0;font-weight:600">${e(row.value)}</td></tr>`)
        .join("")}</table>`;
    case "markdown":
      return `<div style="margin:0 0 16px">${markdownToEmailHtml(block.markdown, palette.link)}</div>`;
    case "list":
      return `<p style="margin:0 0 4px;font-weight:600">${e(block.heading)}</p><ul style="margin:0 0 16px;padding-left:24px">${block.items.map((item) => `<li>${e(item)}</li>`).join("")}</ul>`;
    case "button": {
      const href = hrefOf(block.link);
      const address = block.showAddress
        ? `<p class="bm-muted" style="margin:0 0 16px;font-size:13px;color:#4b5563;word-break:break-all">If the button does not work, open this address: <a class="bm-link" style="color:${palette.link}" href="${href}">${href}</a></p>`
        : "";
      return `<table role="presentation" cellpadding="0" cellspacing="0" border="0" style="margin:8px 0 16px"><tr><td style="border-radius:6px;background:${palette.button}"><a href="${href}" style="display:inline-block;padding:12px 20px;border-radius:6px;background:${palette.button};color:${palette.buttonText};font-weight:600;text-decoration:none">${e(block.label)}</a></td></tr></table>${address}`;
    }
  }
}

// The logo sits beside the page's name, so the name is there even when a client blocks images.
function header(document: EmailDocument): string {
  const { pageName, logoUrl } = document.branding;
  const name = `<span style="font-size:15px;font-weight:600">${e(pageName)}</span>`;
  if (!logoUrl || !/^https?:\/\//i.test(logoUrl)) return `<p style="margin:0 0 20px">${name}</p>`;
  const logo = `<img src="${e(logoUrl)}" alt="${e(`${pageName} logo`)}" height="32" style="display:block;height:32px;width:auto;max-width:160px;border:0">`;
  return `<table role="presentation" cellpadding="0" cellspacing="0" border="0" style="margin:0 0 20px"><tr><td style="padding:0 12px 0 0;vertical-align:middle">${logo}</td><td style="vertical-align:middle">${name}</td></tr></table>`;
}

/** The whole HTML part, with the recipient's slots still open. */
export function renderHtml(document: EmailDocument): string {
  const palette = emailPalette(document.branding.accentColor);
  const body = document.blocks.map((block) => renderBlock(block, palette)).join("\n");
  return `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark"><meta name="supported-color-schemes" content="light dark">
<title>${e(document.subject)}</title>${DARK_MODE}</head>
<body class="bm-body" style="margin:0;padding:0;background:#f3f4f6">
<div style="display:none;max-height:0;overflow:hidden;mso-hide:all">${e(document.preheader)}</div>
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" class="bm-body" style="background:#f3f4f6"><tr><td align="center" style="padding:24px 8px">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="max-width:600px">
<tr><td class="bm-card bm-pad" style="background:#ffffff;color:#1f2937;border-top:4px solid ${palette.rule};border-radius:6px;padding:24px 32px 8px;font-family:${FONT};font-size:16px;line-height:1.5;text-align:left">
${header(document)}
<p class="bm-muted" style="margin:0 0 4px;font-size:14px;font-weight:600;text-transform:uppercase;letter-spacing:0.04em;color:#4b5563">${e(document.eyebrow)}</p>
<h1 style="margin:0 0 16px;font-size:22px;line-height:1.3">${e(document.title)}</h1>
${body}
</td></tr>
${htmlFooter(document, palette, FONT)}
</table></td></tr></table>
</body></html>
`;
}
