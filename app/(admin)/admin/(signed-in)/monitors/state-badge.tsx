import type { MonitorSummary } from "@/lib/monitors/list-monitor-summaries";

// A monitor's state in words, with a mark that does not rely on colour.

const LABELS = { up: ["✓", "Up"], degraded: ["◐", "Degraded"], down: ["✕", "Down"], unknown: ["?", "Not checked yet"] } as const;
const COLOURS = {
  up: "border-green-700 text-green-800 dark:border-green-400 dark:text-green-300",
  degraded: "border-amber-600 text-amber-800 dark:border-amber-400 dark:text-amber-300",
  down: "border-red-700 text-red-800 dark:border-red-400 dark:text-red-300",
  unknown: "border-slate-400 text-slate-700 dark:text-slate-300",
} as const;

export function MonitorStateBadge({ monitor }: { monitor: Pick<MonitorSummary, "state" | "paused"> }) {
  if (monitor.paused) return <span className="rounded border border-slate-400 px-1.5 py-0.5 text-xs font-medium text-slate-700 dark:text-slate-300">‖ Paused</span>;
  const [mark, label] = LABELS[monitor.state];
  return (
    <span className={`rounded border px-1.5 py-0.5 text-xs font-medium ${COLOURS[monitor.state]}`}>
      <span aria-hidden="true">{mark}</span> {label}
    </span>
  );
}
