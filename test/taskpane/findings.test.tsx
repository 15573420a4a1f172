/** @jest-environment jsdom */
import "@testing-library/jest-dom";
import { act, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { createTestWorkbook } from "./host-port"; // the port under test: swap for the real adapter here
import { sampleWorkbook } from "./fixtures";
import { renderPane, tabbables, findingButton } from "./render";

async function checked() {
  const tw = createTestWorkbook(sampleWorkbook());
  const user = userEvent.setup();
  const view = renderPane({ port: tw.port });
  await user.click(await screen.findByRole("button", { name: "检查工作簿" }));
  await screen.findByRole("heading", { name: "问题列表" });
  return { tw, user, view };
}

function findingButtons(): HTMLElement[] {
  return Array.from(document.querySelectorAll<HTMLElement>("button[data-finding]"));
}

describe("findings in the pane", () => {
  test("the summary counts tables and findings by severity, and the live region announces it", async () => {
    await checked();
    expect(within(screen.getByTestId("summary-tables")).getByText("3")).toBeInTheDocument();
    expect(within(screen.getByTestId("summary-errors")).getByText("1")).toBeInTheDocument();
    expect(within(screen.getByTestId("summary-warnings")).getByText("2")).toBeInTheDocument();
    expect(within(screen.getByTestId("summary-infos")).getByText("1")).toBeInTheDocument();
    expect(screen.getByRole("status")).toHaveTextContent("检查完成：3 张绩效目标表，1 个错误，2 个警告，1 条提示。");
  });

  test("findings are grouped by sheet, then by table, in workbook order", async () => {
    await checked();
    const sheets = Array.from(document.querySelectorAll<HTMLElement>("[data-sheet-group]"));
    expect(sheets.map((s) => s.dataset.sheetGroup)).toEqual(["商务局", "财政局"]);
    expect(within(sheets[0]).getByRole("heading", { level: 3 })).toHaveTextContent("工作表 商务局 1 个错误 1 个警告 1 条提示");
    const tables = Array.from(sheets[0].querySelectorAll<HTMLElement>("[data-table-group]"));
    expect(tables.map((t) => t.dataset.tableGroup)).toEqual(["2023年招商引资项目绩效目标表", "展会"]);
    expect(within(tables[0]).getAllByRole("listitem")).toHaveLength(2);
    expect(within(tables[1]).getAllByRole("listitem")).toHaveLength(1);
    expect(sheets[1].querySelectorAll("button[data-finding]")).toHaveLength(1);
  });

  test("each finding shows its severity as a word with an icon, the cell and the message", async () => {
    await checked();
    const first = screen.getByRole("button", { name: /项目名称为空/ });
    expect(within(first).getByText("错误")).toBeInTheDocument();
    expect(first.querySelector("[data-severity=error] svg")).not.toBeNull();
    expect(within(first).getByText("单元格 D2")).toBeInTheDocument();
    expect(first).toHaveAccessibleName(/^错误\s*，\s*单元格 D2\s*：\s*项目名称为空。$/);
    const badges = findingButtons().map((b) => b.querySelector("[data-severity]")!.textContent);
    expect(badges).toEqual(["错误", "警告", "提示", "警告"]);
  });

  test("checking marks the findings' cells", async () => {
    const { tw } = await checked();
    expect(tw.marked("商务局")).toEqual(["D2", "F12", "E32"]);
    expect(tw.marked("财政局")).toEqual(["F12"]);
    expect(tw.marked("说明")).toEqual([]);
  });

  test("clicking a finding selects its cell", async () => {
    const { tw, user } = await checked();
    await user.click(screen.getByRole("button", { name: /展会|指标值有 15 个字/ }));
    expect(tw.selection()).toEqual({ sheet: "商务局", cell: "E32" });
    await user.click(findingButton("财政局", "F12"));
    expect(tw.selection()).toEqual({ sheet: "财政局", cell: "F12" });
  });

  test("the list is one Tab stop; arrow keys move; Enter and Space select", async () => {
    const { tw, user } = await checked();
    const buttons = findingButtons();
    expect(buttons.map((b) => b.tabIndex)).toEqual([0, -1, -1, -1]);
    act(() => buttons[0].focus());
    await user.keyboard("{ArrowDown}");
    expect(buttons[1]).toHaveFocus();
    await user.keyboard("{Enter}");
    await waitFor(() => expect(tw.selection()).toEqual({ sheet: "商务局", cell: "F12" }));
    await user.keyboard("{End}");
    expect(buttons[3]).toHaveFocus();
    await user.keyboard(" ");
    await waitFor(() => expect(tw.selection()).toEqual({ sheet: "财政局", cell: "F12" }));
    await user.keyboard("{Home}");
    expect(buttons[0]).toHaveFocus();
    await user.keyboard("{ArrowUp}");
    expect(buttons[0]).toHaveFocus();
    // Tab leaves the list: the roving tab index keeps only the current finding tabbable.
    expect(findingButtons().filter((b) => b.tabIndex === 0)).toEqual([buttons[0]]);
  });

  test("every action is in the Tab order, the findings list once", async () => {
    await checked();
    const names = tabbables().map((el) =>
      el.getAttribute("role") === "tab"
        ? `<tab ${el.getAttribute("aria-selected") === "true" ? "selected" : ""}>`
        : el.tagName === "SELECT"
          ? `<select ${(el as HTMLSelectElement).labels?.[0]?.textContent}>`
          : el.dataset.finding
            ? `<finding ${el.dataset.finding}>`
            : el.getAttribute("aria-label") || el.textContent,
    );
    expect(names).toEqual([
      // the pane's tabs (检查 | 新建项目表; in Office, tabster makes only the selected one a Tab stop)
      "<tab selected>",
      "<tab >",
      "重新检查",
      "清除标记",
      "导出检查报告",
      "规则设置",
      "错误 1",
      "警告 2",
      "提示 1",
      "<select 按规则筛选>",
      // 生成自评表 in each project table's group header (the clean ones are listed for it), the findings under it
      "生成自评表",
      "<finding 商务局!D2|test/name-empty>",
      "生成自评表",
      "生成自评表",
    ]);
  });

  test("清除标记 removes every mark", async () => {
    const { tw, user } = await checked();
    await user.click(screen.getByRole("button", { name: "清除标记" }));
    await screen.findByText("已清除单元格标记。");
    expect(tw.marked("商务局")).toEqual([]);
    expect(tw.marked("财政局")).toEqual([]);
  });

  test("清除标记 works in a pane opened later on a marked workbook, before any check", async () => {
    const { tw, user, view } = await checked();
    expect(tw.marked("商务局")).not.toEqual([]);
    view.unmount(); // the pane is closed; the workbook keeps its marks
    renderPane({ port: tw.port });
    const clear = await screen.findByRole("button", { name: "清除标记" });
    expect(clear).not.toHaveAttribute("aria-disabled", "true");
    await user.click(clear);
    await screen.findByText("已清除单元格标记。");
    expect(tw.marked("商务局")).toEqual([]);
    expect(tw.marked("财政局")).toEqual([]);
  });

  test("导出检查报告 writes a report sheet listing every finding", async () => {
    const { tw, user } = await checked();
    await user.click(screen.getByRole("button", { name: "导出检查报告" }));
    await screen.findByText("检查报告已写入工作表“检查报告”。");
    expect(tw.sheetNames()).toContain("检查报告");
    // Whatever the report's layout, every finding's cell and message are in it.
    const values = Object.values(tw.cells("检查报告")).map(String);
    for (const [cell, message] of [
      ["D2", "项目名称为空。"],
      ["F12", "“开展招商活动”的指标值确定依据为空。"],
      ["E32", "指标值有 15 个字，超过 8 个。"],
    ]) {
      expect(values).toContain(cell);
      expect(values.some((v) => v.includes(message))).toBe(true);
    }
  });

  test("a second 导出检查报告 asks first, and 替换 replaces the report in place (never 检查报告 (2)); 取消 writes nothing", async () => {
    const { tw, user } = await checked();
    const exportButton = screen.getByRole("button", { name: "导出检查报告" });
    await user.click(exportButton);
    await screen.findByText("检查报告已写入工作表“检查报告”。");
    const names = tw.sheetNames();
    const firstReport = tw.cells("检查报告");

    // a re-check after an edit changes the findings: D2's 项目名称 filled in
    await tw.edit("商务局", "D2", "招商引资", { silent: true });
    await user.click(screen.getByRole("button", { name: "重新检查" }));
    await waitFor(() => expect(document.querySelector('button[data-finding^="商务局!D2|"]')).toBeNull());
    await waitFor(() => expect(exportButton).not.toHaveAttribute("aria-disabled", "true"));

    await user.click(screen.getByRole("button", { name: "导出检查报告" }));
    let dialog = await screen.findByTestId("report-replace", {}, { timeout: 10000 });
    expect(dialog).toHaveTextContent("替换上次的检查报告？");
    expect(dialog).toHaveTextContent("工作簿中已有检查报告“检查报告”。替换后，该工作表的全部内容将改为本次的检查结果");
    await user.click(within(dialog).getByRole("button", { name: "取消", hidden: true }));
    await waitFor(() => expect(screen.queryByTestId("report-replace")).toBeNull());
    expect(tw.sheetNames()).toEqual(names);
    expect(tw.cells("检查报告")).toEqual(firstReport);

    await user.click(exportButton);
    dialog = await screen.findByTestId("report-replace", {}, { timeout: 10000 });
    await user.click(within(dialog).getByRole("button", { name: "替换", hidden: true }));
    await screen.findByText("已用本次检查结果替换工作表“检查报告”中的检查报告。", {}, { timeout: 10000 });
    expect(tw.sheetNames()).toEqual(names);
    const values = Object.values(tw.cells("检查报告")).map(String);
    expect(values.some((v) => v.includes("项目名称为空。"))).toBe(false);
    expect(values.some((v) => v.includes("“开展招商活动”的指标值确定依据为空。"))).toBe(true);
  });

  test("a check run on a sheet without findings shows the first sheet that has some; each sheet heading counts and goes to its sheet", async () => {
    const tw = createTestWorkbook(sampleWorkbook());
    await tw.port.select("说明", "A1");
    const user = userEvent.setup();
    renderPane({ port: tw.port });
    await user.click(await screen.findByRole("button", { name: "检查工作簿" }));
    await screen.findByRole("heading", { name: "问题列表" });
    await waitFor(() => expect(tw.activeSheet()).toBe("商务局"));

    const headings = Array.from(document.querySelectorAll<HTMLElement>("button[data-sheet-button]"));
    expect(headings.map((h) => h.textContent)).toEqual(["工作表 商务局 1 个错误 1 个警告 1 条提示", "工作表 财政局 1 个警告"]);
    expect(headings[0]).toHaveAccessibleName("工作表 商务局 1 个错误 1 个警告 1 条提示");
    expect(headings[0]).toHaveAccessibleDescription("转到该工作表");
    // the counts agree with the findings listed under each heading
    for (const h of headings) {
      const group = h.closest<HTMLElement>("[data-sheet-group]")!;
      const names = Array.from(group.querySelectorAll<HTMLElement>("button[data-finding]")).map((b) => b.getAttribute("aria-label") ?? b.textContent ?? "");
      expect(names.length).toBe(
        Number(/(\d+) 个错误/.exec(h.textContent!)?.[1] ?? 0) +
          Number(/(\d+) 个警告/.exec(h.textContent!)?.[1] ?? 0) +
          Number(/(\d+) 条提示/.exec(h.textContent!)?.[1] ?? 0),
      );
    }
    await user.click(headings[1]);
    await waitFor(() => expect(tw.activeSheet()).toBe("财政局"));

    // a check with the active sheet holding findings stays there
    await user.click(screen.getByRole("button", { name: "重新检查" }));
    await screen.findByRole("status");
    await waitFor(() => expect(screen.getByRole("button", { name: "重新检查" })).not.toHaveAttribute("aria-disabled", "true"));
    expect(tw.activeSheet()).toBe("财政局");
  });

  test("a progress bar shows while sheets are read", async () => {
    const tw = createTestWorkbook(sampleWorkbook());
    const user = userEvent.setup();
    renderPane({ port: tw.port });
    const hold = tw.holdReads();
    await user.click(await screen.findByRole("button", { name: "检查工作簿" }));
    const bar = await screen.findByRole("progressbar");
    // "正在读取工作表 n/3" once the host has said how many sheets there are.
    await screen.findByText(/^正在读取工作表 [0-3]\/3$/);
    const now = Number(bar.getAttribute("aria-valuenow"));
    expect(now).toBeGreaterThanOrEqual(0);
    expect(now).toBeLessThan(1);
    expect(screen.getByRole("button", { name: "检查工作簿" })).toHaveAttribute("aria-disabled", "true");
    hold.release();
    await screen.findByRole("heading", { name: "问题列表" });
    expect(screen.queryByRole("progressbar")).toBeNull();
  });

  test("English when the display language is English", async () => {
    const tw = createTestWorkbook(sampleWorkbook());
    const user = userEvent.setup();
    renderPane({ port: tw.port, lang: "en" });
    await user.click(await screen.findByRole("button", { name: "Check workbook" }));
    await screen.findByRole("heading", { name: "Problems" });
    expect(screen.getByRole("button", { name: /^Error\s*,\s*Cell D2\s*:\s*The project name is blank\.$/ })).toBeInTheDocument();
    expect(screen.getByRole("status")).toHaveTextContent("Check finished: 3 tables, 1 errors, 2 warnings, 1 notes.");
  });
});
