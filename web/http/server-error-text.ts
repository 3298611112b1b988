// What a visitor reads when a page Beacon renders on request fails: the custom server's full
// page (server/http/server-error-page.ts) and app/error.tsx after a failed client-side
// navigation say the same.

export const SERVER_ERROR_TITLE = "This page can't be shown right now";
// It does not guess at the cause: a bad address once led here with the database up, and the
// page blamed a database outage.
export const SERVER_ERROR_EXPLANATION =
  "Something went wrong on our side. Anything you just sent was not saved, not even in part: please try again in a few minutes.";
