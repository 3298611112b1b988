// How a failure is written down: in logs and in the dashboard's error column. Addresses must
// not reach either: servers quote them in replies.

const ADDRESS = /<?[^\s<>@"']+@[^\s<>@"']+>?/g;

/** One line, at most 300 characters, with every email address replaced. */
export function describeFailure(text: string): string {
  const line = text.replace(/\s+/g, " ").replace(ADDRESS, "<address>").trim();
  return line.length > 300 ? `${line.slice(0, 297)}...` : line;
}
