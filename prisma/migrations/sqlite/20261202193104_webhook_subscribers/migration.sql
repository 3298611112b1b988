-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Delivery" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "notificationId" TEXT NOT NULL,
    "subscriberId" TEXT NOT NULL,
    "channel" TEXT NOT NULL DEFAULT 'email',
    "status" TEXT NOT NULL DEFAULT 'pending',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "nextAttemptAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "claimedUntil" DATETIME,
    "lastError" TEXT,
    "sentAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Delivery_notificationId_fkey" FOREIGN KEY ("notificationId") REFERENCES "Notification" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Delivery_subscriberId_fkey" FOREIGN KEY ("subscriberId") REFERENCES "Subscriber" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_Delivery" ("attempts", "claimedUntil", "createdAt", "id", "lastError", "nextAttemptAt", "notificationId", "sentAt", "status", "subscriberId", "updatedAt") SELECT "attempts", "claimedUntil", "createdAt", "id", "lastError", "nextAttemptAt", "notificationId", "sentAt", "status", "subscriberId", "updatedAt" FROM "Delivery";
DROP TABLE "Delivery";
ALTER TABLE "new_Delivery" RENAME TO "Delivery";
CREATE INDEX "Delivery_status_nextAttemptAt_idx" ON "Delivery"("status", "nextAttemptAt");
CREATE INDEX "Delivery_subscriberId_idx" ON "Delivery"("subscriberId");
CREATE UNIQUE INDEX "Delivery_notificationId_subscriberId_key" ON "Delivery"("notificationId", "subscriberId");
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
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Subscriber_pageId_fkey" FOREIGN KEY ("pageId") REFERENCES "Page" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_Subscriber" ("allComponents", "confirmVersion", "confirmedAt", "createdAt", "email", "id", "lastError", "pageId", "state", "unsubscribedAt", "updatedAt") SELECT "allComponents", "confirmVersion", "confirmedAt", "createdAt", "email", "id", "lastError", "pageId", "state", "unsubscribedAt", "updatedAt" FROM "Subscriber";
DROP TABLE "Subscriber";
ALTER TABLE "new_Subscriber" RENAME TO "Subscriber";
CREATE INDEX "Subscriber_pageId_state_idx" ON "Subscriber"("pageId", "state");
CREATE UNIQUE INDEX "Subscriber_pageId_email_endpoint_key" ON "Subscriber"("pageId", "email", "endpoint");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
