import type { CheckPoint } from "@/lib/monitors/list-monitor-summaries";

// The latest checks as bars, oldest first: height is the response time, a failed check is a full-height red
// bar (amber when degraded). The same facts are in the text beside it, so colour is not the
// only way to tell.

const WIDTH = 180;
const HEIGHT = 32;

export function sparklineSummary(checks: CheckPoint[]): string {
  if (checks.length === 0) return "No checks yet.";
  const failed = checks.filter((check) => check.outcome !== "up").length;
  const good = checks.filter((check) => check.outcome === "up");
  const average = good.length ? Math.round(good.reduce((sum, check) => sum + check.totalMs, 0) / good.length) : null;
  const parts = [`Last ${checks.length} checks: ${failed === 0 ? "all up" : `${failed} failed`}`];
  if (average !== null) parts.push(`${average.toLocaleString("en")} ms on average when up`);
  return `${parts.join(", ")}.`;
}

export function Sparkline({ checks }: { checks: CheckPoint[] }) {
  if (checks.length === 0) return null;
  const slowest = Math.max(1, ...checks.map((check) => check.totalMs));
  const step = WIDTH / Math.max(checks.length, 30);
  // The latest check at the right end, as on the public chart, whatever their number.
  const offset = WIDTH - checks.length * step;
  return (
    <svg width={WIDTH} height={HEIGHT} viewBox={`0 0 ${WIDTH} ${HEIGHT}`} aria-hidden="true" className="shrink-0">
      {checks.map((check, index) => {
        const failed = check.outcome === "down";
        const height = failed ? HEIGHT : Math.max(2, (check.totalMs / slowest) * HEIGHT);
        const colour = failed ? "fill-red-600 dark:fill-red-400" : check.outcome === "degraded" ? "fill-amber-500" : "fill-slate-400 dark:fill-slate-500";
        return <rect key={check.id} x={offset + index * step} y={HEIGHT - height} width={Math.max(1, step - 1)} height={height} className={colour} />;
      })}
    </svg>
  );
}
