import type { Metadata } from "next";
import Link from "next/link";
import { cache } from "react";
import { PublicPageScript } from "@/components/public-page-script";
import { publicTitleTemplate } from "@/lib/status-page/page-title";
import { getPublicPage } from "@/lib/status-page/get-public-page";

// The frame of every public page: the page's name and site, the feeds, and the note on which
// time zone the times are in (rewritten to the visitor's zone when JavaScript runs).

// The title and the frame share one read of the page per render.
const loadPage = cache(getPublicPage);

export async function generateMetadata(): Promise<Metadata> {
  return { title: publicTitleTemplate((await loadPage()).name) };
}

const hexColour = /^#[0-9a-f]{3}([0-9a-f]{3})?$/i;

export default async function PublicLayout({ children }: { children: React.ReactNode }) {
  const page = await loadPage();
  const accent = page.accentColor && hexColour.test(page.accentColor) ? page.accentColor : undefined;
  return (
    <div data-zone={page.timeZone} className="mx-auto flex min-h-screen max-w-3xl flex-col px-4">
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:rounded focus:bg-white focus:px-3 focus:py-2 focus:text-slate-900">
        Skip to content
      </a>
      <header className="flex flex-wrap items-center justify-between gap-3 pt-8 pb-6" style={accent ? { borderTop: `4px solid ${accent}` } : undefined}>
        <div className="flex items-center gap-3">
          {page.logoUrl && /^https?:\/\//.test(page.logoUrl) ? (
            // eslint-disable-next-line @next/next/no-img-element -- an external logo, no image optimisation wanted
            <img src={page.logoUrl} alt="" className="h-8 w-auto" />
          ) : null}
          <div>
            <p className="text-2xl font-semibold tracking-tight">
              <Link href="/">{page.name}</Link>
            </p>
            {page.siteUrl ? (
              <a className="text-sm text-slate-600 underline underline-offset-2 dark:text-slate-400" href={page.siteUrl}>
                Go to {page.siteUrl.replace(/^https?:\/\//, "").replace(/\/$/, "")}
              </a>
            ) : null}
          </div>
        </div>
        <nav aria-label="Status page" className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
          <a className="font-semibold underline underline-offset-2" href="/subscribe">
            Subscribe to updates
          </a>
          <a className="underline underline-offset-2" href="/history">
            History
          </a>
          <a className="underline underline-offset-2" href="/history.atom">
            Atom feed
          </a>
          <a className="underline underline-offset-2" href="/history.rss">
            RSS
          </a>
        </nav>
      </header>
      <main id="main" className="flex-1 space-y-8 pb-10">
        {children}
      </main>
      <footer className="border-t border-slate-200 py-6 text-sm text-slate-600 dark:border-slate-800 dark:text-slate-400">
        {/* One text node the script may replace before hydration: see LocalTime. */}
        <p id="tz-note" suppressHydrationWarning>{`Times are shown in the page's time zone (${page.timeZone}).`}</p>
        <p className="mt-1">
          Machine-readable status: <a className="underline underline-offset-2" href="/api/v2/summary.json">/api/v2/summary.json</a>
          {" · "}Powered by Beacon
        </p>
      </footer>
      <PublicPageScript />
    </div>
  );
}
