-- AlterTable
ALTER TABLE "Delivery" ADD COLUMN "answer" TEXT;

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Subscriber" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "pageId" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "channel" TEXT NOT NULL DEFAULT 'email',
    "endpoint" TEXT NOT NULL DEFAULT '',
    "signingSecret" TEXT,
    "state" TEXT NOT NULL DEFAULT 'pending',
    "allComponents" BOOLEAN NOT NULL DEFAULT true,
    "confirmVersion" INTEGER NOT NULL DEFAULT 0,
    "confirmedAt" DATETIME,
    "unsubscribedAt" DATETIME,
    "lastError" TEXT,
    "disabledAt" DATETIME,
    "failingSince" DATETIME,
    "teamChannel" BOOLEAN NOT NULL DEFAULT false,
    "name" TEXT NOT NULL DEFAULT '',
    "notifyIncidents" BOOLEAN NOT NULL DEFAULT true,
    "notifyMaintenance" BOOLEAN NOT NULL DEFAULT true,
    "notifyComponents" BOOLEAN NOT NULL DEFAULT false,
    "testedAt" DATETIME,
    "testAnswer" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Subscriber_pageId_fkey" FOREIGN KEY ("pageId") REFERENCES "Page" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_Subscriber" ("allComponents", "channel", "confirmVersion", "confirmedAt", "createdAt", "disabledAt", "email", "endpoint", "failingSince", "id", "lastError", "pageId", "signingSecret", "state", "unsubscribedAt", "updatedAt") SELECT "allComponents", "channel", "confirmVersion", "confirmedAt", "createdAt", "disabledAt", "email", "endpoint", "failingSince", "id", "lastError", "pageId", "signingSecret", "state", "unsubscribedAt", "updatedAt" FROM "Subscriber";
DROP TABLE "Subscriber";
ALTER TABLE "new_Subscriber" RENAME TO "Subscriber";
CREATE INDEX "Subscriber_pageId_state_idx" ON "Subscriber"("pageId", "state");
CREATE INDEX "Subscriber_pageId_teamChannel_idx" ON "Subscriber"("pageId", "teamChannel");
CREATE UNIQUE INDEX "Subscriber_pageId_email_endpoint_key" ON "Subscriber"("pageId", "email", "endpoint");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- Visitors' webhooks have always received component status changes.
UPDATE "Subscriber" SET "notifyComponents" = true WHERE "channel" = 'webhook';
