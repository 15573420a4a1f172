/** @jest-environment jsdom */
import "@testing-library/jest-dom";
import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { createTestWorkbook } from "./host-port"; // the port under test: swap for the real adapter here
import { sampleWorkbook, testEngine } from "./fixtures";
import type { Engine } from "../../src/taskpane/session";
import { renderPane, findingButton } from "./render";

function shownCells(): string[] {
  return Array.from(document.querySelectorAll<HTMLElement>("button[data-finding]")).map((b) => b.dataset.finding!.split("|")[0]);
}

async function checked() {
  const tw = createTestWorkbook(sampleWorkbook());
  const user = userEvent.setup();
  renderPane({ port: tw.port });
  await user.click(await screen.findByRole("button", { name: "检查工作簿" }));
  await screen.findByRole("heading", { name: "问题列表" });
  return { tw, user };
}

describe("filters", () => {
  test("severity toggles hide and show findings of that severity", async () => {
    const { user } = await checked();
    expect(shownCells()).toEqual(["商务局!D2", "商务局!F12", "商务局!E32", "财政局!F12"]);
    const warnings = screen.getByRole("button", { name: "警告 2" });
    expect(warnings).toHaveAttribute("aria-pressed", "true");
    await user.click(warnings);
    expect(warnings).toHaveAttribute("aria-pressed", "false");
    expect(shownCells()).toEqual(["商务局!D2", "商务局!E32"]);
    expect(screen.getByText("显示 2/4 条")).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "错误 1" }));
    expect(shownCells()).toEqual(["商务局!E32"]);
    await user.click(screen.getByRole("button", { name: "提示 1" }));
    expect(shownCells()).toEqual([]);
    expect(screen.getByText("没有符合筛选条件的问题。")).toBeInTheDocument();
    await user.click(warnings);
    expect(shownCells()).toEqual(["商务局!F12", "财政局!F12"]);
  });

  test("the rule filter shows one rule's findings; the summary still counts all", async () => {
    const { user } = await checked();
    const select = screen.getByRole("combobox", { name: "按规则筛选" });
    await user.selectOptions(select, "test/basis-empty");
    expect(shownCells()).toEqual(["商务局!F12", "财政局!F12"]);
    expect(screen.getByText("显示 2/4 条")).toBeInTheDocument();
    await user.selectOptions(select, "test/name-empty");
    expect(shownCells()).toEqual(["商务局!D2"]);
    await user.selectOptions(select, "");
    expect(shownCells()).toHaveLength(4);
  });

  test("severity and rule filters combine", async () => {
    const { user } = await checked();
    await user.selectOptions(screen.getByRole("combobox", { name: "按规则筛选" }), "test/basis-empty");
    await user.click(screen.getByRole("button", { name: "警告 2" }));
    expect(shownCells()).toEqual([]);
  });

  test("clicking a filtered finding still selects its cell", async () => {
    const { tw, user } = await checked();
    await user.click(screen.getByRole("button", { name: "错误 1" }));
    await user.click(findingButton("财政局", "F12"));
    expect(tw.selection()).toEqual({ sheet: "财政局", cell: "F12" });
  });
});

describe("the count says what is listed", () => {
  test("862 findings, 300 listed: 显示 300/862; 再显示 raises it", async () => {
    // an engine whose one rule reports 862 findings on the sample (one per cell of a long run)
    const many: Engine = {
      ...testEngine,
      check: (wb, config) => {
        const r = testEngine.check(wb, config);
        const f = r.findings[0];
        return { ...r, findings: Array.from({ length: 862 }, (_, i) => ({ ...f, row: i, cell: `A${i + 1}` })) };
      },
      recheck: undefined,
    };
    const tw = createTestWorkbook(sampleWorkbook());
    const user = userEvent.setup();
    renderPane({ port: tw.port, engine: many });
    await user.click(await screen.findByRole("button", { name: "检查工作簿" }));
    await screen.findByRole("heading", { name: "问题列表" });
    expect(screen.getByText("显示 300/862 条")).toBeInTheDocument();
    expect(document.querySelectorAll("button[data-finding]")).toHaveLength(300);
    await user.click(screen.getByRole("button", { name: /再显示 300 条/ }));
    expect(screen.getByText("显示 600/862 条")).toBeInTheDocument();
  }, 30000);

  test("a severity toggle shows its state beyond its shade: a check mark while pressed, the severity icon when not", async () => {
    const { user } = await checked();
    const warnings = screen.getByRole("button", { name: "警告 2" });
    expect(warnings.querySelector("svg")).not.toBeNull();
    const pressedIcon = warnings.querySelector("svg")!.outerHTML;
    await user.click(warnings);
    expect(warnings).toHaveAttribute("aria-pressed", "false");
    expect(warnings.querySelector("svg")!.outerHTML).not.toBe(pressedIcon);
  }, 120_000); // renders 862 findings in jsdom: about 10 s on a quiet machine, over 30 s on a loaded one
});
