// Durations as people read them in a status message: "123 ms" under a second, then seconds
// with one decimal only when it says something ("2.5 s", "10 s").

export function formatDuration(ms: number): string {
  const rounded = Math.round(ms);
  if (rounded < 1000) return `${Math.max(0, rounded)} ms`;
  const tenths = Math.round(rounded / 100) / 10;
  return Number.isInteger(tenths) ? `${tenths} s` : `${tenths.toFixed(1)} s`;
}
