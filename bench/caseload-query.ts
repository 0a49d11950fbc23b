/** An adviser's caseload view that touches every per-person list of every subgraph: the N+1 test's and the benchmark's. */
export const CASELOAD = `query Caseload($limit: Int = 1000) {
  caseload(limit: $limit) {
    id givenName familyName
    consents { agency categories active }
    story { ownAccount barriers { code } healthBarriers { code } history { version goals } }
    referrals { status reason person { givenName } history { status } }
    socialCare { lookedAfterStatus involvements { team } safeguardingNotes { concern } }
    careers { status qualifications { title } workHistory { employer } guidanceSessions { summary } courses { title } }
    welfare { householdType benefitAwards { benefit } debts { creditor } financialSupport { kind } betterOffCalculations { gainPence: monthlyGainPence } }
    employability {
      keyworker
      enrolments { status programme { name } }
      actionPlan { title progress { stepsDone stepsTotal } steps { description } }
      actionPlanSummary { goalsTotal }
      activities { title } outcomes { kind } placements { employer } barrierFunding { amountPence }
    }
  }
}`;


/**
 * The subgraphs CASELOAD reads from: the hub's own. A partner's subgraph is held to the same
 * constant-reads rule by the subgraph contract (test/subgraph-contract.test.ts), with a query of its own fields.
 */
export const CASELOAD_SUBGRAPHS = ['people', 'consent', 'social-services', 'careers', 'welfare-rights', 'employability'];
