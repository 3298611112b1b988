import type { EmailPalette } from "./accent-colour";
import type { EmailDocument, EmailLink } from "./email-document";
import { slot } from "./email-template";
import { escapeHtml as e } from "./escape-html";

// Below the card: why this address gets the email, its manage and unsubscribe links, and
// where else to turn (the site itself, the page's support contact).

/** An href for a fixed link, or the recipient's slot (filled with an attribute-escaped URL). */
export function hrefOf(link: EmailLink): string {
  return "href" in link ? e(link.href) : slot(link.slot);
}

function siteLine(document: EmailDocument, link: string): string {
  const { siteUrl, support } = document.footer;
  const parts: string[] = [];
  if (siteUrl) parts.push(`${e(document.branding.pageName)}: <a class="bm-link" style="color:${link}" href="${e(siteUrl)}">${e(siteUrl)}</a>`);
  if (support) {
    const shown = support.kind === "text" ? e(support.value) : `<a class="bm-link" style="color:${link}" href="${e(support.href)}">${e(support.value)}</a>`;
    parts.push(`Support: ${shown}`);
  }
  return parts.length > 0 ? `<p style="margin:0 0 8px">${parts.join(" · ")}</p>` : "";
}

export function htmlFooter(document: EmailDocument, palette: EmailPalette, font: string): string {
  const { footer } = document;
  const reason = footer.showReason ? `<p style="margin:0 0 8px">${slot("reason")}</p>` : "";
  const links = footer.links.length
    ? `<p style="margin:0 0 8px">${footer.links
        .map(({ label, link }) => `<a class="bm-link" style="color:${palette.link}" href="${hrefOf(link)}">${e(label)}</a>`)
        .join(" · ")}</p>`
    : "";
  return `<tr><td class="bm-muted bm-pad" style="padding:16px 32px;font-family:${font};font-size:13px;line-height:1.5;color:#4b5563;text-align:left">
${reason}${links}${siteLine(document, palette.link)}<p style="margin:0">Sent by Beacon for ${e(document.branding.pageName)}.</p>
</td></tr>`;
}
