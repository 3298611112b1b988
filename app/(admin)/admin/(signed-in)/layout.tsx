import { can } from "@/lib/auth/actor";
import { requireUser } from "@/lib/auth/request-session";
import { dashboardTitleTemplate } from "@/lib/status-page/page-title";
import { getPublicPage } from "@/lib/status-page/v2/get-public-page";
import type { Metadata } from "next";
import Link from "next/link";
import { signOutAction } from "../actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: dashboardTitleTemplate((await getPublicPage()).name), robots: { index: false } };
}

export default async function SignedInLayout({ children }: { children: React.ReactNode }) {
  const user = await requireUser();
  return (
    <div className="mx-auto max-w-5xl px-4">
      <header className="flex flex-wrap items-center justify-between gap-3 border-b border-slate-200 py-4 dark:border-slate-800">
        <nav aria-label="Dashboard" className="flex flex-wrap items-center gap-4">
          <Link href="/admin" className="text-lg font-semibold">
            Beacon
          </Link>
          {[
            ["/admin/incidents/new", "New incident"],
            ["/admin/templates", "Templates"],
            ["/admin/components", "Components"],
            ["/admin/maintenance", "Maintenance"],
            ["/admin/settings", "Settings"],
            ["/admin/users", "Users"],
            ["/admin/tokens", "API tokens"],
            ["/admin/audit", "Audit log"],
            // Subscriber addresses are personal data: owners and admins only.
            ...(can(user, "subscribers:manage") ? [["/admin/subscribers", "Subscribers"], ["/admin/outbox", "Outbox"]] : []),
          ].map(([href = "", label]) => (
            <Link key={href} href={href} className="text-sm underline underline-offset-2">
              {label}
            </Link>
          ))}
          <Link href="/" className="text-sm underline underline-offset-2">
            View status page
          </Link>
        </nav>
        <div className="flex items-center gap-3 text-sm">
          <span>
            {user.email} ({user.role})
          </span>
          <form action={signOutAction}>
            <button type="submit" className="rounded-md border border-slate-300 px-3 py-1 dark:border-slate-600">
              Sign out
            </button>
          </form>
        </div>
      </header>
      <main className="space-y-8 py-8">{children}</main>
    </div>
  );
}
