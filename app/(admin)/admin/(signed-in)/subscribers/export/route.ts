import { can } from "@/lib/auth/actor";
import { requireUser } from "@/web/session/request-session";
import { DEFAULT_PAGE_ID } from "@/lib/pages/default-page";
import { exportSubscribersCsv } from "@/lib/subscribers/export-subscribers";

export const dynamic = "force-dynamic";

// GET /admin/subscribers/export: every subscriber as a CSV download, streamed from lib.
export async function GET(): Promise<Response> {
  const user = await requireUser();
  // lib refuses too; answering here gives a readable 403 instead of an error page.
  if (!can(user, "subscribers:manage")) {
    return new Response("Only owners and admins can export subscribers.\n", { status: 403, headers: { "content-type": "text/plain; charset=utf-8" } });
  }
  const day = new Date().toISOString().slice(0, 10);
  return new Response(exportSubscribersCsv(user, { pageId: DEFAULT_PAGE_ID }), {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="subscribers-${day}.csv"`,
      // Personal data: no copies in shared caches or the browser's cache.
      "cache-control": "no-store",
    },
  });
}
