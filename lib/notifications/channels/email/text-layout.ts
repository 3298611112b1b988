import type { EmailBlock, EmailDocument, EmailLink } from "./email-document";
import { slot } from "./email-template";
import { cleanText } from "./escape-html";
import { markdownToPlainText } from "../../../markdown/render-markdown";

// The plain-text part: the same document as the HTML, every link written out in full, so a
// text-only client (or a reader that prefers it) misses nothing.

function address(link: EmailLink): string {
  return "href" in link ? link.href : slot(link.slot);
}

function renderBlock(block: EmailBlock): string {
  switch (block.type) {
    case "paragraph":
    case "note":
      return cleanText(block.text);
    case "facts": {
      const width = Math.max(...block.rows.map((row) => row.label.length));
      return block.rows.map((row) => `${`${row.label}:`.padEnd(width + 2)}${cleanText(row.value)}`).join("\n");
    }
    case "markdown":
      return cleanText(markdownToPlainText(block.markdown));
    case "list":
      return [`${block.heading}:`, ...block.items.map((item) => `- ${cleanText(item)}`)].join("\n");
    case "button":
      return `${block.label}:\n${address(block.link)}`;
  }
}

function footer(document: EmailDocument): string {
  const { footer: parts, branding } = document;
  const lines: string[] = [];
  if (parts.showReason) lines.push(slot("reason"));
  for (const { label, link } of parts.links) lines.push(`${label}: ${address(link)}`);
  if (parts.siteUrl) lines.push(`${cleanText(branding.pageName)}: ${parts.siteUrl}`);
  if (parts.support) lines.push(`Support: ${cleanText(parts.support.value)}`);
  lines.push(`Sent by Beacon for ${cleanText(branding.pageName)}.`);
  return lines.join("\n");
}

/** The whole plain-text part, with the recipient's slots still open. */
export function renderText(document: EmailDocument): string {
  const title = cleanText(document.title);
  const head = [`${cleanText(document.branding.pageName)} · ${document.eyebrow}`, "", title, "=".repeat(Math.min(60, Math.max(3, title.length)))];
  const blocks = document.blocks.map(renderBlock).filter((text) => text.trim() !== "");
  return `${[head.join("\n"), ...blocks, `-- \n${footer(document)}`].join("\n\n")}\n`;
}
