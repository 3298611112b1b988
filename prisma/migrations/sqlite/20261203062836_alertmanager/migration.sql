-- CreateTable
CREATE TABLE "AlertGroup" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "pageId" TEXT NOT NULL,
    "keyHash" TEXT NOT NULL,
    "groupKey" TEXT NOT NULL,
    "receiver" TEXT NOT NULL DEFAULT '',
    "status" TEXT NOT NULL,
    "incidentId" TEXT,
    "lastIncidentId" TEXT,
    "appliedHash" TEXT NOT NULL DEFAULT '',
    "components" TEXT NOT NULL DEFAULT '{}',
    "updateIds" TEXT NOT NULL DEFAULT '[]',
    "firingCount" INTEGER NOT NULL DEFAULT 0,
    "unmatchedCount" INTEGER NOT NULL DEFAULT 0,
    "lastNotifiedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "AlertGroup_pageId_fkey" FOREIGN KEY ("pageId") REFERENCES "Page" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "AlertRoute" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "pageId" TEXT NOT NULL,
    "componentId" TEXT NOT NULL,
    "matchers" TEXT NOT NULL,
    "position" INTEGER NOT NULL DEFAULT 0,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "AlertRoute_pageId_fkey" FOREIGN KEY ("pageId") REFERENCES "Page" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "AlertRoute_componentId_fkey" FOREIGN KEY ("componentId") REFERENCES "Component" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "AlertGroup_pageId_lastNotifiedAt_idx" ON "AlertGroup"("pageId", "lastNotifiedAt");

-- CreateIndex
CREATE UNIQUE INDEX "AlertGroup_pageId_keyHash_key" ON "AlertGroup"("pageId", "keyHash");

-- CreateIndex
CREATE INDEX "AlertRoute_pageId_position_idx" ON "AlertRoute"("pageId", "position");

-- CreateIndex
CREATE INDEX "AlertRoute_componentId_idx" ON "AlertRoute"("componentId");
