import { formatDate, formatDateTime, formatTime } from "@/lib/time/format-time";

// A time rendered in the page's zone, with the zone named. The page's time-zone script
// rewrites it into the visitor's own zone when JavaScript runs (see TimeZoneScript).

export type TimeFormat = "datetime" | "date" | "time";

const formatters: Record<TimeFormat, (date: Date, timeZone: string) => string> = {
  datetime: formatDateTime,
  date: formatDate,
  time: formatTime,
};

export function LocalTime({ date, timeZone, format = "datetime" }: { date: Date; timeZone: string; format?: TimeFormat }) {
  return (
    // The script may rewrite the text before React hydrates (pages rendered by Next); a
    // mismatch here would make React re-render the page and drop what a visitor typed.
    <time dateTime={date.toISOString()} data-local={format === "date" ? undefined : format} suppressHydrationWarning>
      {formatters[format](date, timeZone)}
    </time>
  );
}
