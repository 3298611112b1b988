import { NEXT_CONTENT_SECURITY_POLICY } from "./web/http/content-security-policy.js";

// Headers for everything Next answers (the dashboard, the APIs, pages not yet in the
// snapshot). Snapshot responses carry their own, stricter policy (server/snapshot/); both
// come from web/http/content-security-policy.js.
const securityHeaders = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "Content-Security-Policy", value: NEXT_CONTENT_SECURITY_POLICY },
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
