/** @jest-environment jsdom */
import "@testing-library/jest-dom";
import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { createTestWorkbook } from "./host-port"; // the port under test: swap for the real adapter here
import { sampleWorkbook } from "./fixtures";
import { renderPane } from "./render";
import { dictionaries } from "../../src/taskpane/i18n";
import { pseudoLocalize } from "./pseudo";
import { WorkbookModel } from "../../src/engine/sheet";

/** The sample workbook with long sheet names and long table names (3× and more). */
function longWorkbook(): WorkbookModel {
  const wb = sampleWorkbook();
  const longSheet = "商务局".repeat(9); // 27 characters; Excel allows 31
  wb.sheets[0].name = longSheet;
  const title = wb.sheets[0].values[0][0] as string;
  wb.sheets[0].values[0][0] = title.replace("招商引资", "招商引资".repeat(12));
  return wb;
}

describe("long Chinese strings", () => {
  test("the pane renders and works with pseudo-localised strings (3× length) and long names", async () => {
    const strings = pseudoLocalize(dictionaries.zh, 3);
    const tw = createTestWorkbook(longWorkbook(), { protectedSheets: ["财政局"], notes: false });
    const user = userEvent.setup();
    renderPane({ port: tw.port, strings });
    const check = await screen.findByRole("button", { name: strings.check });
    await user.click(check);
    await screen.findByRole("heading", { name: strings.findingsHeading });
    expect(document.querySelectorAll("button[data-finding]")).toHaveLength(4);
    expect(screen.getByTestId("unmarked-sheets")).toHaveTextContent("财政局");
    expect(screen.getByTestId("no-notes")).toBeInTheDocument();
    const sheetGroup = document.querySelector<HTMLElement>("[data-sheet-group]")!;
    expect(within(sheetGroup).getByRole("heading", { level: 3 })).toHaveTextContent("商务局".repeat(9));
    await user.click(document.querySelector<HTMLElement>("button[data-finding]")!);
    expect(tw.selection()).toEqual({ sheet: "商务局".repeat(9), cell: "D2" });

    await user.click(screen.getByRole("button", { name: strings.settings }));
    expect(await screen.findByRole("region", { name: strings.settingsTitle })).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: strings.cancel }));
    expect(screen.getByRole("button", { name: strings.recheck })).toBeInTheDocument();
  });

  test("long strings in English render too", async () => {
    const strings = pseudoLocalize(dictionaries.en, 3);
    const tw = createTestWorkbook(longWorkbook());
    const user = userEvent.setup();
    renderPane({ port: tw.port, strings, lang: "en" });
    await user.click(await screen.findByRole("button", { name: strings.check }));
    await screen.findByRole("heading", { name: strings.findingsHeading });
    expect(screen.getByRole("status").textContent).toContain("［");
  });
});
