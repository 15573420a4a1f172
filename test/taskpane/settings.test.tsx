/** @jest-environment jsdom */
import "@testing-library/jest-dom";
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { createTestWorkbook } from "./host-port"; // the port under test: swap for the real adapter here
import { sampleWorkbook } from "./fixtures";
import { renderPane, findingButton } from "./render";
import { defaultEngine } from "../../src/taskpane/session";

function shownCells(): string[] {
  return Array.from(document.querySelectorAll<HTMLElement>("button[data-finding]")).map((b) => b.dataset.finding!.split("|")[0]);
}

async function openSettings(user: ReturnType<typeof userEvent.setup>) {
  const button = await screen.findByRole("button", { name: "规则设置" });
  await waitFor(() => expect(button).not.toHaveAttribute("aria-disabled", "true"));
  await user.click(button);
  const panel = await screen.findByRole("region", { name: "规则设置" });
  expect(within(panel).getByRole("heading", { name: "规则设置" })).toHaveFocus();
  return panel;
}

describe("rule settings", () => {
  test("Escape closes the settings without saving; focus returns to the settings button", async () => {
    const tw = createTestWorkbook(sampleWorkbook(), { settings: { year: 2022 } });
    const user = userEvent.setup();
    renderPane({ port: tw.port });
    const panel = await openSettings(user);
    await user.click(within(panel).getByRole("switch", { name: "项目名称不能为空" }));
    await user.keyboard("{Escape}");
    expect(screen.queryByRole("region", { name: "规则设置" })).toBeNull();
    await waitFor(() => expect(screen.getByRole("button", { name: "规则设置" })).toHaveFocus());
    expect(tw.savedSettings()).toEqual({ year: 2022 });
  });

  test("every rule is listed with its switch, severity and numeric options", async () => {
    const tw = createTestWorkbook(sampleWorkbook());
    const user = userEvent.setup();
    renderPane({ port: tw.port });
    const panel = await openSettings(user);
    expect(
      Array.from(panel.querySelectorAll("[data-rule]"))
        .flatMap((row) => within(row as HTMLElement).getAllByRole("switch"))
        .map((s) => (s as HTMLInputElement).checked),
    ).toEqual([true, true, true]);
    // technical ids only on demand
    expect(within(panel).queryByText("test/name-empty")).toBeNull();
    await user.click(within(panel).getByRole("switch", { name: "显示规则编号" }));
    expect(within(panel).getByText("test/name-empty")).toBeInTheDocument();
    expect(within(panel).getByRole("switch", { name: "项目名称不能为空" })).toBeChecked();
    expect(within(panel).getByRole("combobox", { name: "规则 指标值确定依据不能为空 的级别" })).toHaveValue("warning");
    // Only numeric options get an input ("note" is a string option).
    expect(within(panel).getByRole("textbox", { name: "规则 指标值过长 的选项 maxLength" })).toHaveValue("8");
    expect(within(panel).queryByRole("textbox", { name: /note/ })).toBeNull();
    expect(within(panel).getByRole("combobox", { name: "指标框架" })).toHaveValue("auto");
    expect(within(panel).getByRole("textbox", { name: "预算年度" })).toHaveValue("");
  });

  test("saved through the port, applied to the findings at once, and loaded again at start", async () => {
    const tw = createTestWorkbook(sampleWorkbook());
    const user = userEvent.setup();
    const view = renderPane({ port: tw.port });
    await user.click(await screen.findByRole("button", { name: "检查工作簿" }));
    await screen.findByRole("heading", { name: "问题列表" });
    expect(shownCells()).toEqual(["商务局!D2", "商务局!F12", "商务局!E32", "财政局!F12"]);

    let panel = await openSettings(user);
    await user.click(within(panel).getByRole("switch", { name: "指标值确定依据不能为空" }));
    await user.selectOptions(within(panel).getByRole("combobox", { name: "规则 项目名称不能为空 的级别" }), "warning");
    const max = within(panel).getByRole("textbox", { name: "规则 指标值过长 的选项 maxLength" });
    await user.clear(max);
    await user.type(max, "20");
    await user.selectOptions(within(panel).getByRole("combobox", { name: "指标框架" }), "2021");
    await user.type(within(panel).getByRole("textbox", { name: "预算年度" }), "2024");
    await user.click(within(panel).getByRole("button", { name: "保存" }));

    await waitFor(() => expect(screen.queryByRole("region", { name: "规则设置" })).toBeNull());
    expect(tw.savedSettings()).toEqual({
      framework: "2021",
      year: 2024,
      rules: {
        "test/name-empty": "warning",
        "test/basis-empty": "off",
        "test/value-long": { options: { maxLength: 20 } },
      },
    });
    // Re-checked with the new settings, without re-reading: no basis warnings, no long value, D2 now a warning.
    await waitFor(() => expect(shownCells()).toEqual(["商务局!D2"]));
    expect(findingButton("商务局", "D2")).toHaveAccessibleName(/^警告\s*，\s*单元格 D2\s*：\s*项目名称为空。$/);
    expect(tw.marked("商务局")).toEqual(["D2"]);
    expect(tw.marked("财政局")).toEqual([]);
    expect(screen.getByText("规则设置已保存。")).toBeInTheDocument();

    // A new pane on the same workbook starts from the saved settings.
    view.unmount();
    renderPane({ port: tw.port });
    panel = await openSettings(user);
    expect(within(panel).getByRole("switch", { name: "指标值确定依据不能为空" })).not.toBeChecked();
    expect(within(panel).getByRole("combobox", { name: "规则 项目名称不能为空 的级别" })).toHaveValue("warning");
    expect(within(panel).getByRole("textbox", { name: "规则 指标值过长 的选项 maxLength" })).toHaveValue("20");
    expect(within(panel).getByRole("combobox", { name: "指标框架" })).toHaveValue("2021");
    expect(within(panel).getByRole("textbox", { name: "预算年度" })).toHaveValue("2024");
  });

  test("settings already in the document apply to the first check", async () => {
    const tw = createTestWorkbook(sampleWorkbook(), { settings: { rules: { "test/name-empty": "off", "test/value-long": { severity: "error" } } } });
    const user = userEvent.setup();
    renderPane({ port: tw.port });
    const check = await screen.findByRole("button", { name: "检查工作簿" });
    await waitFor(() => expect(check).not.toHaveAttribute("aria-disabled", "true"));
    await user.click(check);
    await screen.findByRole("heading", { name: "问题列表" });
    expect(shownCells()).toEqual(["商务局!F12", "商务局!E32", "财政局!F12"]);
    expect(findingButton("商务局", "E32")).toHaveAccessibleName(/^错误\s*，/);
  });

  test("cancel keeps the saved settings; bad numbers cannot be saved; restore defaults", async () => {
    const tw = createTestWorkbook(sampleWorkbook(), { settings: { year: 2023 } });
    const user = userEvent.setup();
    renderPane({ port: tw.port });
    let panel = await openSettings(user);
    await user.click(within(panel).getByRole("switch", { name: "项目名称不能为空" }));
    await user.click(within(panel).getByRole("button", { name: "取消" }));
    await waitFor(() => expect(screen.queryByRole("region", { name: "规则设置" })).toBeNull());
    expect(tw.savedSettings()).toEqual({ year: 2023 });

    panel = await openSettings(user);
    expect(within(panel).getByRole("switch", { name: "项目名称不能为空" })).toBeChecked();
    const year = within(panel).getByRole("textbox", { name: "预算年度" });
    await user.clear(year);
    await user.type(year, "23");
    expect(within(panel).getByText("请输入 1990 至 2100 之间的年份，或留空。")).toBeInTheDocument();
    const max = within(panel).getByRole("textbox", { name: "规则 指标值过长 的选项 maxLength" });
    await user.clear(max);
    await user.type(max, "abc");
    expect(within(panel).getByText("请输入不小于 0 的数字（累计比例不超过 100）。")).toBeInTheDocument();
    const save = within(panel).getByRole("button", { name: "保存" });
    expect(save).toHaveAttribute("aria-disabled", "true");
    await user.click(save);
    expect(tw.savedSettings()).toEqual({ year: 2023 });

    await user.click(within(panel).getByRole("button", { name: "恢复默认" }));
    expect(year).toHaveValue("");
    expect(within(panel).getByRole("textbox", { name: "规则 指标值过长 的选项 maxLength" })).toHaveValue("8");
    await user.click(save);
    await waitFor(() => expect(screen.queryByRole("region", { name: "规则设置" })).toBeNull());
    expect(tw.savedSettings()).toEqual({});
  });

  test("with the shipped rules: plan/back-loaded's minimums are editable with Chinese labels, saved in the workbook, and applied", async () => {
    const tw = createTestWorkbook(sampleWorkbook());
    const user = userEvent.setup();
    renderPane({ port: tw.port, engine: defaultEngine });
    const panel = await openSettings(user);
    const row = panel.querySelector<HTMLElement>('[data-rule="plan/back-loaded"]')!;
    const june = within(row).getByRole("textbox", { name: "规则 支出进度偏后 的选项 6月底累计支出不低于（%，空=不要求）" });
    expect(june).toHaveValue("");
    // No option of any shipped rule is shown by its raw key.
    for (const box of within(panel).getAllByRole("textbox", { name: /的选项/ })) expect(box.getAttribute("aria-label")).not.toMatch(/选项 [a-z]/);
    await user.type(june, "150");
    expect(within(row).getByText("请输入不小于 0 的数字（累计比例不超过 100）。")).toBeInTheDocument();
    expect(within(panel).getByRole("button", { name: "保存" })).toHaveAttribute("aria-disabled", "true");
    await user.clear(june);
    await user.type(june, "50");
    await user.click(within(panel).getByRole("button", { name: "保存" }));
    await waitFor(() => expect(screen.queryByRole("region", { name: "规则设置" })).toBeNull());
    expect(tw.savedSettings()).toEqual({ rules: { "plan/back-loaded": { options: { minimum: { "6月底": 50 } } } } });
  });
});
