-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Notification" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "pageId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "incidentId" TEXT,
    "incidentUpdateId" TEXT,
    "subscriberId" TEXT,
    "componentStatusLogId" TEXT,
    "fannedOutAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Notification_pageId_fkey" FOREIGN KEY ("pageId") REFERENCES "Page" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Notification_incidentId_fkey" FOREIGN KEY ("incidentId") REFERENCES "Incident" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Notification_incidentUpdateId_fkey" FOREIGN KEY ("incidentUpdateId") REFERENCES "IncidentUpdate" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Notification_subscriberId_fkey" FOREIGN KEY ("subscriberId") REFERENCES "Subscriber" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Notification_componentStatusLogId_fkey" FOREIGN KEY ("componentStatusLogId") REFERENCES "ComponentStatusLog" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_Notification" ("createdAt", "fannedOutAt", "id", "incidentId", "incidentUpdateId", "kind", "pageId", "subscriberId") SELECT "createdAt", "fannedOutAt", "id", "incidentId", "incidentUpdateId", "kind", "pageId", "subscriberId" FROM "Notification";
DROP TABLE "Notification";
ALTER TABLE "new_Notification" RENAME TO "Notification";
CREATE INDEX "Notification_fannedOutAt_createdAt_idx" ON "Notification"("fannedOutAt", "createdAt");
CREATE INDEX "Notification_incidentUpdateId_idx" ON "Notification"("incidentUpdateId");
CREATE INDEX "Notification_componentStatusLogId_idx" ON "Notification"("componentStatusLogId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
