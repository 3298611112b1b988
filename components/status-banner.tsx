import type { ComponentStatus } from "@/lib/components/status";
import type { Indicator, Rollup } from "@/lib/status-page/rollup";
import { StatusIcon } from "./status-icon";

// The first thing a visitor reads: one sentence for the whole page, with an icon whose shape
// (not only its colour) tells the severity.

const look: Record<Indicator, { icon: ComponentStatus; className: string }> = {
  none: { icon: "operational", className: "border-status-operational bg-status-operational/10" },
  minor: { icon: "degraded_performance", className: "border-status-degraded bg-status-degraded/10" },
  major: { icon: "partial_outage", className: "border-status-partial bg-status-partial/10" },
  critical: { icon: "major_outage", className: "border-status-major bg-status-major/10" },
  maintenance: { icon: "under_maintenance", className: "border-status-maintenance bg-status-maintenance/10" },
};

export function StatusBanner({ rollup, children }: { rollup: Rollup; children?: React.ReactNode }) {
  const { icon, className } = look[rollup.indicator];
  return (
    <section aria-labelledby="overall-status" className={`rounded-lg border-l-4 px-4 py-4 ${className}`}>
      <h2 id="overall-status" className="flex items-center gap-3 text-xl font-semibold">
        <StatusIcon status={icon} className="size-7" />
        {rollup.description}
      </h2>
      {children}
    </section>
  );
}
