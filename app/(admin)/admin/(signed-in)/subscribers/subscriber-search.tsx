import { buttonClass, inputClass } from "@/components/admin/styles";
import { SUBSCRIBER_STATES, type SubscriberCounts } from "@/lib/subscribers/list-subscribers";
import Link from "next/link";
import { subscriberStateLabel } from "./subscriber-row";
import { subscribersHref } from "./subscribers-href";

// Counts per state (each a link to that filter) and a GET search form: works without JavaScript
// and keeps the search in the URL, so it can be bookmarked and paged.

export function SubscriberCountList({ counts, q }: { counts: SubscriberCounts; q: string }) {
  const items: [string, string, number][] = [
    ["", "All", counts.total],
    ...SUBSCRIBER_STATES.map((state): [string, string, number] => [state, subscriberStateLabel[state], counts[state]]),
  ];
  return (
    <dl aria-label="Subscribers by state" className="grid grid-cols-2 gap-2 sm:grid-cols-5">
      {items.map(([state, label, count]) => (
        <div key={label} className="rounded-lg border border-slate-200 px-3 py-2 dark:border-slate-700">
          <dt className="text-sm text-slate-600 dark:text-slate-400">{label}</dt>
          <dd className="text-2xl font-semibold tabular-nums">
            <Link href={subscribersHref({ q, state })} className="hover:underline">
              {count.toLocaleString("en")}
              <span className="sr-only"> {label.toLowerCase()}</span>
            </Link>
          </dd>
        </div>
      ))}
    </dl>
  );
}

export function SubscriberSearchForm({ q, state }: { q: string; state: string }) {
  return (
    <form method="get" action="/admin/subscribers" role="search" className="grid gap-3 sm:grid-cols-[1fr_14rem_auto] sm:items-end">
      <div>
        <label htmlFor="q" className="block text-sm font-medium">
          Address contains
        </label>
        <input id="q" name="q" type="search" defaultValue={q} maxLength={254} autoComplete="off" placeholder="an email address or a webhook URL" className={inputClass} />
      </div>
      <div>
        <label htmlFor="state" className="block text-sm font-medium">
          State
        </label>
        <select key={state} id="state" name="state" defaultValue={state} className={inputClass}>
          <option value="">Any state</option>
          {SUBSCRIBER_STATES.map((value) => (
            <option key={value} value={value}>
              {subscriberStateLabel[value]}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className={buttonClass}>
        Search
      </button>
    </form>
  );
}
