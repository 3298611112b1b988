import { isValidTimeZone } from "@/lib/time/time-zone";

// Suggestions for the time-zone field. Node's ICU still lists some zones by their old
// names; people look for the current ones, which Intl accepts too.
const RENAMED: Record<string, string> = {
  "Asia/Calcutta": "Asia/Kolkata",
  "Asia/Katmandu": "Asia/Kathmandu",
  "Asia/Rangoon": "Asia/Yangon",
  "Asia/Saigon": "Asia/Ho_Chi_Minh",
  "Europe/Kiev": "Europe/Kyiv",
  "America/Godthab": "America/Nuuk",
  "Atlantic/Faeroe": "Atlantic/Faroe",
  "Africa/Asmera": "Africa/Asmara",
};

// Research stations and the like: valid, but nobody's status page runs on them.
const UNCOMMON = /^(Antarctica|Arctic)\//;

export function timeZoneOptions(): string[] {
  const zones = Intl.supportedValuesOf("timeZone")
    .filter((zone) => !UNCOMMON.test(zone))
    .map((zone) => {
      const current = RENAMED[zone];
      return current && isValidTimeZone(current) ? current : zone;
    });
  return ["UTC", ...zones.sort()];
}
