import { isBoundedRate } from "../../../src/engine/values";

describe("isBoundedRate", () => {
  test.each([
    "完成率",
    "任务完成率",
    "商务管理工作完成率",
    "验收合格率",
    "不合格率",
    "政策覆盖率",
    "目标实现率",
    "支出实现率",
    "达标率",
    "预算执行率",
    "资金到位率",
    "满意率",
    "政策知晓率",
    "考试及格率",
    "设备使用率",
    "满意度",
    "受益人满意度",
    "服务对象满意度（%）",
    "任务完成\n率",
    " 资金 到位率 ",
  ])("%p is a bounded rate", (name) => {
    expect(isBoundedRate(name)).toBe(true);
  });

  test.each([
    "增长率",
    "GDP增长率",
    "投资回报率",
    "利用率", // not in the list of rules.md
    "接待客商人数",
    "项目完成时效",
    "完成时间",
    "满意",
    "",
  ])("%p is not a bounded rate", (name) => {
    expect(isBoundedRate(name)).toBe(false);
  });
});
