-- DropIndex
DROP INDEX "ProgrammeEnrolment_programmeId_idx";

-- AlterTable
ALTER TABLE "ActionPlanGoal" ADD COLUMN "completedOn" TEXT;

-- AlterTable
ALTER TABLE "ActionPlanStep" ADD COLUMN "completedOn" TEXT;

-- CreateIndex
CREATE INDEX "ProgrammeEnrolment_programmeId_enrolledOn_idx" ON "ProgrammeEnrolment"("programmeId", "enrolledOn");

