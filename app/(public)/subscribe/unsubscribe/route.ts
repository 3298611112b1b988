import { isExpectedError } from "@/lib/errors";
import { log } from "@/lib/log";
import { unsubscribe } from "@/lib/subscribers/unsubscribe";

// One-click unsubscribe (RFC 8058): mail providers POST `List-Unsubscribe=One-Click` to the
// List-Unsubscribe URL, without cookies and from their own servers. A route handler, not a
// server action, so Next's same-origin check for actions does not apply. A GET (a person or a
// link scanner opening the URL) never unsubscribes: it leads to the manage page, which asks.

export const dynamic = "force-dynamic";

const headers = { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store", "X-Robots-Tag": "noindex" };

function text(status: number, body: string): Response {
  return new Response(`${body}\n`, { status, headers });
}

/** Whether the body is the one RFC 8058 prescribes, as form data of either encoding. */
async function isOneClickBody(request: Request): Promise<boolean> {
  try {
    const form = await request.clone().formData();
    return form.get("List-Unsubscribe") === "One-Click";
  } catch {
    // No or another content type: read it as a urlencoded body all the same.
    const body = await request.text().catch(() => "");
    return new URLSearchParams(body.trim()).get("List-Unsubscribe") === "One-Click";
  }
}

export async function POST(request: Request): Promise<Response> {
  const token = new URL(request.url).searchParams.get("token");
  if (!(await isOneClickBody(request))) {
    return text(400, "Expected the body List-Unsubscribe=One-Click (RFC 8058). To manage your subscription, open this link in a browser.");
  }
  try {
    await unsubscribe({ token });
  } catch (error) {
    if (isExpectedError(error)) return text(400, error.message);
    log.error("one-click unsubscribe failed", { error: error instanceof Error ? error.message.split("\n")[0] : String(error) });
    return text(503, "Unsubscribing failed on our side; nothing was changed. Please try again later.");
  }
  return text(200, "You are unsubscribed and will get no more emails.");
}

export function GET(request: Request): Response {
  const token = new URL(request.url).searchParams.get("token") ?? "";
  // A relative Location: correct behind any proxy, whatever Host the request came with.
  return new Response(null, {
    status: 303,
    headers: { Location: `/subscribe/manage?token=${encodeURIComponent(token)}`, "Cache-Control": "no-store" },
  });
}
