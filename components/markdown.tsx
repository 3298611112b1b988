import { renderMarkdown } from "@/lib/markdown/render-markdown";

// Incident messages are markdown written by webmasters. renderMarkdown escapes raw HTML and
// drops unsafe links, so its output is safe to insert.
export function Markdown({ text, className = "" }: { text: string; className?: string }) {
  return <div className={`markdown ${className}`} dangerouslySetInnerHTML={{ __html: renderMarkdown(text) }} />;
}
