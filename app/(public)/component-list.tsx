import { StatusIcon } from "@/components/status-icon";
import { componentStatusLabel } from "@/lib/components/status";
import type { StatusPageComponent, StatusPageSection } from "@/lib/status-page/load-status-page";
import { CHECKS_UPTIME_FORMULA, formatUptime, UPTIME_FORMULA } from "@/lib/status-page/uptime";
import { ResponseTimeChart } from "./response-time-chart";
import { UptimeBar } from "./uptime-bar";

// Components in their groups. Groups are <details>, so they fold without JavaScript; a group
// with a problem starts open.

function ComponentRow({ component, timeZone, now }: { component: StatusPageComponent; timeZone: string; now: Date }) {
  return (
    <li className="px-4 py-3">
      <div className="flex items-start justify-between gap-4">
        <div className="min-w-0">
          <h3 className="font-medium">{component.name}</h3>
          {component.description ? <p className="text-sm text-slate-600 dark:text-slate-400">{component.description}</p> : null}
        </div>
        <p className="flex shrink-0 items-center gap-2 text-sm">
          <StatusIcon status={component.status} />
          <span>{componentStatusLabel[component.status]}</span>
        </p>
      </div>
      <UptimeBar days={component.uptime} label={`${component.name}: uptime per day, last 90 days`} timeZone={timeZone} />
      <p className="mt-1 flex justify-between text-xs text-slate-600 dark:text-slate-400">
        <span>90 days ago</span>
        <span>
          {formatUptime(component.uptimePercent)} uptime{component.uptimeSource === "checks" ? " (from checks)" : ""}
        </span>
        <span>Today</span>
      </p>
      {component.responseTimes ? <ResponseTimeChart data={component.responseTimes} now={now} timeZone={timeZone} componentName={component.name} /> : null}
    </li>
  );
}

export function ComponentList({ sections, timeZone, now }: { sections: StatusPageSection[]; timeZone: string; now: Date }) {
  if (sections.length === 0) {
    return <p className="text-slate-600 dark:text-slate-400">No components have been added yet.</p>;
  }
  return (
    <div className="space-y-4">
      {sections.map(({ group, components }) =>
        group ? (
          <details key={group.id} open className="group rounded-lg border border-slate-200 dark:border-slate-700">
            <summary className="flex cursor-pointer items-center justify-between gap-4 px-4 py-3">
              <h3 className="font-semibold">{group.name}</h3>
              <span className="flex items-center gap-2 text-sm">
                <StatusIcon status={group.status} />
                {componentStatusLabel[group.status]}
              </span>
            </summary>
            <ul className="divide-y divide-slate-200 border-t border-slate-200 dark:divide-slate-700 dark:border-slate-700" aria-label={group.name}>
              {components.map((component) => (
                <ComponentRow key={component.id} component={component} timeZone={timeZone} now={now} />
              ))}
            </ul>
          </details>
        ) : (
          <ul key={components[0]?.id} className="rounded-lg border border-slate-200 dark:border-slate-700">
            {components.map((component) => (
              <ComponentRow key={component.id} component={component} timeZone={timeZone} now={now} />
            ))}
          </ul>
        ),
      )}
      <details className="text-sm text-slate-600 dark:text-slate-400">
        <summary className="cursor-pointer">How uptime is calculated</summary>
        <p className="mt-2">{UPTIME_FORMULA}</p>
        {sections.some((section) => section.components.some((component) => component.uptimeSource === "checks")) ? <p className="mt-2">{CHECKS_UPTIME_FORMULA}</p> : null}
      </details>
    </div>
  );
}
