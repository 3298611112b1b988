-- CreateEnum
CREATE TYPE "SubscriberState" AS ENUM ('pending', 'confirmed', 'unsubscribed', 'failed');

-- CreateEnum
CREATE TYPE "NotificationKind" AS ENUM ('confirmation', 'already_subscribed', 'incident_update', 'postmortem');

-- CreateEnum
CREATE TYPE "DeliveryStatus" AS ENUM ('pending', 'sent', 'failed', 'held', 'cancelled');

-- CreateTable
CREATE TABLE "Subscriber" (
    "id" TEXT NOT NULL,
    "pageId" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "state" "SubscriberState" NOT NULL DEFAULT 'pending',
    "allComponents" BOOLEAN NOT NULL DEFAULT true,
    "confirmVersion" INTEGER NOT NULL DEFAULT 0,
    "confirmedAt" TIMESTAMP(3),
    "unsubscribedAt" TIMESTAMP(3),
    "lastError" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Subscriber_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SubscriberComponent" (
    "subscriberId" TEXT NOT NULL,
    "componentId" TEXT NOT NULL,

    CONSTRAINT "SubscriberComponent_pkey" PRIMARY KEY ("subscriberId","componentId")
);

-- CreateTable
CREATE TABLE "SubscribeAttempt" (
    "id" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "ip" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SubscribeAttempt_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Notification" (
    "id" TEXT NOT NULL,
    "pageId" TEXT NOT NULL,
    "kind" "NotificationKind" NOT NULL,
    "incidentId" TEXT,
    "incidentUpdateId" TEXT,
    "subscriberId" TEXT,
    "fannedOutAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Notification_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Delivery" (
    "id" TEXT NOT NULL,
    "notificationId" TEXT NOT NULL,
    "subscriberId" TEXT NOT NULL,
    "status" "DeliveryStatus" NOT NULL DEFAULT 'pending',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "nextAttemptAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "claimedUntil" TIMESTAMP(3),
    "lastError" TEXT,
    "sentAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Delivery_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "InstanceSecret" (
    "name" TEXT NOT NULL,
    "value" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "InstanceSecret_pkey" PRIMARY KEY ("name")
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

-- AddForeignKey
ALTER TABLE "Subscriber" ADD CONSTRAINT "Subscriber_pageId_fkey" FOREIGN KEY ("pageId") REFERENCES "Page"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SubscriberComponent" ADD CONSTRAINT "SubscriberComponent_subscriberId_fkey" FOREIGN KEY ("subscriberId") REFERENCES "Subscriber"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SubscriberComponent" ADD CONSTRAINT "SubscriberComponent_componentId_fkey" FOREIGN KEY ("componentId") REFERENCES "Component"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_pageId_fkey" FOREIGN KEY ("pageId") REFERENCES "Page"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_incidentId_fkey" FOREIGN KEY ("incidentId") REFERENCES "Incident"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_incidentUpdateId_fkey" FOREIGN KEY ("incidentUpdateId") REFERENCES "IncidentUpdate"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_subscriberId_fkey" FOREIGN KEY ("subscriberId") REFERENCES "Subscriber"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Delivery" ADD CONSTRAINT "Delivery_notificationId_fkey" FOREIGN KEY ("notificationId") REFERENCES "Notification"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Delivery" ADD CONSTRAINT "Delivery_subscriberId_fkey" FOREIGN KEY ("subscriberId") REFERENCES "Subscriber"("id") ON DELETE CASCADE ON UPDATE CASCADE;
