import { test } from "@playwright/test";
import { liveSite } from "./public-site/site";
import { statusPageChecks } from "./public-site/status-page-checks";
import { SNAPSHOT_TEST_TIMEOUT } from "./support/eventually";

// Waits for the snapshot to show edits, each with a generous timeout (support/eventually.ts).
test.describe.configure({ timeout: SNAPSHOT_TEST_TIMEOUT });

// The checks are shared with the static mirror (mirror-site.spec.ts).
statusPageChecks(liveSite);
