/** @jest-environment jsdom */
import "@testing-library/jest-dom";
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { createTestWorkbook } from "./host-port";
import { renderPane } from "./render";
import { defaultEngine } from "../../src/taskpane/session";
import { buildStacked, buildTable, workbook } from "../helpers/layout";
import { selfEvalSheet, monitorSheet } from "../helpers/kind-tables";

/** Table kinds in the pane: each group labelled by its kind, 生成自评表 on a project table's group. */

function book() {
  const project = buildTable({ purpose: null }, "目标表").sheet; // a blank 资金用途: one finding
  const self = selfEvalSheet({ totalScore: 98 }).sheet; // 总分 off: one finding
  const monitor = monitorSheet({ money: [{ label: "年度资金总额：", initial: 100, adjusted: 100, executed: 70, rate: [0.7, "0.00%"], forecast: 120 }] }).sheet;
  return workbook(project, self, monitor);
}

test("findings are grouped by table and labelled 项目绩效目标表 / 自评表 / 监控表", async () => {
  const tw = createTestWorkbook(book());
  const user = userEvent.setup();
  renderPane({ port: tw.port, engine: defaultEngine });
  await user.click(await screen.findByRole("button", { name: "检查工作簿" }));
  await screen.findByRole("heading", { name: "问题列表" });
  const groups = Array.from(document.querySelectorAll<HTMLElement>("[data-table-group]"));
  expect(groups.map((g) => g.dataset.tableKind)).toEqual(["project", "self-evaluation", "monitoring"]);
  expect(within(groups[0]).getByRole("heading", { level: 4 })).toHaveTextContent(/^项目绩效目标表/);
  expect(within(groups[1]).getByRole("heading", { level: 4 })).toHaveTextContent(/^自评表职业技能培训/);
  expect(within(groups[2]).getByRole("heading", { level: 4 })).toHaveTextContent(/^监控表/);
  // one 生成自评表 per project table, in its group's header, described by the table's name; none for the other kinds
  const buttons = screen.getAllByRole("button", { name: "生成自评表" });
  expect(buttons.map((b) => b.getAttribute("aria-describedby") && document.getElementById(b.getAttribute("aria-describedby")!)?.textContent)).toEqual([
    "招商引资",
  ]);
  expect(groups[0]).toContainElement(buttons[0]);
  expect(buttons[0].compareDocumentPosition(within(groups[0]).getAllByRole("listitem")[0]) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
});

test("生成自评表 writes the 自评表 on a new sheet, which the re-check reads as a 自评表", async () => {
  const tw = createTestWorkbook(book());
  const user = userEvent.setup();
  renderPane({ port: tw.port, engine: defaultEngine });
  await user.click(await screen.findByRole("button", { name: "检查工作簿" }));
  await user.click(await screen.findByRole("button", { name: "生成自评表" }));
  await waitFor(() => expect(tw.sheetNames()).toContain("招商引资自评"));
  // right after its target table's sheet, not at the end of the workbook
  expect(tw.sheetNames()).toEqual(["目标表", "招商引资自评", "自评表", "监控表"]);
  expect(tw.cells("招商引资自评").A1).toBe("项目支出绩效自评表");
  expect(await screen.findByText(/已生成自评表：工作表“招商引资自评”/)).toBeInTheDocument();
  // the re-check lists the new table's blanks under its own 自评表 group
  await waitFor(() => expect(document.querySelectorAll('[data-table-kind="self-evaluation"]').length).toBe(2));
});

test("生成自评表 for two tables of one sheet, one after the other: their 自评表 follow the sheet in click order", async () => {
  const two = buildStacked([{ name: "招商引资" }, { name: "项目扶持资金", title: "2023年项目扶持资金项目绩效目标表" }], "目标表").sheet;
  const tw = createTestWorkbook(workbook(two, monitorSheet({ money: [] }).sheet));
  const user = userEvent.setup();
  renderPane({ port: tw.port, engine: defaultEngine });
  await user.click(await screen.findByRole("button", { name: "检查工作簿" }));
  const buttons = await screen.findAllByRole("button", { name: "生成自评表" });
  expect(buttons).toHaveLength(2);
  await user.click(buttons[0]);
  await waitFor(() => expect(tw.sheetNames()).toContain("招商引资自评"));
  // the re-check lists the new 自评表 too; the second table's button is still the second one
  await waitFor(() => expect(document.querySelectorAll('[data-table-kind="self-evaluation"]').length).toBe(1));
  await user.click(screen.getAllByRole("button", { name: "生成自评表" })[1]);
  await waitFor(() => expect(tw.sheetNames()).toContain("项目扶持资金自评"));
  expect(tw.sheetNames()).toEqual(["目标表", "招商引资自评", "项目扶持资金自评", "监控表"]);
  // a third click, on the first table again: after both, under Excel's " (2)" name
  await waitFor(() => expect(document.querySelectorAll('[data-table-kind="self-evaluation"]').length).toBe(2));
  await user.click(screen.getAllByRole("button", { name: "生成自评表" })[0]);
  await waitFor(() => expect(tw.sheetNames()).toContain("招商引资自评 (2)"));
  expect(tw.sheetNames()).toEqual(["目标表", "招商引资自评", "项目扶持资金自评", "招商引资自评 (2)", "监控表"]);
});
