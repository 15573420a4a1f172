import rule from "../../../src/engine/rules/plan-back-loaded";
import { onlyRule, runRuleTests } from "../../helpers/rule-tester";
import { buildStacked, buildTable, CLEAN, TableSpecForTest, workbook } from "../../helpers/layout";
import { checkWorkbook } from "../../../src/engine/check";
import { CheckConfig } from "../../../src/engine/rule";

const wb = (...args: Parameters<typeof buildTable>) => workbook(buildTable(...args).sheet);
const plan = (values: TableSpecForTest["plan"], extra: TableSpecForTest = {}) => wb({ plan: values, ...extra });
const minimum = (m: Record<string, unknown>): CheckConfig => ({ rules: { "plan/back-loaded": { options: { minimum: m } } } });
const SEED_PLAN = ["0%", "0%", "0%", "100%"];

runRuleTests(rule, {
  valid: [
    { name: "the clean source layout: 10%, 40%, 70%, 100%", workbook: wb(CLEAN) },
    { name: "something before the last: 0%, 0%, 10%, 100%", workbook: plan(["0%", "0%", "10%", "100%"]) },
    { name: "a blank before the last is not 0% (plan/not-percent's business)", workbook: plan(["0%", "0%", null, "100%"]) },
    { name: "an unreadable value before the last", workbook: plan(["0%", "待定", "0%", "100%"]) },
    { name: "nothing spent at all (plan/final-not-100's business)", workbook: plan(["0%", "0%", "0%", "0%"]) },
    { name: "a single milestone", workbook: plan(["100%"], { milestones: ["12月底"] }) },
    { name: "a minimum that is met", workbook: plan(["10%", "50%", "70%", "100%"]), config: minimum({ "6月底": 50 }) },
    { name: "a minimum met, written with a % sign", workbook: plan(["10%", "50%", "70%", "100%"]), config: minimum({ "6月底": "50%" }) },
    { name: "a minimum for a milestone the table does not have", workbook: plan(["10%", "40%", "70%", "100%"]), config: minimum({ "9月底": 75 }) },
    { name: "a minimum on a blank milestone (plan/not-percent's business)", workbook: plan(["10%", null, "70%", "100%"]), config: minimum({ "6月底": 50 }) },
  ],
  invalid: [
    { name: "the source document: 0%, 0%, 0%, 100%, at the first milestone only", workbook: plan(SEED_PLAN), errors: [{ cell: "B6", severity: "warning" }] },
    { name: "numbers with a 0% format", workbook: plan([[0, "0%"], [0, "0%"], [0, "0%"], [1, "0%"]]), errors: [{ cell: "B6" }] },
    { name: "bare numbers under a（%）label", workbook: plan([0, 0, 0, 100]), errors: [{ cell: "B6" }] },
    { name: "full-width ０％ and １００％", workbook: plan(["０％", "０％", "０％", "１００％"]), errors: [{ cell: "B6" }] },
    { name: "bare fractions under a label without %", workbook: plan([0, 0, 0, 1], { planLabel: "资金支出计划" }), errors: [{ cell: "B6" }] },
    { name: "the last milestone blank", workbook: plan(["0%", "0%", "0%", null]), errors: [{ cell: "B6" }] },
    { name: "two milestones", workbook: plan(["0%", "100%"], { milestones: ["6月底", "12月底"] }), errors: [{ cell: "B6" }] },
    { name: "below a configured minimum: 6月底 40% < 50%", workbook: plan(["10%", "40%", "70%", "100%"]), config: minimum({ "6月底": 50 }), errors: [{ cell: "B6" }] },
    {
      name: "configured 6月底 finds a 6月末 label",
      workbook: plan(["10%", "40%", "70%", "100%"], { milestones: ["3月末", "6月末", "9月末", "12月末"] }),
      config: minimum({ "6月底": 50 }),
      errors: [{ cell: "B6" }],
    },
    {
      name: "configured 上半年 finds 6月底",
      workbook: plan(["10%", "40%", "70%", "100%"]),
      config: minimum({ 上半年: 50 }),
      errors: [{ cell: "B6" }],
    },
    { name: "all zero and below a minimum: still one finding", workbook: plan(SEED_PLAN), config: minimum({ "6月底": 50, "10月底": 80 }), errors: [{ cell: "B6" }] },
    {
      name: "the first milestone's cell, wherever the table is",
      workbook: wb({ title: null, plan: SEED_PLAN }, "Sheet1", { top: 3, left: 2 }),
      errors: [{ cell: "D8" }],
    },
  ],
});

describe("plan/back-loaded on the source document", () => {
  test("both stacked tables, each at its first milestone", () => {
    const { sheet, at } = buildStacked([
      { plan: SEED_PLAN },
      { plan: SEED_PLAN, title: "项目扶持资金绩效目标表", name: "项目扶持资金", total: "2200万元", parts: [{ label: "其中：财政资金", value: "2200万元" }, { label: "其他资金", value: null }] },
    ]);
    const res = checkWorkbook(workbook(sheet), onlyRule(rule.meta.id));
    expect(res.findings.map((f) => f.cell)).toEqual([at[0].plan[0], at[1].plan[0]]);
  });

  test("the whole engine reports nothing else on the seed plan and budget", () => {
    const res = checkWorkbook(wb({ plan: SEED_PLAN }));
    const mine = res.findings.filter((f) => /^(table|project|budget|plan|goal)\//.test(f.rule));
    expect(mine.map((f) => `${f.rule}@${f.cell}`)).toEqual(["plan/back-loaded@B6"]);
  });

  test("messages", () => {
    const msg = (config: CheckConfig) => checkWorkbook(plan(SEED_PLAN), onlyRule(rule.meta.id, config)).findings.map((f) => f.message);
    expect(msg({})).toEqual(["资金支出计划3月底、6月底、10月底均为0%，资金全部集中到12月底支出，难以保证支出进度达标，建议按实际用款进度分解"]);
    expect(msg(minimum({ "6月底": 50 }))[0]).toBe("资金支出计划3月底、6月底、10月底均为0%，资金全部集中到12月底支出；累计支出比例低于要求：6月底 0% < 50%");
    const below = checkWorkbook(plan(["10%", "40%", "70%", "100%"]), onlyRule(rule.meta.id, minimum({ "6月底": 50, "10月底": 80 })));
    expect(below.findings.map((f) => f.message)).toEqual(["资金支出计划进度偏慢，累计支出比例低于要求：6月底 40% < 50%; 10月底 70% < 80%"]);
  });
});
