import type { UptimeBarDay } from "@/lib/status-page/load-status-page";
import { formatUptime } from "@/lib/status-page/uptime";
import { formatDate } from "@/lib/time/format-time";
import { startOfDay } from "@/lib/time/zoned-days";

// Ninety days, one bar each. Each bar carries its day's text (date, uptime, incidents) for
// screen readers and shows it on hover or focus. Only today's bar is a tab stop; the arrow keys
// move between days (roving focus, in the page script), so the bars are not 90 tab stops.

const tone: Record<string, string> = {
  none: "bg-slate-300 dark:bg-slate-700",
  operational: "bg-status-operational",
  under_maintenance: "bg-status-maintenance",
  degraded_performance: "bg-status-degraded",
  partial_outage: "bg-status-partial",
  major_outage: "bg-status-major",
};

// Short slanted marks on bad days, so a day's severity also shows without colour.
const pattern: Record<string, string> = {
  partial_outage: "bg-[repeating-linear-gradient(135deg,transparent_0_3px,rgb(255_255_255/0.45)_3px_5px)]",
  major_outage: "bg-[repeating-linear-gradient(135deg,transparent_0_2px,rgb(255_255_255/0.6)_2px_4px)]",
};

function describe(day: UptimeBarDay, timeZone: string): string {
  const date = formatDate(startOfDay(day.date, timeZone), timeZone);
  if (day.uptime === null) return `${date}: no data`;
  const incidents = day.incidents.length > 0 ? ` Incidents: ${day.incidents.map((i) => i.name).join("; ")}.` : " No incidents.";
  return `${date}: ${formatUptime(day.uptime)} uptime.${incidents}`;
}

export function UptimeBar({ days, label, timeZone }: { days: UptimeBarDay[]; label: string; timeZone: string }) {
  return (
    <ol aria-label={label} className="uptime mt-2 flex h-8 items-stretch gap-px">
      {days.map((day, index) => {
        const worst = day.worst ?? "none";
        // Degraded-only and maintenance days still count as up; show them as such.
        const key = day.uptime !== null && day.uptime >= 100 && worst !== "degraded_performance" && worst !== "under_maintenance" ? "operational" : worst;
        return (
          <li
            key={day.date}
            tabIndex={index === days.length - 1 ? 0 : -1}
            className={`relative flex-1 rounded-[1px] outline-offset-1 ${tone[key] ?? tone.none} ${pattern[key] ?? ""}`}
          >
            <span className={`day-tip ${index < 12 ? "day-tip-start" : index > days.length - 13 ? "day-tip-end" : ""}`}>
              {describe(day, timeZone)}
            </span>
          </li>
        );
      })}
    </ol>
  );
}
