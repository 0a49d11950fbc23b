-- The consent feed and the copy leases of local consent decisions (README: "Local consent decisions").

-- CreateTable
CREATE TABLE "ConsentChange" (
    "version" INTEGER NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "change" JSONB NOT NULL,

    CONSTRAINT "ConsentChange_pkey" PRIMARY KEY ("version")
);

-- CreateTable
CREATE TABLE "ConsentFeedState" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "version" INTEGER NOT NULL,

    CONSTRAINT "ConsentFeedState_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ConsentCopyLease" (
    "holder" TEXT NOT NULL,
    "subgraph" TEXT NOT NULL,
    "ackedVersion" INTEGER NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ConsentCopyLease_pkey" PRIMARY KEY ("holder")
);

-- CreateIndex
CREATE INDEX "ConsentCopyLease_expiresAt_idx" ON "ConsentCopyLease"("expiresAt");

-- The feed starts at version 0: a copy loaded from a snapshot holds every consent and link as of then.
INSERT INTO "ConsentFeedState" ("id", "version") VALUES (1, 0);
