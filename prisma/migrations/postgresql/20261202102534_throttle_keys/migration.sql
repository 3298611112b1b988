-- AlterTable
ALTER TABLE "LoginAttempt" ADD COLUMN     "unlockedAt" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "ApiTokenFailure" (
    "id" TEXT NOT NULL,
    "ip" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ApiTokenFailure_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ApiTokenFailure_ip_createdAt_idx" ON "ApiTokenFailure"("ip", "createdAt");

-- Bad API tokens used to be stored as sign-in attempts with the email api-token@ip, now they have their own table
DELETE FROM "LoginAttempt" WHERE "email" LIKE 'api-token@%';
