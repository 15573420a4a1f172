import { checkWorkbook } from "../../src/engine/check";
import { renderFileText } from "../../src/cli/output";
import { buildTable } from "../helpers/layout";
import { book, deptSheet, monitorSheet, selfEvalSheet } from "../helpers/kind-tables";

/** The text report's header line of each table names its kind (issue 13: "text output does not show the kind"). */
describe("text report: each table's kind in its header line", () => {
  const wb = book(buildTable({}, "目标表").sheet, selfEvalSheet().sheet, monitorSheet().sheet, deptSheet().sheet);
  const r = checkWorkbook(wb, {});
  const headers = (lang: "zh" | "en") =>
    renderFileText({ file: "kinds.xlsx", error: null, summaries: r.summaries, findings: r.findings }, { lang })
      .split("\n")
      .filter((l) => /^ {2}(表|Table )\d/.test(l));

  it("in Chinese: 项目绩效目标表 / 自评表 / 监控表 / 部门整体目标表, the department's name as 部门名称", () => {
    expect(r.summaries.map((s) => s.kind)).toEqual(["project", "self-evaluation", "monitoring", "department"]);
    const lines = headers("zh");
    expect(lines).toHaveLength(4);
    expect(lines[0]).toMatch(/^ {2}表1\u3000项目绩效目标表\u3000工作表“目标表” \S+\u3000项目名称：/);
    expect(lines[1]).toMatch(/^ {2}表2\u3000自评表\u3000工作表“自评表” \S+\u3000项目名称：/);
    expect(lines[2]).toMatch(/^ {2}表3\u3000监控表\u3000工作表“监控表” \S+\u3000项目名称：/);
    expect(lines[3]).toMatch(/^ {2}表4\u3000部门整体目标表\u3000工作表“部门整体” \S+\u3000部门名称：/);
  });

  it("in English with --lang en", () => {
    const lines = headers("en");
    expect(lines[0]).toMatch(/^ {2}Table 1 {2}Project target table {2}sheet "目标表" \S+ {2}project: /);
    expect(lines[1]).toMatch(/^ {2}Table 2 {2}Self-evaluation {2}sheet "自评表"/);
    expect(lines[2]).toMatch(/^ {2}Table 3 {2}Monitoring table {2}sheet "监控表"/);
    expect(lines[3]).toMatch(/^ {2}Table 4 {2}Department target table {2}sheet "部门整体" \S+ {2}department: /);
  });
});
