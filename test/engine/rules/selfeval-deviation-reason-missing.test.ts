import rule from "../../../src/engine/rules/selfeval-deviation-reason-missing";
import { runRuleTests } from "../../helpers/rule-tester";
import { book, selfEvalSheet, SELF_INDICATORS } from "../../helpers/kind-tables";

const I = SELF_INDICATORS;
const below = selfEvalSheet({ indicators: [{ ...I[0], actual: "180人", score: 18 }, ...I.slice(1)] });
const explained = selfEvalSheet({ indicators: [{ ...I[0], actual: "180人", score: 18, reason: "部分学员因疫情未能参训，下年度加强组织" }, ...I.slice(1)] });
const qualitative = selfEvalSheet({ indicators: [...I.slice(0, 3), { ...I[3], actual: "未明显提升", score: 12 }, I[4]] });
const lost = selfEvalSheet({ indicators: [...I.slice(0, 4), { ...I[4], score: 18 }] });
const atMost = selfEvalSheet({ indicators: [{ ...I[0], name: "人均培训成本", target: "≤500元", actual: "520元", score: 20 }, ...I.slice(1)] });

runRuleTests(rule, {
  valid: [
    { name: "every target met, full scores", workbook: book(selfEvalSheet().sheet) },
    { name: "a missed target with its reason", workbook: book(explained.sheet) },
    {
      name: "a ≤ target undercut",
      workbook: book(selfEvalSheet({ indicators: [{ ...I[0], name: "人均培训成本", target: "≤500元", actual: "480元" }, ...I.slice(1)] }).sheet),
    },
  ],
  invalid: [
    { name: "180 of ≥200 people, no reason", workbook: book(below.sheet), errors: [{ cell: below.at.reasons[0] }] },
    { name: "a qualitative target not met", workbook: book(qualitative.sheet), errors: [{ cell: qualitative.at.reasons[3] }] },
    { name: "points lost though the value reads as met", workbook: book(lost.sheet), errors: [{ cell: lost.at.reasons[4] }] },
    { name: "a ≤ target exceeded", workbook: book(atMost.sheet), errors: [{ cell: atMost.at.reasons[0] }] },
  ],
});
