-- AlterEnum
ALTER TYPE "NotificationKind" ADD VALUE 'component_update';

-- AlterTable
ALTER TABLE "Notification" ADD COLUMN     "componentStatusLogId" TEXT;

-- CreateIndex
CREATE INDEX "Notification_componentStatusLogId_idx" ON "Notification"("componentStatusLogId");

-- AddForeignKey
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_componentStatusLogId_fkey" FOREIGN KEY ("componentStatusLogId") REFERENCES "ComponentStatusLog"("id") ON DELETE CASCADE ON UPDATE CASCADE;
