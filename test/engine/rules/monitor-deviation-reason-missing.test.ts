import rule from "../../../src/engine/rules/monitor-deviation-reason-missing";
import { runRuleTests } from "../../helpers/rule-tester";
import { book, monitorSheet, MONITOR_INDICATORS } from "../../helpers/kind-tables";

const I = MONITOR_INDICATORS;
const maybe = monitorSheet({ indicators: [I[0], { ...I[1], likelihood: "有可能" }, I[2]] });
const textLayout = monitorSheet({ likelihood: "text", indicators: [{ ...I[0], likelihood: "完全不可能" }, ...I.slice(1)] });
const red = monitorSheet({ indicators: [{ ...I[0], progress: "50人" }, ...I.slice(1)] });

runRuleTests(rule, {
  valid: [
    { name: "every target sure to be met", workbook: book(monitorSheet().sheet) },
    {
      name: "有可能 with its reason",
      workbook: book(monitorSheet({ indicators: [{ ...I[0], likelihood: "有可能", reason: "培训场地改造推迟" }, ...I.slice(1)] }).sheet),
    },
  ],
  invalid: [
    { name: "有可能 ticked, no reason", workbook: book(maybe.sheet), errors: [{ cell: maybe.at.explanations[1] }] },
    { name: "完全不可能 written in one column, no reason", workbook: book(textLayout.sheet), errors: [{ cell: textLayout.at.reasons[0] }] },
    { name: "50 of 200 people by July: red light, no reason", workbook: book(red.sheet), errors: [{ cell: red.at.explanations[0] }] },
  ],
});
