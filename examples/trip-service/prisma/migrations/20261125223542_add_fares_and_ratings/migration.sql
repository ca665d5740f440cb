-- AlterTable
ALTER TABLE "Trip" ADD COLUMN     "fareCents" INTEGER;

-- CreateTable
CREATE TABLE "TripRating" (
    "id" SERIAL NOT NULL,
    "tripId" INTEGER NOT NULL,
    "stars" SMALLINT NOT NULL,
    "comment" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "TripRating_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "TripRating_tripId_idx" ON "TripRating"("tripId");

-- AddForeignKey
ALTER TABLE "TripRating" ADD CONSTRAINT "TripRating_tripId_fkey" FOREIGN KEY ("tripId") REFERENCES "Trip"("id") ON DELETE CASCADE ON UPDATE CASCADE;
