-- AlterTable
ALTER TABLE "Delivery" ADD COLUMN     "answer" TEXT;

-- AlterTable
ALTER TABLE "Subscriber" ADD COLUMN     "name" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "notifyComponents" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "notifyIncidents" BOOLEAN NOT NULL DEFAULT true,
ADD COLUMN     "notifyMaintenance" BOOLEAN NOT NULL DEFAULT true,
ADD COLUMN     "teamChannel" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "testAnswer" TEXT,
ADD COLUMN     "testedAt" TIMESTAMP(3);

-- CreateIndex
CREATE INDEX "Subscriber_pageId_teamChannel_idx" ON "Subscriber"("pageId", "teamChannel");

-- Visitors' webhooks have always received component status changes.
UPDATE "Subscriber" SET "notifyComponents" = true WHERE "channel" = 'webhook';
