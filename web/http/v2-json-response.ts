// Statuspage's API is read by browser widgets on other sites, hence the open CORS header.
// no-cache: pollers must revalidate rather than show a stale status.
const headers = {
  "Content-Type": "application/json; charset=utf-8",
  "Access-Control-Allow-Origin": "*",
  "Cache-Control": "no-cache",
};

/** A 200 JSON answer for a public /api/v2 endpoint. */
export function v2JsonResponse(body: unknown): Response {
  return new Response(JSON.stringify(body), { status: 200, headers });
}
