import { type NextRequest, NextResponse } from "next/server";
import { SESSION_COOKIE, slidSessionCookie } from "./web/session/session-cookie";

// Sessions slide (14 days from last use, in the database) but a cookie's expiry is fixed when
// it is set, and Next lets only proxy, actions and route handlers set one: so each dashboard
// page load sets it again, with the expiry a session used now has.
//
// Only full page loads: the router's background requests (prefetches, RSC fetches) can still be
// in flight when the browser's cookie changes (sign-in as someone else in another tab), and
// their answer would put the old session's cookie back.

export function proxy(request: NextRequest): NextResponse {
  const response = NextResponse.next();
  if (request.method !== "GET") return response;
  const cookie = slidSessionCookie(request.cookies.get(SESSION_COOKIE)?.value);
  if (cookie) response.cookies.set(cookie);
  return response;
}

export const config = {
  // Dashboard page loads that carry the cookie. Not server actions or other requests with a
  // body (sign-out deletes the cookie and must not see it set again; and Next copies a body
  // that passes through here into memory).
  matcher: [
    {
      source: "/admin/:path*",
      has: [{ type: "cookie", key: "beacon_session" }], // SESSION_COOKIE: Next reads this config statically
      missing: [
        { type: "header", key: "next-action" },
        { type: "header", key: "rsc" },
        { type: "header", key: "next-router-prefetch" },
        { type: "header", key: "sec-purpose" },
        { type: "header", key: "content-type" },
        { type: "header", key: "content-length" },
        { type: "header", key: "transfer-encoding" },
      ],
    },
  ],
};
