-- AlterTable
ALTER TABLE "Subscriber" ADD COLUMN "disabledAt" DATETIME;
ALTER TABLE "Subscriber" ADD COLUMN "failingSince" DATETIME;
