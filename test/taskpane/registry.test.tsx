/** @jest-environment jsdom */
import "@testing-library/jest-dom";
import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { createTestWorkbook } from "./host-port"; // the port under test: swap for the real adapter here
import { sampleWorkbook } from "./fixtures";
import { renderPane } from "./render";
import { defaultEngine } from "../../src/taskpane/session";
import { rules } from "../../src/engine/rules";

/** The pane with the real engine and registry (whatever rules it holds today). */
describe("with the real rule registry", () => {
  test("checks the workbook and offers every registered rule in the settings", async () => {
    const tw = createTestWorkbook(sampleWorkbook());
    const user = userEvent.setup();
    renderPane({ port: tw.port, engine: defaultEngine });
    await user.click(await screen.findByRole("button", { name: "检查工作簿" }));
    await screen.findByTestId("summary-tables");
    expect(within(screen.getByTestId("summary-tables")).getByText("3")).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "规则设置" }));
    const panel = await screen.findByRole("region", { name: "规则设置" });
    // one switch per rule, under its user-facing name; the ids only on demand
    for (const r of rules) expect(within(panel).getByRole("switch", { name: r.meta.name.zh })).toBeInTheDocument();
    expect(within(panel).queryByText(rules[0].meta.id)).toBeNull();
    await user.click(within(panel).getByRole("switch", { name: "显示规则编号" }));
    for (const r of rules) expect(within(panel).getByText(r.meta.id)).toBeInTheDocument();
  });
});
