import { can } from "@/lib/auth/actor";
import { requireUser } from "@/web/session/request-session";
import { dashboardTitleTemplate } from "@/lib/status-page/page-title";
import { getPublicPage } from "@/lib/status-page/get-public-page";
import type { Metadata } from "next";
import Link from "next/link";
import { signOutAction } from "../actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: dashboardTitleTemplate((await getPublicPage()).name), robots: { index: false } };
}

export default async function SignedInLayout({ children }: { children: React.ReactNode }) {
  const user = await requireUser();
  // The bar spans a wider box than the content so the whole menu fits on one line at 1280 px;
  // a long address is cut short (in full on hover); on narrow screens the links wrap (issue 9:
  // the bar took three lines at 1280 px).
  return (
    <>
      <header className="border-b border-slate-200 dark:border-slate-800">
        <div className="mx-auto flex max-w-7xl flex-wrap items-center justify-between gap-x-4 gap-y-2 px-4 py-3 lg:flex-nowrap">
          <nav aria-label="Dashboard" className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm lg:shrink-0">
            <Link href="/admin" className="mr-1 text-base font-semibold">
              Beacon
            </Link>
            {[
              ["/admin/incidents/new", "New incident"],
              ["/admin/templates", "Templates"],
              ["/admin/components", "Components"],
              ["/admin/monitors", "Monitors"],
              ["/admin/maintenance", "Maintenance"],
              ["/admin/settings", "Settings"],
              ["/admin/users", "Users"],
              ["/admin/tokens", "API tokens"],
              ["/admin/audit", "Audit log"],
              // Subscriber addresses are personal data: owners and admins only.
              ...(can(user, "subscribers:manage") ? [["/admin/subscribers", "Subscribers"], ["/admin/outbox", "Outbox"]] : []),
              ...(can(user, "channels:manage") ? [["/admin/channels", "Channels"]] : []),
            ].map(([href = "", label]) => (
              <Link key={href} href={href} className="underline underline-offset-2">
                {label}
              </Link>
            ))}
            <Link href="/" className="underline underline-offset-2">
              Status page
            </Link>
          </nav>
          <div className="flex min-w-0 items-center gap-2 text-sm lg:justify-end">
            <span className="min-w-0 truncate text-slate-700 dark:text-slate-300" title={`${user.email} (${user.role})`}>
              {user.email} ({user.role})
            </span>
            <form action={signOutAction}>
              <button type="submit" className="rounded-md border border-slate-300 px-3 py-1 whitespace-nowrap dark:border-slate-600">
                Sign out
              </button>
            </form>
          </div>
        </div>
      </header>
      <main className="mx-auto max-w-5xl space-y-8 px-4 py-8">{children}</main>
    </>
  );
}
