import { databaseUnavailable } from "@/lib/database/database-unavailable";
import { isExpectedError } from "@/lib/errors";
import { UNSUBSCRIBE_BODY_LIMIT } from "@/web/http/body-limits";
import { BodyTooLargeError, readLimitedBody } from "@/web/http/read-limited-body";
import { log } from "@/lib/log";
import { unsubscribe } from "@/lib/subscribers/unsubscribe";

// One-click unsubscribe (RFC 8058): mail providers POST `List-Unsubscribe=One-Click` to the
// List-Unsubscribe URL, without cookies and from their own servers. A route handler, not a
// server action, so Next's same-origin check for actions does not apply. A GET (a person or a
// link scanner opening the URL) never unsubscribes: it leads to the manage page, which asks.

export const dynamic = "force-dynamic";

const headers = { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store", "X-Robots-Tag": "noindex" };

function text(status: number, body: string, extra: Record<string, string> = {}): Response {
  return new Response(`${body}\n`, { status, headers: { ...headers, ...extra } });
}

/**
 * Whether the body is the one RFC 8058 prescribes, as form data of either encoding. Read
 * through the shared limited reader: the URL is public, so its body must never be buffered whole.
 */
async function isOneClickBody(request: Request): Promise<boolean> {
  const bytes = await readLimitedBody(request, UNSUBSCRIBE_BODY_LIMIT);
  const contentType = request.headers.get("content-type") ?? "";
  if (contentType.toLowerCase().startsWith("multipart/form-data")) {
    const form = await new Response(bytes, { headers: { "Content-Type": contentType } }).formData().catch(() => null);
    return form?.get("List-Unsubscribe") === "One-Click";
  }
  // urlencoded, or no or another content type: read it as urlencoded all the same.
  const body = new TextDecoder().decode(bytes);
  return new URLSearchParams(body.trim()).get("List-Unsubscribe") === "One-Click";
}

export async function POST(request: Request): Promise<Response> {
  const token = new URL(request.url).searchParams.get("token");
  let isOneClick: boolean;
  try {
    isOneClick = await isOneClickBody(request);
  } catch (error) {
    if (error instanceof BodyTooLargeError) return text(413, `${error.message}; the one-click body is List-Unsubscribe=One-Click.`);
    throw error;
  }
  if (!isOneClick) {
    return text(400, "Expected the body List-Unsubscribe=One-Click (RFC 8058). To manage your subscription, open this link in a browser.");
  }
  try {
    await unsubscribe({ token });
  } catch (error) {
    if (isExpectedError(error)) return text(400, error.message);
    // Mail providers retry a 503 that says when; so can a person.
    const unavailable = databaseUnavailable(error);
    if (unavailable) return text(503, unavailable.message, { "Retry-After": String(unavailable.retryAfterSeconds) });
    log.error("one-click unsubscribe failed", { error: error instanceof Error ? error.message.split("\n")[0] : String(error) });
    return text(503, "Unsubscribing failed on our side; nothing was changed. Please try again later.");
  }
  return text(200, "You are unsubscribed and will get no more updates from this status page.");
}

export function GET(request: Request): Response {
  const token = new URL(request.url).searchParams.get("token") ?? "";
  // A relative Location: correct behind any proxy, whatever Host the request came with.
  return new Response(null, {
    status: 303,
    headers: { Location: `/subscribe/manage?token=${encodeURIComponent(token)}`, "Cache-Control": "no-store" },
  });
}
