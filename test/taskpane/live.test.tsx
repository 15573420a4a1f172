/** @jest-environment jsdom */
import "@testing-library/jest-dom";
import { act, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { createTestWorkbook } from "./host-port"; // the port under test: swap for the real adapter here
import { sampleWorkbook } from "./fixtures";
import { renderPane } from "./render";

function shownCells(): string[] {
  return Array.from(document.querySelectorAll<HTMLElement>("button[data-finding]")).map((b) => b.dataset.finding!.split("|")[0]);
}

const DEBOUNCE = 40;

async function checked() {
  const tw = createTestWorkbook(sampleWorkbook());
  const user = userEvent.setup();
  renderPane({ port: tw.port, debounceMs: DEBOUNCE });
  await user.click(await screen.findByRole("button", { name: "检查工作簿" }));
  await screen.findByRole("heading", { name: "问题列表" });
  return { tw, user };
}

const sleep = (ms: number) => act(() => new Promise<void>((r) => setTimeout(r, ms)));

describe("live re-check", () => {
  test("an edit re-checks its sheet after a quiet spell; the marks wait for the next check (Ctrl+Z stays the user's)", async () => {
    const { tw } = await checked();
    expect(tw.marked("商务局")).toEqual(["D2", "F12", "E32"]);
    await act(() => tw.edit("商务局", "D2", "招商引资"));
    // Not before the debounce has passed.
    expect(shownCells()).toContain("商务局!D2");
    await waitFor(() => expect(shownCells()).toEqual(["商务局!F12", "商务局!E32", "财政局!F12"]));
    // Nothing was written: the mark on the fixed cell stays until the user checks again.
    expect(tw.marked("商务局")).toEqual(["D2", "F12", "E32"]);
    expect(await screen.findByText(/单元格标记尚未更新/)).toBeInTheDocument();
    expect(within(screen.getByTestId("summary-errors")).getByText("0")).toBeInTheDocument();
    // only the first of 商务局's two tables holds D2
    expect(screen.getByRole("status")).toHaveTextContent("已重新检查工作表 商务局 中受修改影响的 1 张表。");
    await userEvent.setup().click(screen.getByRole("button", { name: "重新检查" }));
    await waitFor(() => expect(tw.marked("商务局")).toEqual(["F12", "E32"]));
    expect(tw.marked("财政局")).toEqual(["F12"]);
  });

  test("a burst of edits waits for the quiet spell after the last one", async () => {
    const tw = createTestWorkbook(sampleWorkbook());
    const user = userEvent.setup();
    renderPane({ port: tw.port, debounceMs: 400 });
    await user.click(await screen.findByRole("button", { name: "检查工作簿" }));
    await screen.findByRole("heading", { name: "问题列表" });
    await act(() => tw.edit("商务局", "D2", "招"));
    await sleep(150);
    await act(() => tw.edit("商务局", "D2", "招商"));
    await sleep(150);
    await act(() => tw.edit("商务局", "D2", "招商引资"));
    await sleep(150);
    // 450 ms after the first edit, but only 150 ms after the last: not re-checked yet.
    expect(shownCells()).toContain("商务局!D2");
    await waitFor(() => expect(shownCells()).not.toContain("商务局!D2"));
  });

  test("only the edited sheet is re-read", async () => {
    const { tw } = await checked();
    // 财政局's basis is filled in without any event (as when events are lost): the pane keeps
    // what it read; 商务局's edit is reported and re-read.
    await act(() => tw.edit("财政局", "F12", "工作计划", { silent: true }));
    await act(() => tw.edit("商务局", "F12", "工作计划"));
    await waitFor(() => expect(shownCells()).toEqual(["商务局!D2", "商务局!E32", "财政局!F12"]));
    expect(tw.marked("商务局")).toEqual(["D2", "F12", "E32"]); // marks are updated on request only
    expect(tw.marked("财政局")).toEqual(["F12"]);
    // A full check sees everything.
    await userEvent.setup().click(screen.getByRole("button", { name: "重新检查" }));
    await waitFor(() => expect(shownCells()).toEqual(["商务局!D2", "商务局!E32"]));
    expect(tw.marked("财政局")).toEqual([]);
  });

  test("edits made before the first check are not re-checked on their own", async () => {
    const tw = createTestWorkbook(sampleWorkbook());
    renderPane({ port: tw.port, debounceMs: DEBOUNCE });
    await screen.findByRole("button", { name: "检查工作簿" });
    await act(() => tw.edit("商务局", "D2", "招商引资"));
    await sleep(DEBOUNCE * 3);
    expect(screen.queryByRole("heading", { name: "问题列表" })).toBeNull();
    expect(tw.marked("商务局")).toEqual([]);
  });

  test("after 清除标记, a re-check updates the list but does not mark again", async () => {
    const { tw, user } = await checked();
    await user.click(screen.getByRole("button", { name: "清除标记" }));
    await screen.findByText("已清除单元格标记。");
    await act(() => tw.edit("商务局", "D2", "招商引资"));
    await waitFor(() => expect(shownCells()).toEqual(["商务局!F12", "商务局!E32", "财政局!F12"]));
    expect(tw.marked("商务局")).toEqual([]);
  });

  test("an edit on a sheet without tables is re-read quietly", async () => {
    const { tw } = await checked();
    await act(() => tw.edit("说明", "A1", "项目名称"));
    await waitFor(() => expect(screen.getByRole("status")).toHaveTextContent("已重新检查工作表 说明 中受修改影响的 0 张表。"));
    expect(within(screen.getByTestId("summary-tables")).getByText("3")).toBeInTheDocument();
    expect(shownCells()).toHaveLength(4);
    expect(screen.queryByText(/重新检查失败/)).toBeNull();
  });
});
