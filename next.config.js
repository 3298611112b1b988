// Headers for everything Next answers (the dashboard, the APIs, pages not yet in the
// snapshot). Snapshot responses carry their own, stricter policy (server/snapshot/).
const securityHeaders = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  {
    key: "Content-Security-Policy",
    value: [
      "default-src 'self'",
      // Next's runtime bootstraps with inline scripts.
      "script-src 'self' 'unsafe-inline'",
      "style-src 'self' 'unsafe-inline'",
      "img-src 'self' data: https:",
      "connect-src 'self'",
      "object-src 'none'",
      "base-uri 'none'",
      "form-action 'self'",
      "frame-ancestors 'none'",
    ].join("; "),
  },
];

/** @type {import('next').NextConfig} */
const nextConfig = {
  // Native and driver packages stay outside the bundle and load from node_modules.
  serverExternalPackages: ["better-sqlite3", "pg", "@prisma/adapter-better-sqlite3", "@prisma/adapter-pg", "@node-rs/argon2"],
  poweredByHeader: false,
  // The same cap as FORM_BODY_LIMIT in web/http/body-limits.ts (a unit test keeps them equal):
  // Next's default is 1 MB, four times what Beacon's longest form needs.
  experimental: { serverActions: { bodySizeLimit: "256kb" } },
  reactStrictMode: true,
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders }];
  },
};

export default nextConfig;
