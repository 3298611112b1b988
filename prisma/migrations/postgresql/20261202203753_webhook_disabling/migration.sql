-- AlterEnum
ALTER TYPE "NotificationKind" ADD VALUE 'webhook_disabled';

-- AlterTable
ALTER TABLE "Subscriber" ADD COLUMN     "disabledAt" TIMESTAMP(3),
ADD COLUMN     "failingSince" TIMESTAMP(3);
