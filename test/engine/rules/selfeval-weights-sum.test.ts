import rule from "../../../src/engine/rules/selfeval-weights-sum";
import { runRuleTests } from "../../helpers/rule-tester";
import { book, selfEvalSheet, SELF_INDICATORS } from "../../helpers/kind-tables";

const ninety = selfEvalSheet({ moneyWeight: 0 });
const zj = selfEvalSheet({
  layout: "zj",
  indicators: SELF_INDICATORS.map((x, i) => ({ ...x, weight: i === 0 ? 30 : 20, score: i === 0 ? 30 : 20 })),
  totalScore: 110,
});

runRuleTests(rule, {
  valid: [
    { name: "10 + 90 = 100", workbook: book(selfEvalSheet().sheet) },
    {
      name: "浙江: the 权重 of the indicators alone make 100",
      workbook: book(selfEvalSheet({ layout: "zj", indicators: SELF_INDICATORS.map((x) => ({ ...x, weight: 20 })) }).sheet),
    },
    {
      name: "option total: 90",
      workbook: book(selfEvalSheet({ layout: "zj" }).sheet),
      config: { rules: { "selfeval/weights-sum": { options: { total: 90 } } } },
    },
  ],
  invalid: [
    { name: "0 + 90: reported at the 总分 row's 分值", workbook: book(ninety.sheet), errors: [{ cell: ninety.at.totalWeight }] },
    { name: "浙江: 权重 make 110", workbook: book(zj.sheet), errors: [{ cell: zj.at.totalWeight }] },
  ],
});
