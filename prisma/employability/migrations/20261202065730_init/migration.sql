-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "Programme" (
    "id" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "provider" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "startsOn" TEXT NOT NULL,
    "endsOn" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Programme_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EmployabilityRecord" (
    "personId" TEXT NOT NULL,
    "keyworker" TEXT,
    "updatedBy" TEXT NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "EmployabilityRecord_pkey" PRIMARY KEY ("personId")
);

-- CreateTable
CREATE TABLE "ProgrammeEnrolment" (
    "id" TEXT NOT NULL,
    "personId" TEXT NOT NULL,
    "programmeId" TEXT NOT NULL,
    "keyworker" TEXT NOT NULL,
    "keyworkerRole" TEXT NOT NULL,
    "enrolledOn" TEXT NOT NULL,
    "leftOn" TEXT,
    "status" TEXT NOT NULL,
    "recordedBy" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ProgrammeEnrolment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ActionPlanGoal" (
    "id" TEXT NOT NULL,
    "personId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "owner" TEXT NOT NULL,
    "dueOn" TEXT,
    "status" TEXT NOT NULL,
    "completedOn" TEXT,
    "recordedBy" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ActionPlanGoal_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ActionPlanStep" (
    "id" TEXT NOT NULL,
    "goalId" TEXT NOT NULL,
    "personId" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "owner" TEXT NOT NULL,
    "dueOn" TEXT,
    "status" TEXT NOT NULL,
    "completedOn" TEXT,
    "recordedBy" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ActionPlanStep_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EmployabilityActivity" (
    "id" TEXT NOT NULL,
    "personId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "attendedOn" TEXT NOT NULL,
    "recordedBy" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "EmployabilityActivity_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EmployabilityOutcome" (
    "id" TEXT NOT NULL,
    "personId" TEXT NOT NULL,
    "enrolmentId" TEXT,
    "kind" TEXT NOT NULL,
    "achievedOn" TEXT NOT NULL,
    "employer" TEXT,
    "hoursPerWeek" DOUBLE PRECISION,
    "evidence" TEXT,
    "recordedBy" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "EmployabilityOutcome_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EmployerPlacement" (
    "id" TEXT NOT NULL,
    "personId" TEXT NOT NULL,
    "employer" TEXT NOT NULL,
    "role" TEXT NOT NULL,
    "startedOn" TEXT NOT NULL,
    "endedOn" TEXT,
    "hoursPerWeek" DOUBLE PRECISION,
    "recordedBy" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "EmployerPlacement_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BarrierFunding" (
    "id" TEXT NOT NULL,
    "personId" TEXT NOT NULL,
    "purpose" TEXT NOT NULL,
    "amountPence" INTEGER NOT NULL,
    "awardedOn" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "awardedBy" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "BarrierFunding_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Programme_code_key" ON "Programme"("code");

-- CreateIndex
CREATE INDEX "ProgrammeEnrolment_personId_idx" ON "ProgrammeEnrolment"("personId");

-- CreateIndex
CREATE INDEX "ProgrammeEnrolment_programmeId_enrolledOn_idx" ON "ProgrammeEnrolment"("programmeId", "enrolledOn");

-- CreateIndex
CREATE INDEX "ActionPlanGoal_personId_idx" ON "ActionPlanGoal"("personId");

-- CreateIndex
CREATE INDEX "ActionPlanStep_goalId_idx" ON "ActionPlanStep"("goalId");

-- CreateIndex
CREATE INDEX "ActionPlanStep_personId_idx" ON "ActionPlanStep"("personId");

-- CreateIndex
CREATE INDEX "EmployabilityActivity_personId_idx" ON "EmployabilityActivity"("personId");

-- CreateIndex
CREATE INDEX "EmployabilityOutcome_personId_idx" ON "EmployabilityOutcome"("personId");

-- CreateIndex
CREATE INDEX "EmployabilityOutcome_enrolmentId_idx" ON "EmployabilityOutcome"("enrolmentId");

-- CreateIndex
CREATE INDEX "EmployerPlacement_personId_idx" ON "EmployerPlacement"("personId");

-- CreateIndex
CREATE INDEX "BarrierFunding_personId_idx" ON "BarrierFunding"("personId");

-- AddForeignKey
ALTER TABLE "ProgrammeEnrolment" ADD CONSTRAINT "ProgrammeEnrolment_programmeId_fkey" FOREIGN KEY ("programmeId") REFERENCES "Programme"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActionPlanStep" ADD CONSTRAINT "ActionPlanStep_goalId_fkey" FOREIGN KEY ("goalId") REFERENCES "ActionPlanGoal"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EmployabilityOutcome" ADD CONSTRAINT "EmployabilityOutcome_enrolmentId_fkey" FOREIGN KEY ("enrolmentId") REFERENCES "ProgrammeEnrolment"("id") ON DELETE SET NULL ON UPDATE CASCADE;

