import type { ComponentStatus } from "@/lib/components/status";
import { type Indicator, pageHeadline, type Rollup } from "@/lib/status-page/rollup";
import { StatusIcon } from "./status-icon";

// The first thing a visitor reads: one sentence for the whole page, with an icon whose shape
// (not only its colour) tells the severity. A page with nothing listed gets neither colour nor icon.

const look: Record<Indicator, { icon: ComponentStatus; className: string }> = {
  none: { icon: "operational", className: "border-status-operational bg-status-operational/10" },
  minor: { icon: "degraded_performance", className: "border-status-degraded bg-status-degraded/10" },
  major: { icon: "partial_outage", className: "border-status-partial bg-status-partial/10" },
  critical: { icon: "major_outage", className: "border-status-major bg-status-major/10" },
  maintenance: { icon: "under_maintenance", className: "border-status-maintenance bg-status-maintenance/10" },
};

const EMPTY_LOOK = "border-slate-400 bg-slate-500/10 dark:border-slate-500";

export function StatusBanner({ rollup, listedComponents, children }: { rollup: Rollup; listedComponents: number; children?: React.ReactNode }) {
  const headline = pageHeadline(rollup, listedComponents);
  const empty = headline !== rollup.description;
  const { icon, className } = look[rollup.indicator];
  return (
    <section aria-labelledby="overall-status" className={`rounded-lg border-l-4 px-4 py-4 ${empty ? EMPTY_LOOK : className}`}>
      <h2 id="overall-status" className="flex items-center gap-3 text-xl font-semibold">
        {empty ? null : <StatusIcon status={icon} className="size-7" />}
        {headline}
      </h2>
      {empty ? <p className="mt-1 text-slate-700 dark:text-slate-300">Once services are added, their status will show here.</p> : null}
      {children}
    </section>
  );
}
