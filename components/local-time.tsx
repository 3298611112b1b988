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
    <time dateTime={date.toISOString()} data-local={format === "date" ? undefined : format}>
      {formatters[format](date, timeZone)}
    </time>
  );
}
