/** @jest-environment jsdom */
import "@testing-library/jest-dom";
import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { createTestWorkbook } from "./host-port"; // the port under test: swap for the real adapter here
import { noTableWorkbook, sampleWorkbook } from "./fixtures";
import { renderPane, findingButton } from "./render";
import { WorkbookModel } from "../../src/engine/sheet";

async function check(wb: WorkbookModel, opts: Parameters<typeof createTestWorkbook>[1] = {}) {
  const tw = createTestWorkbook(wb, opts);
  const user = userEvent.setup();
  renderPane({ port: tw.port });
  await user.click(await screen.findByRole("button", { name: "检查工作簿" }));
  await screen.findByRole("button", { name: "重新检查" });
  return { tw, user };
}

describe("a workbook without tables", () => {
  test("says 未找到绩效目标表, with a hint on how tables are recognised", async () => {
    await check(noTableWorkbook());
    const empty = screen.getByTestId("empty-state");
    expect(within(empty).getByRole("heading", { name: "未找到绩效目标表" })).toBeInTheDocument();
    expect(within(empty).getByText(/项目名称.*绩效目标/)).toBeInTheDocument();
    expect(screen.getByRole("status")).toHaveTextContent("检查完成：未找到绩效目标表。");
    expect(screen.getByRole("button", { name: "导出检查报告" })).toHaveAttribute("aria-disabled", "true");
    expect(screen.queryByRole("heading", { name: "问题列表" })).toBeNull();
  });

  test("a blank workbook says it is empty, too", async () => {
    await check({ name: "空.xlsx", sheets: [{ name: "Sheet1", originRow: 0, originCol: 0, values: [], merges: [] }] });
    expect(screen.getByRole("heading", { name: "未找到绩效目标表" })).toBeInTheDocument();
    expect(screen.getByText("工作簿中没有任何内容。")).toBeInTheDocument();
  });

  test("in English", async () => {
    const tw = createTestWorkbook(noTableWorkbook());
    const user = userEvent.setup();
    renderPane({ port: tw.port, lang: "en" });
    await user.click(await screen.findByRole("button", { name: "Check workbook" }));
    expect(await screen.findByRole("heading", { name: "No performance target table found" })).toBeInTheDocument();
  });
});

describe("protected sheets", () => {
  test("when every sheet is protected the pane says so, names them, and still lists the findings", async () => {
    const { tw } = await check(sampleWorkbook(), { protectedSheets: ["商务局", "财政局", "说明"] });
    const bar = screen.getByTestId("all-protected");
    expect(bar).toHaveTextContent("所有工作表均受保护");
    expect(bar).toHaveTextContent("商务局、财政局、说明 受保护");
    expect(document.querySelectorAll("button[data-finding]")).toHaveLength(4);
    // Nothing was written.
    expect(tw.marked("商务局")).toEqual([]);
    expect(tw.marked("财政局")).toEqual([]);
    expect(screen.queryByTestId("unmarked-sheets")).toBeNull();
  });

  test("protected sheets skipped by the highlighting are named in a message bar", async () => {
    const { tw } = await check(sampleWorkbook(), { protectedSheets: ["财政局"] });
    expect(screen.getByTestId("unmarked-sheets")).toHaveTextContent("以下工作表受保护，未在单元格上标记（问题仍列在下面）：财政局");
    expect(screen.queryByTestId("all-protected")).toBeNull();
    expect(tw.marked("商务局")).toEqual(["D2", "F12", "E32"]);
    expect(tw.marked("财政局")).toEqual([]);
    expect(findingButton("财政局", "F12")).toBeInTheDocument();
  });

  test("a host without notes says the messages are in the pane only", async () => {
    await check(sampleWorkbook(), { notes: false });
    expect(screen.getByTestId("no-notes")).toHaveTextContent("不支持在单元格上添加说明");
  });
});
