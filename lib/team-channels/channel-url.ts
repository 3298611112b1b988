import { createHash } from "node:crypto";
import { ValidationError } from "../errors";
import { checkWebhookHost } from "../subscribers/webhook-endpoint-host";
import type { TeamChannelKind } from "./schemas";

// A team channel's URL. A chat's incoming-webhook URL is a credential (whoever has it can post
// to the channel), so it is stored sealed and shown only as its start; a JSON webhook's URL is
// not (its signature is the credential) and is kept as it is, as a visitor's webhook is.

const EXAMPLES: Record<TeamChannelKind, string> = {
  slack: "https://hooks.slack.com/services/…",
  discord: "https://discord.com/api/webhooks/…",
  teams: "the URL of a Teams workflow “When a Teams webhook request is received”",
  webhook: "https://example.com/hooks/status",
};

/** The URL checked: https (http only to a private receiver when allowed), no credentials, a public host. */
export function checkChannelUrl(kind: TeamChannelKind, value: string, allowPrivate: boolean): URL {
  const refuse = (message: string) => new ValidationError(`url ${message}`, { url: message });
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw refuse(`Paste the whole URL, such as ${EXAMPLES[kind]}.`);
  }
  if (url.protocol !== "https:" && !(allowPrivate && url.protocol === "http:")) throw refuse(`The URL must start with https:// (got ${url.protocol}//).`);
  if (url.username || url.password) throw refuse("The URL must not contain a user name or password.");
  const hostProblem = checkWebhookHost(url.href, allowPrivate);
  if (hostProblem) throw refuse(hostProblem);
  return url;
}

/**
 * What the row's endpoint column holds: the URL for a JSON webhook; for a chat, its origin
 * and first path segments and a short digest, which tells two URLs apart (and the same URL
 * twice) without revealing either.
 */
export function storedEndpoint(kind: TeamChannelKind, url: URL): string {
  if (kind === "webhook") return url.href;
  const digest = createHash("sha256").update(url.href).digest("hex").slice(0, 8);
  const start = url.pathname.split("/").filter(Boolean).slice(0, 2).join("/");
  return `${url.origin}/${start}${start ? "/" : ""}…#${digest}`;
}
