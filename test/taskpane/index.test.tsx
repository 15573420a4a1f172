/** @jest-environment jsdom */
import "@testing-library/jest-dom";
import { act, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { createExcelHost } from "../../src/demo/host";
import { toHostWorkbook } from "./host-port";
import { sampleWorkbook } from "./fixtures";
import "./render"; // jsdom stand-ins

/**
 * src/taskpane/index.tsx as Excel runs it: Office.onReady, then the pane with the Office.js adapter
 * (createOfficePort) — here over the strict in-memory host, which installs Office and Excel.
 */
function boot(setup?: (office: Record<string, any>) => void) {
  document.body.innerHTML = '<div id="container"></div>';
  const host = createExcelHost(toHostWorkbook(sampleWorkbook()));
  const uninstall = host.install();
  setup?.((globalThis as any).Office);
  act(() => {
    jest.isolateModules(() => {
      require("../../src/taskpane/index");
    });
  });
  return { host, uninstall };
}

describe("index.tsx", () => {
  test("renders the pane in Chinese inside Office.onReady and checks through the adapter", async () => {
    const { uninstall } = boot();
    const user = userEvent.setup();
    expect(document.documentElement.lang).toBe("zh-CN");
    await user.click(await screen.findByRole("button", { name: "检查工作簿" }));
    const tables = await screen.findByTestId("summary-tables");
    expect(within(tables).getByText("3")).toBeInTheDocument();
    uninstall();
  });

  test("light theme by default (no officeTheme from the host)", async () => {
    const { uninstall } = boot();
    await screen.findByRole("button", { name: "检查工作簿" });
    expect(document.querySelector(".fui-FluentProvider")).toHaveAttribute("data-theme", "light");
    uninstall();
  });

  test("English when Office's display language is English", async () => {
    const { uninstall } = boot((office) => (office.context.displayLanguage = "en-US"));
    expect(await screen.findByRole("button", { name: "Check workbook" })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe("en");
    uninstall();
  });

  test("dark Office theme → dark Fluent theme", async () => {
    const { uninstall } = boot((office) => (office.context.officeTheme = { bodyBackgroundColor: "#1F1F1F" }));
    await screen.findByRole("button", { name: "检查工作簿" });
    expect(document.querySelector(".fui-FluentProvider")).toHaveAttribute("data-theme", "dark");
    uninstall();
  });

  test("outside Excel it says where to open it", async () => {
    const { uninstall } = boot((office) => (office.onReady = (cb: (i: unknown) => void) => cb({ host: null, platform: null })));
    expect(await screen.findByText(/请在 Excel 中打开此加载项/)).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "检查工作簿" })).toBeNull();
    uninstall();
  });
});
