// The subscribers page's URL for a search, filter and page, leaving out what is empty.
export function subscribersHref(params: { q?: string; state?: string; page?: string | number; deleted?: string }): string {
  const search = new URLSearchParams();
  if (params.q) search.set("q", params.q);
  if (params.state) search.set("state", params.state);
  if (params.page && String(params.page) !== "1") search.set("page", String(params.page));
  if (params.deleted) search.set("deleted", params.deleted);
  const query = search.toString();
  return query ? `/admin/subscribers?${query}` : "/admin/subscribers";
}
