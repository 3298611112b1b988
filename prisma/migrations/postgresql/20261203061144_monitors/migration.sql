-- CreateEnum
CREATE TYPE "MonitorState" AS ENUM ('unknown', 'up', 'degraded', 'down');

-- CreateTable
CREATE TABLE "Monitor" (
    "id" TEXT NOT NULL,
    "pageId" TEXT NOT NULL,
    "componentId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kind" TEXT NOT NULL DEFAULT 'http',
    "url" TEXT NOT NULL DEFAULT '',
    "heartbeatHash" TEXT,
    "graceSeconds" INTEGER NOT NULL DEFAULT 0,
    "lastPingAt" TIMESTAMP(3),
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
    "state" "MonitorState" NOT NULL DEFAULT 'unknown',
    "failures" INTEGER NOT NULL DEFAULT 0,
    "successes" INTEGER NOT NULL DEFAULT 0,
    "failingSince" TIMESTAMP(3),
    "nextCheckAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "claimedUntil" TIMESTAMP(3),
    "lastCheckedAt" TIMESTAMP(3),
    "lastMessage" TEXT,
    "incidentId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Monitor_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MonitorCheck" (
    "id" TEXT NOT NULL,
    "monitorId" TEXT NOT NULL,
    "checkedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "outcome" "MonitorState" NOT NULL,
    "statusCode" INTEGER,
    "totalMs" INTEGER NOT NULL,
    "dnsMs" INTEGER,
    "connectMs" INTEGER,
    "tlsMs" INTEGER,
    "firstByteMs" INTEGER,
    "failureClass" TEXT,
    "message" TEXT NOT NULL,

    CONSTRAINT "MonitorCheck_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MonitorRollup" (
    "id" TEXT NOT NULL,
    "monitorId" TEXT NOT NULL,
    "period" TEXT NOT NULL,
    "startsAt" TIMESTAMP(3) NOT NULL,
    "count" INTEGER NOT NULL,
    "failures" INTEGER NOT NULL,
    "avgMs" INTEGER NOT NULL,
    "p95Ms" INTEGER NOT NULL,
    "maxMs" INTEGER NOT NULL,

    CONSTRAINT "MonitorRollup_pkey" PRIMARY KEY ("id")
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

-- AddForeignKey
ALTER TABLE "Monitor" ADD CONSTRAINT "Monitor_pageId_fkey" FOREIGN KEY ("pageId") REFERENCES "Page"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Monitor" ADD CONSTRAINT "Monitor_componentId_fkey" FOREIGN KEY ("componentId") REFERENCES "Component"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MonitorCheck" ADD CONSTRAINT "MonitorCheck_monitorId_fkey" FOREIGN KEY ("monitorId") REFERENCES "Monitor"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MonitorRollup" ADD CONSTRAINT "MonitorRollup_monitorId_fkey" FOREIGN KEY ("monitorId") REFERENCES "Monitor"("id") ON DELETE CASCADE ON UPDATE CASCADE;
