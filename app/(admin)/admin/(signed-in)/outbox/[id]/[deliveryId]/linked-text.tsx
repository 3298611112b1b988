// The plain-text part of an email with its web addresses made into links, so a webmaster
// without SMTP can follow a confirmation link from here. Only http(s) becomes a link.

const url = /https?:\/\/[^\s<>"]+/g;

export function LinkedText({ text }: { text: string }) {
  const parts: React.ReactNode[] = [];
  let last = 0;
  for (const match of text.matchAll(url)) {
    // A sentence's closing punctuation is not part of the address.
    const href = match[0].replace(/[.,;:!?)\]]+$/, "");
    parts.push(text.slice(last, match.index));
    parts.push(
      <a key={match.index} href={href} className="break-all underline underline-offset-2">
        {href}
      </a>,
    );
    last = match.index + href.length;
  }
  parts.push(text.slice(last));
  return <pre className="overflow-x-auto font-mono text-sm whitespace-pre-wrap break-words">{parts}</pre>;
}
