import { lookup } from "node:dns/promises";
import { isIP } from "node:net";
import { classifyAddress } from "../../../net/address-class";
import { EndpointRefusedError, EndpointTimeoutError } from "./http-errors";

// Resolves a webhook's host once, at send time, and checks every address it resolves to. The
// request then connects to the address checked here (post-webhook.ts pins it), so a name that
// resolves differently a moment later (DNS rebinding) cannot lead the request elsewhere.

export type ResolvedEndpoint = { url: URL; address: string; family: 4 | 6 };

export type ResolveOptions = { allowPrivate: boolean; timeoutMs?: number };

const ALLOW_HINT = "set BEACON_ALLOW_PRIVATE_WEBHOOKS=true to allow private endpoints";

// A lookup cannot be cancelled, but the send need not wait for a resolver that does not answer.
function lookupWithin(host: string, timeoutMs: number) {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new EndpointTimeoutError(timeoutMs)), timeoutMs);
  });
  return Promise.race([lookup(host, { all: true, verbatim: true }), late]).finally(() => clearTimeout(timer));
}

export async function resolveEndpoint(endpoint: string, { allowPrivate, timeoutMs = 10_000 }: ResolveOptions): Promise<ResolvedEndpoint> {
  let url: URL;
  try {
    url = new URL(endpoint);
  } catch {
    throw new EndpointRefusedError("the endpoint is not a URL");
  }
  // Plain http is for receivers inside one's own network only, the same switch as private addresses.
  if (url.protocol !== "https:" && !(allowPrivate && url.protocol === "http:")) {
    throw new EndpointRefusedError(`the endpoint must be https:// (got ${url.protocol}//)`);
  }
  const host = url.hostname.replace(/^\[|\]$/g, "");
  const literal = isIP(host);
  const addresses = literal ? [{ address: host, family: literal }] : await lookupWithin(host, timeoutMs);
  if (addresses.length === 0) throw new Error(`${host} has no address`);
  if (!allowPrivate) {
    for (const { address } of addresses) {
      const kind = classifyAddress(address);
      if (kind !== "public") throw new EndpointRefusedError(`${host} resolves to a ${kind} address (${address}); ${ALLOW_HINT}`);
    }
  }
  const first = addresses[0]!;
  return { url, address: first.address, family: first.family === 6 ? 6 : 4 };
}
