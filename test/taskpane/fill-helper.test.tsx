/** @jest-environment jsdom */
import "@testing-library/jest-dom";
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { createTestWorkbook } from "./host-port";
import { renderPane } from "./render";
import { defaultEngine } from "../../src/taskpane/session";
import { workbook } from "../helpers/layout";
import { MONITOR_INDICATORS, SELF_INDICATORS, monitorSheet, selfEvalSheet } from "../helpers/kind-tables";

/**
 * 填写助手 in a 监控表's or 自评表's group, against the strict host: dropdowns written on click as
 * data validation only (a value outside the list named and left), the value helper started from
 * the row's target and writing into a blank cell only.
 */

const LIKELY = "确定能,有可能,完全不可能";
const REASONS = "经费保障,制度保障,人员保障,硬件条件保障,其他";

function setup() {
  const monitor = monitorSheet({
    likelihood: "text",
    indicators: MONITOR_INDICATORS.map((x, i) => (i === 1 ? { ...x, likelihood: "基本能" as never } : i === 2 ? { ...x, forecast: null } : x)),
  });
  const self = selfEvalSheet({ indicators: SELF_INDICATORS.map((x, i) => (i === 0 ? { ...x, actual: null } : x)) });
  const tw = createTestWorkbook(workbook(monitor.sheet, self.sheet));
  return { tw, monitor: monitor.at, self: self.at };
}

async function openHelper(kind: "monitoring" | "self-evaluation") {
  const user = userEvent.setup();
  await user.click(await screen.findByRole("button", { name: "检查工作簿" }));
  await screen.findByRole("heading", { name: "问题列表" });
  const group = document.querySelector<HTMLElement>(`[data-table-kind="${kind}"]`)!;
  await user.click(within(group).getByRole("button", { name: "“职业技能培训”的填写助手" }));
  return { user, group: () => document.querySelector<HTMLElement>(`[data-table-kind="${kind}"]`)! };
}

test("监控表: 添加下拉列表 puts 完成目标可能性 and 偏差原因 dropdowns on the indicator cells, names the value not in the list, changes no value", async () => {
  const { tw, monitor } = setup();
  renderPane({ port: tw.port, engine: defaultEngine });
  const { user, group } = await openHelper("monitoring");
  const before = tw.cells("监控表");
  expect(monitor.likelihoods.map((c) => tw.dropdown("监控表", c))).toEqual([undefined, undefined, undefined]);
  await user.click(within(group()).getByRole("button", { name: "添加下拉列表" }));
  const note = await within(group()).findByText(/^已添加下拉列表/);
  expect(note).toHaveTextContent(`完成目标可能性 ${monitor.likelihoods[0]}:${monitor.likelihoods[2]}`);
  expect(note).toHaveTextContent(`以下单元格的内容不在列表中，保持原样：${monitor.likelihoods[1]}“基本能”`);
  expect(monitor.likelihoods.map((c) => tw.dropdown("监控表", c))).toEqual([LIKELY, LIKELY, LIKELY]);
  expect(monitor.reasons.map((c) => tw.dropdown("监控表", c))).toEqual([REASONS, REASONS, REASONS]);
  // nothing outside those cells, no value changed
  expect(tw.dropdown("监控表", monitor.forecasts[0])).toBeUndefined();
  expect(tw.cells("监控表")).toEqual(before);
});

test("自评表: the 偏差原因 dropdown; the value helper starts from the target's comparison and unit and writes a blank 实际完成值", async () => {
  const { tw, self } = setup();
  renderPane({ port: tw.port, engine: defaultEngine });
  const { user, group } = await openHelper("self-evaluation");
  await user.click(within(group()).getByRole("button", { name: "添加下拉列表" }));
  await within(group()).findByText(/^已添加下拉列表/);
  expect(self.reasons.map((c) => tw.dropdown("自评表", c))).toEqual(self.reasons.map(() => REASONS));
  expect(tw.dropdown("自评表", self.actuals[0])).toBeUndefined();

  // 培训人数 ≥200人 is the only blank 实际完成值: picked, "≥" and "人" already there
  const helper = within(group()).getByRole("group", { name: "实际完成值" });
  expect(within(helper).getByRole("combobox", { name: /指标/ })).toHaveDisplayValue("培训人数（≥200人）");
  expect(within(helper).getByRole("combobox", { name: "比较" })).toHaveValue("≥");
  expect(within(helper).getByRole("textbox", { name: "单位" })).toHaveValue("人");
  await user.type(within(helper).getByRole("textbox", { name: "数值" }), "215");
  expect(within(helper).getByText("将填入：≥215人")).toBeInTheDocument();
  // an actual with no comparison, in the target's unit, goes in as a number (the unit is the target's)
  await user.selectOptions(within(helper).getByRole("combobox", { name: "比较" }), "（无）");
  expect(within(helper).getByText("将填入：215")).toBeInTheDocument();
  await user.click(within(helper).getByRole("button", { name: `写入 ${self.actuals[0]}` }));
  await within(group()).findByText(`已在 ${self.actuals[0]} 写入“215”。`);
  expect(tw.cells("自评表")[self.actuals[0]]).toBe(215);
  // the re-check reads it: no actual left blank, so the helper has nothing more to offer for values
  await waitFor(() => expect(within(group()).queryByRole("group", { name: "实际完成值" })).toBeNull());
});

test("the value helper never writes over a cell typed into since the check", async () => {
  const { tw, self } = setup();
  renderPane({ port: tw.port, engine: defaultEngine, debounceMs: 60_000 });
  const { user, group } = await openHelper("self-evaluation");
  await tw.edit("自评表", self.actuals[0], "230人", { silent: true });
  const helper = within(group()).getByRole("group", { name: "实际完成值" });
  await user.type(within(helper).getByRole("textbox", { name: "数值" }), "215");
  await user.click(within(helper).getByRole("button", { name: `写入 ${self.actuals[0]}` }));
  await within(group()).findByText(`${self.actuals[0]} 已有内容“230人”，未写入。`);
  expect(tw.cells("自评表")[self.actuals[0]]).toBe("230人");
  expect(screen.queryByText(/写入“215/)).toBeNull();
});
