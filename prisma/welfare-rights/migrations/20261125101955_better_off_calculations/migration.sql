-- CreateTable
CREATE TABLE "BetterOffCalculation" (
    "id" TEXT NOT NULL PRIMARY KEY,
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
    "hoursPerWeek" REAL NOT NULL,
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
    "calculatedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateTable
CREATE TABLE "BetterOffLine" (
    "calculationId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "scenario" TEXT NOT NULL,
    "label" TEXT NOT NULL,
    "pence" INTEGER NOT NULL,
    "isTotal" BOOLEAN NOT NULL,

    PRIMARY KEY ("calculationId", "position"),
    CONSTRAINT "BetterOffLine_calculationId_fkey" FOREIGN KEY ("calculationId") REFERENCES "BetterOffCalculation" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "BetterOffCalculation_personId_idx" ON "BetterOffCalculation"("personId");

