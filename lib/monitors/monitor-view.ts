import "server-only";
import type { Monitor } from "../../generated/sqlite/client/client.ts";
import { openSecret, sealSecret } from "../secrets/secret-box";

// A monitor as the dashboard and the API show it: everything but its header values (an
// Authorization header is a credential), whose names alone are shown, and a heartbeat's hash.

export type MonitorView = Omit<Monitor, "sealedHeaders" | "claimedUntil" | "pageId" | "heartbeatHash"> & { headerNames: string[] };

/** Header values are sealed as one JSON object; none at all is stored as null. */
export async function sealHeaders(headers: Record<string, string>): Promise<string | null> {
  return Object.keys(headers).length ? sealSecret("monitor-headers", JSON.stringify(headers)) : null;
}

/** The headers to send; {} when there are none, or when they were sealed with another instance secret. */
export async function openHeaders(sealed: string | null): Promise<Record<string, string>> {
  if (!sealed) return {};
  const plain = await openSecret("monitor-headers", sealed);
  return plain ? (JSON.parse(plain) as Record<string, string>) : {};
}

export async function toMonitorView(row: Monitor): Promise<MonitorView> {
  const { sealedHeaders, claimedUntil: _claim, pageId: _page, heartbeatHash: _hash, ...monitor } = row;
  return { ...monitor, headerNames: Object.keys(await openHeaders(sealedHeaders)) };
}
