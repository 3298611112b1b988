-- DropIndex
DROP INDEX "Subscriber_pageId_email_key";

-- AlterTable
ALTER TABLE "Delivery" ADD COLUMN     "channel" TEXT NOT NULL DEFAULT 'email';

-- AlterTable
ALTER TABLE "Subscriber" ADD COLUMN     "channel" TEXT NOT NULL DEFAULT 'email',
ADD COLUMN     "endpoint" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "signingSecret" TEXT;

-- CreateIndex
CREATE UNIQUE INDEX "Subscriber_pageId_email_endpoint_key" ON "Subscriber"("pageId", "email", "endpoint");


