// What a visitor who meets a proxy's error needs to read: what the code means for them, and
// what to try. Plain words, no jargon beyond the code itself, which they saw on the screen.

export const ERROR_CODES = [502, 503, 504] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export type ErrorPageWords = { title: string; meaning: string; tips: string[] };

const RETRY = "Try again in a minute or two: this page checks for you and reloads once the site answers again.";
const NOT_YOU =
  "Clearing your browser's cache, restarting your router or switching to another device will not help: the problem is on our servers, not on your side.";
const HALF_DONE = "If you were in the middle of an order or a payment, look for a confirmation email before trying again, so you are not charged twice.";

export const ERROR_PAGE_WORDS: Record<ErrorCode, ErrorPageWords> = {
  502: {
    title: "502 Bad Gateway",
    meaning: "Our site's front door (a proxy) asked the servers behind it for this page and got no valid answer. The problem is on our side.",
    tips: [RETRY, NOT_YOU, HALF_DONE],
  },
  503: {
    title: "503 Service Unavailable",
    meaning: "Our site is too busy to answer right now, or is down for maintenance. The problem is on our side.",
    tips: [RETRY, NOT_YOU, HALF_DONE],
  },
  504: {
    title: "504 Gateway Timeout",
    meaning: "Our site's front door (a proxy) waited for the servers behind it, and they did not answer in time. The problem is on our side.",
    tips: [
      RETRY,
      "If only one page fails, others may still work: try the home page.",
      "A slow or mobile connection is not the cause here; switching networks rarely helps.",
      HALF_DONE,
    ],
  },
};
