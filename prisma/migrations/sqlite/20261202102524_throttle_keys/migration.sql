-- AlterTable
ALTER TABLE "LoginAttempt" ADD COLUMN "unlockedAt" DATETIME;

-- CreateTable
CREATE TABLE "ApiTokenFailure" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "ip" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateIndex
CREATE INDEX "ApiTokenFailure_ip_createdAt_idx" ON "ApiTokenFailure"("ip", "createdAt");

-- Bad API tokens used to be stored as sign-in attempts with the email api-token@ip, now they have their own table
DELETE FROM "LoginAttempt" WHERE "email" LIKE 'api-token@%';
