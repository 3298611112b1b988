-- CreateTable
CREATE TABLE "Subscriber" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "pageId" TEXT NOT NULL,
    "email" TEXT NOT NULL,
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

-- CreateTable
CREATE TABLE "SubscriberComponent" (
    "subscriberId" TEXT NOT NULL,
    "componentId" TEXT NOT NULL,

    PRIMARY KEY ("subscriberId", "componentId"),
    CONSTRAINT "SubscriberComponent_subscriberId_fkey" FOREIGN KEY ("subscriberId") REFERENCES "Subscriber" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "SubscriberComponent_componentId_fkey" FOREIGN KEY ("componentId") REFERENCES "Component" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "SubscribeAttempt" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "email" TEXT NOT NULL,
    "ip" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateTable
CREATE TABLE "Notification" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "pageId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "incidentId" TEXT,
    "incidentUpdateId" TEXT,
    "subscriberId" TEXT,
    "fannedOutAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Notification_pageId_fkey" FOREIGN KEY ("pageId") REFERENCES "Page" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Notification_incidentId_fkey" FOREIGN KEY ("incidentId") REFERENCES "Incident" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Notification_incidentUpdateId_fkey" FOREIGN KEY ("incidentUpdateId") REFERENCES "IncidentUpdate" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Notification_subscriberId_fkey" FOREIGN KEY ("subscriberId") REFERENCES "Subscriber" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Delivery" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "notificationId" TEXT NOT NULL,
    "subscriberId" TEXT NOT NULL,
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

-- CreateTable
CREATE TABLE "InstanceSecret" (
    "name" TEXT NOT NULL PRIMARY KEY,
    "value" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateIndex
CREATE INDEX "Subscriber_pageId_state_idx" ON "Subscriber"("pageId", "state");

-- CreateIndex
CREATE UNIQUE INDEX "Subscriber_pageId_email_key" ON "Subscriber"("pageId", "email");

-- CreateIndex
CREATE INDEX "SubscriberComponent_componentId_idx" ON "SubscriberComponent"("componentId");

-- CreateIndex
CREATE INDEX "SubscribeAttempt_email_createdAt_idx" ON "SubscribeAttempt"("email", "createdAt");

-- CreateIndex
CREATE INDEX "SubscribeAttempt_ip_createdAt_idx" ON "SubscribeAttempt"("ip", "createdAt");

-- CreateIndex
CREATE INDEX "Notification_fannedOutAt_createdAt_idx" ON "Notification"("fannedOutAt", "createdAt");

-- CreateIndex
CREATE INDEX "Notification_incidentUpdateId_idx" ON "Notification"("incidentUpdateId");

-- CreateIndex
CREATE INDEX "Delivery_status_nextAttemptAt_idx" ON "Delivery"("status", "nextAttemptAt");

-- CreateIndex
CREATE INDEX "Delivery_subscriberId_idx" ON "Delivery"("subscriberId");

-- CreateIndex
CREATE UNIQUE INDEX "Delivery_notificationId_subscriberId_key" ON "Delivery"("notificationId", "subscriberId");
