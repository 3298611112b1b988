import { getEnv } from "../../../env";
import { createAgentPool } from "./address-agents";
import { type Answer, postJson } from "./post-json";
import { resolveEndpoint } from "./resolve-endpoint";

// How every HTTP channel (webhooks, Slack, Discord, Teams) posts: the address checked after
// DNS at send time, kept-alive connections per checked address, one time budget for the lookup
// and the request together.

export type HttpSenderSettings = {
  /** Defaults to BEACON_ALLOW_PRIVATE_WEBHOOKS. */
  allowPrivate?: boolean;
  timeoutMs?: number;
  /** Requests in flight at once (the channel's concurrency). */
  concurrency?: number;
};

export type HttpSender = {
  concurrency: number;
  post(url: string, body: string, headers: Record<string, string>): Promise<Answer>;
  close(): void;
};

const DEFAULT_TIMEOUT_MS = 10_000;

/** "HTTP 200: ok": an answer as the dashboard shows it. */
export function describeAnswer({ status, text }: Answer): string {
  return text ? `HTTP ${status}: ${text}` : `HTTP ${status}`;
}

export function createHttpSender(settings: HttpSenderSettings = {}): HttpSender {
  const allowPrivate = settings.allowPrivate ?? getEnv().BEACON_ALLOW_PRIVATE_WEBHOOKS;
  const timeoutMs = settings.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const concurrency = settings.concurrency ?? 20;
  // As many connections per address as requests in flight: none waits for a socket.
  const agents = createAgentPool({ maxSocketsPerAddress: concurrency });
  return {
    concurrency,
    async post(url, body, headers) {
      const started = Date.now();
      const target = await resolveEndpoint(url, { allowPrivate, timeoutMs });
      const left = Math.max(1, timeoutMs - (Date.now() - started));
      return postJson({ target, body, headers: { "User-Agent": "Beacon/1", ...headers }, agent: agents.agentFor(target), timeoutMs: left });
    },
    close: () => agents.destroy(),
  };
}
