import type { ResponseTimes } from "@/lib/monitors/rollups/read-response-times";
import type { ComponentResponseTimes } from "@/lib/status-page/load-response-times";
import { formatMs, RANGE_LABELS, responseTimeSummary } from "@/lib/status-page/response-time-summary";

// A monitored component's response times, drawn as SVG inside the snapshot: it works without
// JavaScript, in light and dark. The 24 hours are open; 7, 30 and 90 days fold in <details>.
// Each bar is a bucket's average over its p95; a bucket with failed checks carries a red mark
// above it (a shape, not only a colour), and the words beside the chart say the same.

const HEIGHT = 48;
const MARK = 6;
const SLOTS: Record<ResponseTimes["range"], number> = { "24h": 96, "7d": 168, "30d": 30, "90d": 90 };
const START_LABEL: Record<ResponseTimes["range"], string> = { "24h": "24 h ago", "7d": "7 days ago", "30d": "30 days ago", "90d": "90 days ago" };

// A round ceiling for the scale: 1, 2 or 5 times a power of ten.
function niceCeiling(ms: number): number {
  const power = 10 ** Math.floor(Math.log10(Math.max(ms, 1)));
  return ([1, 2, 5, 10].find((step) => step * power >= ms) ?? 10) * power;
}

function Chart({ times, now }: { times: ResponseTimes; now: Date }) {
  const slots = SLOTS[times.range];
  const start = now.getTime() - slots * times.bucketMs;
  const top = niceCeiling(Math.max(1, ...times.buckets.map((bucket) => bucket.p95Ms)));
  const y = (ms: number) => MARK + HEIGHT - Math.max(1, (Math.min(ms, top) / top) * HEIGHT);
  return (
    <div>
      <div className="flex items-end gap-2">
        <svg viewBox={`0 0 ${slots} ${HEIGHT + MARK}`} preserveAspectRatio="none" className="h-14 w-full" aria-hidden="true" focusable="false">
          <line x1="0" x2={slots} y1={MARK + HEIGHT - 0.5} y2={MARK + HEIGHT - 0.5} className="stroke-slate-300 dark:stroke-slate-600" strokeWidth="1" vectorEffect="non-scaling-stroke" />
          {times.buckets.map((bucket) => {
            const x = Math.floor((bucket.startsAt.getTime() - start) / times.bucketMs);
            if (x < 0 || x >= slots) return null;
            return (
              <g key={bucket.startsAt.getTime()}>
                <rect x={x + 0.1} width="0.8" y={y(bucket.p95Ms)} height={MARK + HEIGHT - y(bucket.p95Ms)} className="fill-sky-200 dark:fill-sky-900" />
                <rect x={x + 0.1} width="0.8" y={y(bucket.avgMs)} height={MARK + HEIGHT - y(bucket.avgMs)} className="fill-sky-600 dark:fill-sky-400" />
                {bucket.failures > 0 ? <rect x={x} width="1" y="0" height={MARK - 1} className="fill-red-600 dark:fill-red-400" /> : null}
              </g>
            );
          })}
        </svg>
        <span className="shrink-0 text-xs text-slate-600 dark:text-slate-400">{formatMs(top)}</span>
      </div>
      <p className="flex justify-between text-xs text-slate-600 dark:text-slate-400">
        <span>{START_LABEL[times.range]}</span>
        <span>Now</span>
      </p>
    </div>
  );
}

function Range({ times, now, timeZone }: { times: ResponseTimes; now: Date; timeZone: string }) {
  return (
    <figure className="mt-1">
      <Chart times={times} now={now} />
      <figcaption className="mt-1 text-xs text-slate-700 dark:text-slate-300">{responseTimeSummary(times, timeZone)}</figcaption>
    </figure>
  );
}

export function ResponseTimeChart({ data, now, timeZone, componentName }: { data: ComponentResponseTimes; now: Date; timeZone: string; componentName: string }) {
  const [day, ...longer] = data.ranges;
  if (!day) return null;
  return (
    <section aria-label={`${componentName}: response times`} className="mt-3">
      <h4 className="text-sm font-medium">Response time, {RANGE_LABELS[day.range]}</h4>
      <Range times={day} now={now} timeZone={timeZone} />
      {longer.map((times) => (
        <details key={times.range} className="mt-2">
          <summary className="cursor-pointer text-sm">Response time, {RANGE_LABELS[times.range]}</summary>
          <Range times={times} now={now} timeZone={timeZone} />
        </details>
      ))}
    </section>
  );
}
