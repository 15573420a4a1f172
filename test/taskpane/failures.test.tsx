/** @jest-environment jsdom */
import "@testing-library/jest-dom";
import { screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { createTestWorkbook } from "./host-port"; // the port under test: swap for the real adapter here
import { sampleWorkbook } from "./fixtures";
import { renderPane, findFindingButton } from "./render";
import { ExcelPort } from "../../src/excel/port";
import { WorkbookModel } from "../../src/engine/sheet";

/** The port with one operation failing the way Office.js fails (a rejected promise with a RichApi-like error). */
function failing(wb: WorkbookModel, op: keyof ExcelPort, message: string) {
  const tw = createTestWorkbook(wb);
  const port: ExcelPort = Object.create(tw.port);
  (port as unknown as Record<string, unknown>)[op] = async () => {
    throw Object.assign(new Error(message), { code: "GeneralException" });
  };
  return { tw, port };
}

describe("when Excel refuses", () => {
  test("a failed read says so and leaves the pane usable", async () => {
    const { port } = failing(sampleWorkbook(), "readWorkbook", "RequestPayloadSizeLimitExceeded");
    const user = userEvent.setup();
    renderPane({ port });
    await user.click(await screen.findByRole("button", { name: "检查工作簿" }));
    expect(await screen.findByText("检查失败：RequestPayloadSizeLimitExceeded")).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "检查工作簿" })).not.toHaveAttribute("aria-disabled", "true");
    await user.click(screen.getByRole("button", { name: "关闭" }));
    expect(screen.queryByText(/检查失败/)).toBeNull();
  });

  test("a failed selection is reported; the list stays", async () => {
    const { port } = failing(sampleWorkbook(), "select", "GeneralException");
    const user = userEvent.setup();
    renderPane({ port });
    await user.click(await screen.findByRole("button", { name: "检查工作簿" }));
    await user.click(await findFindingButton("商务局", "D2"));
    expect(await screen.findByText("无法选中 商务局!D2：GeneralException")).toBeInTheDocument();
  });

  test("settings that cannot be loaded fall back to the defaults with a message", async () => {
    const { port } = failing(sampleWorkbook(), "loadSettings", "AccessDenied");
    renderPane({ port });
    expect(await screen.findByText("读取已保存的设置失败，使用默认设置：AccessDenied")).toBeInTheDocument();
    await waitFor(() => expect(screen.getByRole("button", { name: "检查工作簿" })).not.toHaveAttribute("aria-disabled", "true"));
  });

  test("a failed report export is reported", async () => {
    const { tw, port } = failing(sampleWorkbook(), "writeReport", "InvalidOperation");
    const user = userEvent.setup();
    renderPane({ port });
    await user.click(await screen.findByRole("button", { name: "检查工作簿" }));
    await screen.findByRole("heading", { name: "问题列表" });
    await user.click(screen.getByRole("button", { name: "导出检查报告" }));
    expect(await screen.findByText("导出检查报告失败：InvalidOperation")).toBeInTheDocument();
    expect(tw.sheetNames()).not.toContain("检查报告");
  });
});
