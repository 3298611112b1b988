import { classifyAddress } from "../net/address-class";

// What the subscribe form can tell about an endpoint's host before any DNS: a literal address
// on loopback, a private network or the metadata service is refused now rather than at every
// send. Names are checked again after DNS at send time (the webhook channel), so this is the
// early, clear message, not the only guard.

const KIND_WORDS: Record<string, string> = {
  unspecified: "an unspecified address",
  loopback: "a loopback address (this machine)",
  private: "a private network address",
  shared: "a carrier-grade NAT address",
  "link-local": "a link-local address",
  metadata: "a cloud metadata address",
  "unique-local": "a private (unique-local) IPv6 address",
  multicast: "a multicast address",
  reserved: "a reserved address",
};

export const TEAM_CHANNEL_ENDPOINT = "This endpoint is set up as a team channel on the dashboard; change it there.";

/** Null when the host may be used; else the message for the endpoint field. */
export function checkWebhookHost(endpoint: string, allowPrivate: boolean): string | null {
  let host: string;
  try {
    host = new URL(endpoint).hostname.toLowerCase();
  } catch {
    return "Enter a URL such as https://example.com/hooks/status.";
  }
  const bare = host.replace(/^\[|\]$/g, "");
  const kind = classifyAddress(bare);
  if (kind === "invalid") {
    const name = bare.replace(/\.$/, "");
    if (name === "localhost" || name.endsWith(".localhost")) return allowPrivate ? null : "This URL points at this machine (localhost); use an address reachable on the internet.";
    // "intranet" or "my-server": not a name the internet can resolve.
    if (!name.includes(".") || /^\d+$/.test(name.split(".").pop() ?? "")) return "Enter a URL with a full host name, such as https://hooks.example.com/status.";
    return null;
  }
  if (kind === "public" || allowPrivate) return null;
  return `This URL points at ${KIND_WORDS[kind] ?? "an address that is not public"}; webhooks go only to public internet addresses.`;
}
