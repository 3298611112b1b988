-- CreateTable
CREATE TABLE "IncidentTemplate" (
    "id" TEXT NOT NULL,
    "pageId" TEXT NOT NULL,
    "key" TEXT,
    "label" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "status" "IncidentStatus" NOT NULL,
    "impact" "Impact" NOT NULL,
    "componentStatus" "ComponentStatus" NOT NULL,
    "body" TEXT NOT NULL,
    "position" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "IncidentTemplate_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "IncidentTemplate_pageId_position_idx" ON "IncidentTemplate"("pageId", "position");

-- CreateIndex
CREATE UNIQUE INDEX "IncidentTemplate_pageId_key_key" ON "IncidentTemplate"("pageId", "key");

-- AddForeignKey
ALTER TABLE "IncidentTemplate" ADD CONSTRAINT "IncidentTemplate_pageId_fkey" FOREIGN KEY ("pageId") REFERENCES "Page"("id") ON DELETE CASCADE ON UPDATE CASCADE;
