-- CreateTable
CREATE TABLE "Monitor" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "pageId" TEXT NOT NULL,
    "componentId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kind" TEXT NOT NULL DEFAULT 'http',
    "url" TEXT NOT NULL DEFAULT '',
    "heartbeatHash" TEXT,
    "graceSeconds" INTEGER NOT NULL DEFAULT 0,
    "lastPingAt" DATETIME,
    "method" TEXT NOT NULL DEFAULT 'GET',
    "sealedHeaders" TEXT,
    "intervalSeconds" INTEGER NOT NULL DEFAULT 60,
    "timeoutMs" INTEGER NOT NULL DEFAULT 10000,
    "upStatuses" TEXT NOT NULL DEFAULT '200-399',
    "keyword" TEXT,
    "keywordMode" TEXT,
    "jsonPath" TEXT,
    "jsonExpected" TEXT,
    "degradedAfterMs" INTEGER,
    "certExpiryDays" INTEGER,
    "failureThreshold" INTEGER NOT NULL DEFAULT 3,
    "successThreshold" INTEGER NOT NULL DEFAULT 2,
    "paused" BOOLEAN NOT NULL DEFAULT false,
    "showChart" BOOLEAN NOT NULL DEFAULT true,
    "state" TEXT NOT NULL DEFAULT 'unknown',
    "failures" INTEGER NOT NULL DEFAULT 0,
    "successes" INTEGER NOT NULL DEFAULT 0,
    "failingSince" DATETIME,
    "nextCheckAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "claimedUntil" DATETIME,
    "lastCheckedAt" DATETIME,
    "lastMessage" TEXT,
    "incidentId" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Monitor_pageId_fkey" FOREIGN KEY ("pageId") REFERENCES "Page" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Monitor_componentId_fkey" FOREIGN KEY ("componentId") REFERENCES "Component" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "MonitorCheck" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "monitorId" TEXT NOT NULL,
    "checkedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "outcome" TEXT NOT NULL,
    "statusCode" INTEGER,
    "totalMs" INTEGER NOT NULL,
    "dnsMs" INTEGER,
    "connectMs" INTEGER,
    "tlsMs" INTEGER,
    "firstByteMs" INTEGER,
    "failureClass" TEXT,
    "message" TEXT NOT NULL,
    CONSTRAINT "MonitorCheck_monitorId_fkey" FOREIGN KEY ("monitorId") REFERENCES "Monitor" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "MonitorRollup" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "monitorId" TEXT NOT NULL,
    "period" TEXT NOT NULL,
    "startsAt" DATETIME NOT NULL,
    "count" INTEGER NOT NULL,
    "failures" INTEGER NOT NULL,
    "avgMs" INTEGER NOT NULL,
    "p95Ms" INTEGER NOT NULL,
    "maxMs" INTEGER NOT NULL,
    CONSTRAINT "MonitorRollup_monitorId_fkey" FOREIGN KEY ("monitorId") REFERENCES "Monitor" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "Monitor_heartbeatHash_key" ON "Monitor"("heartbeatHash");

-- CreateIndex
CREATE INDEX "Monitor_paused_nextCheckAt_idx" ON "Monitor"("paused", "nextCheckAt");

-- CreateIndex
CREATE INDEX "Monitor_pageId_idx" ON "Monitor"("pageId");

-- CreateIndex
CREATE INDEX "Monitor_componentId_idx" ON "Monitor"("componentId");

-- CreateIndex
CREATE INDEX "MonitorCheck_monitorId_checkedAt_idx" ON "MonitorCheck"("monitorId", "checkedAt");

-- CreateIndex
CREATE INDEX "MonitorCheck_checkedAt_idx" ON "MonitorCheck"("checkedAt");

-- CreateIndex
CREATE INDEX "MonitorRollup_period_startsAt_idx" ON "MonitorRollup"("period", "startsAt");

-- CreateIndex
CREATE UNIQUE INDEX "MonitorRollup_monitorId_period_startsAt_key" ON "MonitorRollup"("monitorId", "period", "startsAt");
