-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "WelfareRecord" (
    "personId" TEXT NOT NULL,
    "householdType" TEXT NOT NULL,
    "housingTenure" TEXT NOT NULL,
    "notes" TEXT,
    "updatedBy" TEXT NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "WelfareRecord_pkey" PRIMARY KEY ("personId")
);

-- CreateTable
CREATE TABLE "BenefitAward" (
    "id" TEXT NOT NULL,
    "personId" TEXT NOT NULL,
    "benefit" TEXT NOT NULL,
    "amountPence" INTEGER NOT NULL,
    "period" TEXT NOT NULL,
    "startedOn" TEXT NOT NULL,
    "endedOn" TEXT,
    "recordedBy" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "BenefitAward_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Debt" (
    "id" TEXT NOT NULL,
    "personId" TEXT NOT NULL,
    "creditor" TEXT NOT NULL,
    "debtType" TEXT NOT NULL,
    "amountPence" INTEGER NOT NULL,
    "priority" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "monthlyRepaymentPence" INTEGER,
    "recordedOn" TEXT NOT NULL,
    "recordedBy" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Debt_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FinancialSupport" (
    "id" TEXT NOT NULL,
    "personId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "givenOn" TEXT NOT NULL,
    "annualGainPence" INTEGER,
    "adviser" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "FinancialSupport_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BetterOffCalculation" (
    "id" TEXT NOT NULL,
    "personId" TEXT NOT NULL,
    "ratesTaxYear" TEXT NOT NULL,
    "claimantAge" INTEGER NOT NULL,
    "couple" BOOLEAN NOT NULL,
    "partnerAge" INTEGER,
    "partnerMonthlyNetEarningsPence" INTEGER NOT NULL,
    "children" INTEGER NOT NULL,
    "childrenBornBefore6April2017" INTEGER NOT NULL,
    "limitedCapability" TEXT NOT NULL,
    "monthlyHousingCostsPence" INTEGER,
    "monthlyChildcareCostsPence" INTEGER NOT NULL,
    "hoursPerWeek" DOUBLE PRECISION NOT NULL,
    "hourlyWagePence" INTEGER NOT NULL,
    "otherMonthlyIncomePence" INTEGER NOT NULL,
    "universalCreditNowPence" INTEGER NOT NULL,
    "universalCreditInWorkPence" INTEGER NOT NULL,
    "grossMonthlyEarningsPence" INTEGER NOT NULL,
    "incomeTaxPence" INTEGER NOT NULL,
    "nationalInsurancePence" INTEGER NOT NULL,
    "netMonthlyEarningsPence" INTEGER NOT NULL,
    "totalMonthlyIncomeNowPence" INTEGER NOT NULL,
    "totalMonthlyIncomeInWorkPence" INTEGER NOT NULL,
    "monthlyGainPence" INTEGER NOT NULL,
    "gainPerHourPence" INTEGER NOT NULL,
    "calculatedBy" TEXT NOT NULL,
    "calculatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "BetterOffCalculation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BetterOffLine" (
    "calculationId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "scenario" TEXT NOT NULL,
    "label" TEXT NOT NULL,
    "pence" INTEGER NOT NULL,
    "isTotal" BOOLEAN NOT NULL,

    CONSTRAINT "BetterOffLine_pkey" PRIMARY KEY ("calculationId","position")
);

-- CreateIndex
CREATE INDEX "BenefitAward_personId_idx" ON "BenefitAward"("personId");

-- CreateIndex
CREATE INDEX "Debt_personId_idx" ON "Debt"("personId");

-- CreateIndex
CREATE INDEX "FinancialSupport_personId_idx" ON "FinancialSupport"("personId");

-- CreateIndex
CREATE INDEX "BetterOffCalculation_personId_idx" ON "BetterOffCalculation"("personId");

-- AddForeignKey
ALTER TABLE "BetterOffLine" ADD CONSTRAINT "BetterOffLine_calculationId_fkey" FOREIGN KEY ("calculationId") REFERENCES "BetterOffCalculation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

