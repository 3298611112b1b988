// A badge comes in two variants: the default for light backgrounds, and `?theme=dark` with a
// darker label for dark ones. Any other query is ignored, so the snapshot keeps two keys, not one
// per cache-buster (server/snapshot/public-paths.ts reads the query with this same rule).

export type BadgeTheme = "light" | "dark";

export function badgeTheme(query: URLSearchParams): BadgeTheme {
  return query.get("theme") === "dark" ? "dark" : "light";
}
