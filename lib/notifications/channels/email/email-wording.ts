import { formatDateTime } from "../../../time/format-time";

// Beacon's own words for emails, kept apart from layout so both parts say the same thing.

const listFormat = new Intl.ListFormat("en", { style: "long", type: "conjunction" });

export function listNames(names: readonly string[]): string {
  return listFormat.format(names);
}

/** What a subscription covers, as the end of a sentence. */
export function subscriptionScope(pageName: string, componentNames: readonly string[] | null): string {
  if (componentNames === null) return `every incident and maintenance on ${pageName}`;
  if (componentNames.length === 0) return `the components you chose on ${pageName}`;
  return `incidents and maintenance affecting ${listNames(componentNames)} on ${pageName}`;
}

/**
 * Why a subscriber gets an incident email. `followed` is null for a whole-page subscription,
 * else the names of their chosen components that this incident affects.
 */
export function incidentReason(pageName: string, followed: readonly string[] | null): string {
  if (followed === null) return `You receive this because you subscribed to all status updates from ${pageName}.`;
  if (followed.length === 0) return `You receive this because you subscribed to ${pageName} status updates about the components you chose.`;
  return `You receive this because you subscribed to ${pageName} status updates about ${listNames(followed)}.`;
}

/**
 * "24 Nov 2026, 23:58 CET (24 Nov 2026, 22:58 UTC)": the page's zone, named, and UTC beside
 * it unless the page's zone already reads as UTC.
 */
export function zonedTime(date: Date, timeZone: string): string {
  const local = formatDateTime(date, timeZone);
  const utc = formatDateTime(date, "Etc/UTC");
  return local === utc ? local : `${local} (${utc})`;
}

/** A maintenance window in the page's zone, with UTC beside it. */
export function zonedWindow(from: Date, until: Date, timeZone: string): string {
  const local = `${formatDateTime(from, timeZone)} to ${formatDateTime(until, timeZone)}`;
  const utc = `${formatDateTime(from, "Etc/UTC")} to ${formatDateTime(until, "Etc/UTC")}`;
  return local === utc ? local : `${local} (${utc})`;
}
