// The answer for /index.md and /llms.txt when the app renders them; visitors normally get the
// snapshot's copy. no-cache, as for the feeds: a reader revalidates rather than trust old status.
export function textResponse(body: string, contentType: string): Response {
  return new Response(body, { status: 200, headers: { "Content-Type": contentType, "Cache-Control": "no-cache" } });
}
