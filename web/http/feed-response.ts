/** A 200 feed answer; no-cache so readers revalidate instead of showing a stale status. */
export function feedResponse(body: string, contentType: string): Response {
  return new Response(body, { status: 200, headers: { "Content-Type": contentType, "Cache-Control": "no-cache" } });
}
