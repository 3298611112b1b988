import { test } from "@playwright/test";
import { accessibilityChecks } from "./public-site/accessibility-checks";
import { liveSite } from "./public-site/site";
import { SNAPSHOT_TEST_TIMEOUT } from "./support/eventually";

// Waits for the snapshot to show edits, each with a generous timeout (support/eventually.ts).
test.describe.configure({ timeout: SNAPSHOT_TEST_TIMEOUT });

// The checks are shared with the static mirror (mirror-site.spec.ts).
accessibilityChecks(liveSite);
