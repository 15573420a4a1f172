import { Rule } from "../rule";
// structure, budget, plan and goal rules (imports)
import tableMissingField from "./table-missing-field";
import projectNameEmpty from "./project-name-empty";
import budgetTotalInvalid from "./budget-total-invalid";
import budgetSumMismatch from "./budget-sum-mismatch";
import budgetPartInvalid from "./budget-part-invalid";
import budgetPurposeEmpty from "./budget-purpose-empty";
import planNotPercent from "./plan-not-percent";
import planOutOfRange from "./plan-out-of-range";
import planDecreasing from "./plan-decreasing";
import planFinalNot100 from "./plan-final-not-100";
import planBackLoaded from "./plan-back-loaded";
import planMissing from "./plan-missing";
import goalEmpty from "./goal-empty";
import goalDuplicateAcrossTables from "./goal-duplicate-across-tables";
// indicator rules (imports)
import indicatorMissingLevel1 from "./indicator-missing-level1";
import indicatorMissingLevel2 from "./indicator-missing-level2";
import indicatorUnknownLevel2 from "./indicator-unknown-level2";
import indicatorNameEmpty from "./indicator-name-empty";
import indicatorValueEmpty from "./indicator-value-empty";
import indicatorBasisEmpty from "./indicator-basis-empty";
import indicatorValueFormat from "./indicator-value-format";
import indicatorPercentOutOfRange from "./indicator-percent-out-of-range";
import indicatorSatisfactionLow from "./indicator-satisfaction-low";
import indicatorDeadlineYear from "./indicator-deadline-year";
import indicatorCostNotMonetary from "./indicator-cost-not-monetary";
import indicatorDuplicate from "./indicator-duplicate";
import indicatorValuePlaceholder from "./indicator-value-placeholder";
import indicatorUnitMissing from "./indicator-unit-missing";
import indicatorCostLowerBound from "./indicator-cost-lower-bound";
import indicatorWeightsSum from "./indicator-weights-sum";
import indicatorGenericDefault from "./indicator-generic-default";

// the other table kinds' rules (table-kinds.md)
import selfevalExecutionRate from "./selfeval-execution-rate";
import selfevalMoneySum from "./selfeval-money-sum";
import selfevalScoreOverWeight from "./selfeval-score-over-weight";
import selfevalBudgetScore from "./selfeval-budget-score";
import selfevalTotalMismatch from "./selfeval-total-mismatch";
import selfevalWeightsSum from "./selfeval-weights-sum";
import selfevalDeviationReasonMissing from "./selfeval-deviation-reason-missing";
import selfevalActualEmpty from "./selfeval-actual-empty";
import monitorExecutionRate from "./monitor-execution-rate";
import monitorBehindSchedule from "./monitor-behind-schedule";
import monitorForecastOverBudget from "./monitor-forecast-over-budget";
import monitorDeviationReasonMissing from "./monitor-deviation-reason-missing";
import deptTaskSumMismatch from "./dept-task-sum-mismatch";
import deptTotalSumMismatch from "./dept-total-sum-mismatch";
import deptGoalEmpty from "./dept-goal-empty";

/** The registry: every rule. Adding a rule = its file, its test file and one line here. */
export const rules: Rule[] = [
  // structure, budget, plan and goal rules
  tableMissingField,
  projectNameEmpty,
  budgetTotalInvalid,
  budgetSumMismatch,
  budgetPartInvalid,
  budgetPurposeEmpty,
  planNotPercent,
  planOutOfRange,
  planDecreasing,
  planFinalNot100,
  planBackLoaded,
  planMissing,
  goalEmpty,
  goalDuplicateAcrossTables,
  // indicator rules
  indicatorMissingLevel1,
  indicatorMissingLevel2,
  indicatorUnknownLevel2,
  indicatorNameEmpty,
  indicatorValueEmpty,
  indicatorBasisEmpty,
  indicatorValueFormat,
  indicatorPercentOutOfRange,
  indicatorSatisfactionLow,
  indicatorDeadlineYear,
  indicatorCostNotMonetary,
  indicatorDuplicate,
  indicatorValuePlaceholder,
  indicatorUnitMissing,
  indicatorCostLowerBound,
  indicatorWeightsSum,
  indicatorGenericDefault,
  // the other table kinds' rules
  selfevalExecutionRate,
  selfevalMoneySum,
  selfevalScoreOverWeight,
  selfevalBudgetScore,
  selfevalTotalMismatch,
  selfevalWeightsSum,
  selfevalDeviationReasonMissing,
  selfevalActualEmpty,
  monitorExecutionRate,
  monitorBehindSchedule,
  monitorForecastOverBudget,
  monitorDeviationReasonMissing,
  deptTaskSumMismatch,
  deptTotalSumMismatch,
  deptGoalEmpty,
];

export function ruleById(id: string): Rule | undefined {
  return rules.find((r) => r.meta.id === id);
}
