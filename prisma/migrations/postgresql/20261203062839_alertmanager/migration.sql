-- CreateTable
CREATE TABLE "AlertGroup" (
    "id" TEXT NOT NULL,
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
    "lastNotifiedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "AlertGroup_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AlertRoute" (
    "id" TEXT NOT NULL,
    "pageId" TEXT NOT NULL,
    "componentId" TEXT NOT NULL,
    "matchers" TEXT NOT NULL,
    "position" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AlertRoute_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "AlertGroup_pageId_lastNotifiedAt_idx" ON "AlertGroup"("pageId", "lastNotifiedAt");

-- CreateIndex
CREATE UNIQUE INDEX "AlertGroup_pageId_keyHash_key" ON "AlertGroup"("pageId", "keyHash");

-- CreateIndex
CREATE INDEX "AlertRoute_pageId_position_idx" ON "AlertRoute"("pageId", "position");

-- CreateIndex
CREATE INDEX "AlertRoute_componentId_idx" ON "AlertRoute"("componentId");

-- AddForeignKey
ALTER TABLE "AlertGroup" ADD CONSTRAINT "AlertGroup_pageId_fkey" FOREIGN KEY ("pageId") REFERENCES "Page"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AlertRoute" ADD CONSTRAINT "AlertRoute_pageId_fkey" FOREIGN KEY ("pageId") REFERENCES "Page"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AlertRoute" ADD CONSTRAINT "AlertRoute_componentId_fkey" FOREIGN KEY ("componentId") REFERENCES "Component"("id") ON DELETE CASCADE ON UPDATE CASCADE;
