/**
 * @jest-environment node
 *
 * End to end, in Chromium: the browser demo (npm run demo) with the real task pane over the
 * simulated Excel. Checks the sample, follows a finding, re-checks live after edits, clears marks,
 * runs axe on the pane, and saves screenshots (test-output/e2e/).
 */
import {
  DEBOUNCE_MS,
  MARK_FILLS,
  axeSerious,
  axeSeriousPage,
  checkWorkbook,
  describeBrowser,
  fills,
  findingKeys,
  gridSelection,
  marks,
  openDemo,
  outPath,
  settled,
  snapshot,
  summary,
  td,
  updateDocsScreenshot,
  useDemo,
} from "./harness";

jest.setTimeout(90_000);

const SAMPLE_FINDINGS = [
  "招商引资!B6|plan/back-loaded",
  "招商引资!E14|indicator/cost-not-monetary",
  "项目扶持资金!B6|plan/back-loaded",
  "项目扶持资金!C7|goal/duplicate-across-tables",
  "项目扶持资金!C8|goal/duplicate-across-tables",
];

describeBrowser("browser demo: the task pane over the simulated Excel", () => {
  const session = useDemo();

  test("opens on the sample with the demo banner, sheet tabs and the pane, with no network and no errors", async () => {
    const d = await openDemo(session());
    const requests: string[] = [];
    d.page.on("request", (r) => requests.push(r.url()));
    await d.page.reload();
    await d.page.evaluate(() => window.__jixiaoDemo!.ready());
    expect(await d.page.getByRole("heading", { level: 1 }).innerText()).toBe("演示环境：浏览器中的模拟 Excel，不是真正的 Excel");
    expect(await d.page.getByRole("tab").allInnerTexts()).toEqual(["部门整体绩效目标", "招商引资", "项目扶持资金"]);
    expect(await d.page.getByTestId("file-name").innerText()).toBe("商务局2023.xlsx");
    await d.pane.getByRole("button", { name: "检查工作簿" }).waitFor();
    // Everything came from the demo's own origin: no office.js, no CDN.
    const origin = new URL(session().url).origin;
    expect(requests.filter((u) => !u.startsWith(origin) && !u.startsWith("blob:") && !u.startsWith("data:"))).toEqual([]);
    expect(requests.some((u) => /office\.js/i.test(u) && !/demo-office\.js$/.test(u))).toBe(false);
    expect(d.errors).toEqual([]);
    await d.context.close();
  });

  test("checking the sample: 2 tables, 0 errors, 5 warnings, marked in the grid; a finding selects its cell", async () => {
    const d = await openDemo(session());
    const before = fills(await snapshot(d));
    await checkWorkbook(d);
    expect(await summary(d)).toEqual({ tables: 2, errors: 0, warnings: 5, infos: 0 });
    expect((await findingKeys(d)).sort()).toEqual([...SAMPLE_FINDINGS].sort());

    // The marks are in the workbook: the warning colour (a conditional format of the add-in's) and a
    // note on every finding's cell; the cells' own fills are untouched.
    const after = await snapshot(d);
    expect(fills(after)).toEqual(before);
    for (const key of SAMPLE_FINDINGS) {
      const [sheet, cell] = key.split("|")[0].split("!");
      const s = after.sheets.find((x) => x.name === sheet)!;
      expect(marks(after)[`${sheet}!${cell}`]).toBe("#FFEB9C");
      expect(s.notes?.[cell]?.content).toMatch(/^【绩效目标表助手】/);
    }
    expect(before["招商引资"]["B6"]).toBe("");

    // A finding moves the selection: the grid shows its sheet, the cell is active, the name box says where.
    await d.pane.locator('button[data-finding="项目扶持资金!C7|goal/duplicate-across-tables"]').click();
    await d.page.waitForFunction(() => document.querySelector("td[data-active=true]")?.getAttribute("data-cell") === "C7");
    expect(await gridSelection(d)).toEqual({ sheet: "项目扶持资金", active: "C7", nameBox: "C7" });
    expect(await d.page.getByRole("tab", { selected: true }).innerText()).toBe("项目扶持资金");
    expect(await td(d, "C7").getAttribute("data-fill")).toBe("#FFEB9C");
    expect(await td(d, "C7").getAttribute("data-note")).toBe("1");

    await d.pane.locator('button[data-finding="招商引资!B6|plan/back-loaded"]').click();
    await d.page.waitForFunction(() => document.querySelector("table.grid")?.getAttribute("data-sheet") === "招商引资");
    expect(await gridSelection(d)).toEqual({ sheet: "招商引资", active: "B6", nameBox: "B6" });
    expect(await d.page.getByTestId("formula-bar").inputValue()).toBe("0%");

    // The note shows on hover, next to the marked cell (the pane scrolled back to its summary).
    await d.paneFrame().evaluate(() => window.scrollTo(0, 0));
    await td(d, "B6").hover();
    const popup = d.page.getByRole("tooltip");
    await popup.waitFor();
    expect(await popup.innerText()).toContain("资金支出计划3月底、6月底、10月底均为0%");
    await settled(d);
    await d.page.screenshot({ path: outPath("check-sample.png") });

    // The best shot for the README: the checked sample, a finding selected, its note showing.
    updateDocsScreenshot("check-sample.png", "screenshot-check.png");
    expect(d.errors).toEqual([]);
    await d.context.close();
  });

  test("live re-check: clearing a 指标值 raises indicator/value-empty after the quiet spell; typing it back clears it", async () => {
    const d = await openDemo(session());
    await checkWorkbook(d);
    await d.page.getByRole("tab", { name: "招商引资" }).click();
    expect(await td(d, "E11").innerText()).toBe("≥20人");

    // Select E11 and press Delete: an edit as the user makes it (host.userEdit → onChanged).
    await td(d, "E11").click();
    expect(await gridSelection(d)).toEqual({ sheet: "招商引资", active: "E11", nameBox: "E11" });
    const edited = Date.now();
    await d.page.keyboard.press("Delete");
    const error = d.pane.locator('button[data-finding="招商引资!E11|indicator/value-empty"]');
    await error.waitFor();
    expect(Date.now() - edited).toBeGreaterThanOrEqual(DEBOUNCE_MS - 50);
    expect((await summary(d)).errors).toBe(1);
    expect(await d.pane.getByTestId("live-region").innerText()).toContain("已重新检查工作表 招商引资");
    // The live re-check writes nothing (a write would take the user's Ctrl+Z): the pane says the
    // marks are out of date, and 重新检查 brings them up to date.
    await d.pane
      .getByText(/单元格标记尚未更新/)
      .first()
      .waitFor();
    expect(await td(d, "E11").getAttribute("data-fill")).toBeNull();
    await d.pane.getByRole("button", { name: "重新检查" }).click();
    await d.page.waitForFunction(() => document.querySelector('td[data-cell="E11"]')?.getAttribute("data-fill") === "#FFC7CE");
    await d.page.screenshot({ path: outPath("live-error.png") });

    // Type it back (the editor opens on the first key; Enter commits through host.userEdit).
    await td(d, "E11").click();
    await d.page.keyboard.type("≥20人");
    expect(await d.page.locator("input.cell-editor").inputValue()).toBe("≥20人");
    await d.page.keyboard.press("Enter");
    await error.waitFor({ state: "detached" });
    expect(await summary(d)).toEqual({ tables: 2, errors: 0, warnings: 5, infos: 0 });
    expect(await td(d, "E11").innerText()).toBe("≥20人");
    expect(await gridSelection(d)).toMatchObject({ active: "E12", nameBox: "E12" });
    await d.pane.getByRole("button", { name: "重新检查" }).click();
    await d.page.waitForFunction(() => !document.querySelector('td[data-cell="E11"]')?.getAttribute("data-fill"));

    // Esc leaves the cell as it was; a double-click edits the text in place.
    await td(d, "E12").dblclick();
    const editor = d.page.locator("input.cell-editor");
    expect(await editor.inputValue()).toBe("≥10次");
    await d.page.keyboard.press("End");
    await d.page.keyboard.type("以上");
    await d.page.keyboard.press("Escape");
    await editor.waitFor({ state: "detached" });
    expect(await td(d, "E12").innerText()).toBe("≥10次");
    expect(d.errors).toEqual([]);
    await d.context.close();
  });

  test("typing Chinese through an input method edits the selected cell (composition lands in the cell's editor)", async () => {
    const d = await openDemo(session());
    await d.page.getByRole("tab", { name: "招商引资" }).click();
    await td(d, "H5").click();
    const cdp = await d.context.newCDPSession(d.page);
    // An IME composes "xiangmu" into candidates, then commits 项目 (Chrome's IME protocol).
    await cdp.send("Input.imeSetComposition", { text: "xiang", selectionStart: 5, selectionEnd: 5 });
    await cdp.send("Input.imeSetComposition", { text: "项目", selectionStart: 2, selectionEnd: 2 });
    await cdp.send("Input.insertText", { text: "项目" });
    const editor = d.page.locator("input.cell-editor");
    await editor.waitFor();
    expect(await editor.inputValue()).toBe("项目");
    await d.page.keyboard.type("名称");
    await d.page.keyboard.press("Enter");
    await editor.waitFor({ state: "detached" });
    expect(await td(d, "H5").innerText()).toBe("项目名称");
    expect((await snapshot(d)).sheets.find((s) => s.name === "招商引资")!.cells.H5.value).toBe("项目名称");
    expect(d.errors).toEqual([]);
    await d.context.close();
  });

  test("clearing the marks leaves every cell's own fill, and removes the notes", async () => {
    const d = await openDemo(session());
    const before = await snapshot(d);
    await checkWorkbook(d);
    const marked = await snapshot(d);
    expect(Object.keys(marks(marked)).sort()).toEqual(SAMPLE_FINDINGS.map((k) => k.split("|")[0]).sort());
    await d.pane.getByRole("button", { name: "清除标记" }).click();
    await d.pane.getByText("已清除单元格标记。").first().waitFor();
    const cleared = await snapshot(d);
    expect(fills(cleared)).toEqual(fills(before));
    expect(marks(cleared)).toEqual({});
    expect(cleared.sheets.map((s) => s.notes ?? {})).toEqual(before.sheets.map((s) => s.notes ?? {}));
    // The grid shows it too.
    await d.page.getByRole("tab", { name: "招商引资" }).click();
    expect(await td(d, "B6").getAttribute("data-fill")).toBeNull();
    expect(
      await d.page
        .locator("td[data-fill]")
        .evaluateAll((els) => els.map((e) => e.getAttribute("data-fill")).filter((f) => ["#FFC7CE", "#FFEB9C", "#DDEBF7"].includes(f!))),
    ).toEqual([]);
    expect(MARK_FILLS).toContain("#FFEB9C");
    await d.context.close();
  });

  test("marks survive what a clerk does: insert rows, copy a marked cell, delete a row, sort, re-check, clear", async () => {
    const d = await openDemo(session());
    const before = await snapshot(d);
    const userNotes = (wb: typeof before) =>
      wb.sheets.flatMap((s) =>
        Object.values(s.notes ?? {})
          .filter((n) => !n.content.startsWith("【绩效目标表助手】"))
          .map((n) => n.content),
      );
    await checkWorkbook(d);
    const act = (a: Parameters<NonNullable<typeof window.__jixiaoDemo>["userAction"]>[0]) => d.page.evaluate((x) => window.__jixiaoDemo!.userAction(x), a);
    // 招商引资!E14 is marked; insert two rows inside the table above it (they take the format above).
    await act({ kind: "insertRows", sheet: "招商引资", row: 10, count: 2 });
    await act({ kind: "copyPaste", sheet: "招商引资", from: "E16", to: "K30" });
    await act({ kind: "deleteRows", sheet: "招商引资", row: 10, count: 1 }); // one of the two new rows

    await act({ kind: "sortRows", sheet: "项目扶持资金", range: "H1:I20", column: "H" });
    // The live re-check follows the moved cell (E14, 2 rows inserted above, 1 deleted: E15).
    await d.pane.locator('button[data-finding="招商引资!E15|indicator/cost-not-monetary"]').waitFor({ timeout: DEBOUNCE_MS * 10 });
    await d.pane.getByRole("button", { name: "重新检查" }).click();
    await d.pane.getByRole("heading", { name: "问题列表" }).waitFor();
    await settled(d);
    const rechecked = await snapshot(d);
    expect(Object.keys(marks(rechecked))).toContain("招商引资!E15");
    expect(Object.keys(marks(rechecked))).not.toContain("招商引资!K29"); // the pasted copy's mark went with the re-check
    await d.pane.getByRole("button", { name: "清除标记" }).click();
    await d.pane.getByText("已清除单元格标记。").first().waitFor();
    await settled(d);
    const cleared = await snapshot(d);
    expect(marks(cleared)).toEqual({});
    expect(cleared.sheets.flatMap((s) => Object.values(s.notes ?? {})).filter((n) => n.content.startsWith("【绩效目标表助手】"))).toEqual([]);
    expect(userNotes(cleared).sort()).toEqual(userNotes(before).sort());
    // No cell of the grid shows a mark colour that is not its own fill.
    const shown = await d.page.locator("td[data-fill]").evaluateAll((els) => els.map((e) => [e.getAttribute("data-cell"), e.getAttribute("data-fill")]));
    const own = fills(cleared)["招商引资"] ?? {};
    await d.page.getByRole("tab", { name: "招商引资" }).click();
    for (const [cell, fill] of shown) if (["#FFC7CE", "#FFEB9C", "#DDEBF7"].includes(fill!)) expect(own[cell!] ?? "").toMatch(new RegExp(`^${fill}`));
    expect(d.errors).toEqual([]);
    await d.context.close();
  });

  test("axe: no serious or critical violations in the pane (before and after a check, and in its settings), nor on the page", async () => {
    const d = await openDemo(session());
    expect(await axeSerious(d)).toEqual([]);
    expect(await axeSeriousPage(d)).toEqual([]);
    await checkWorkbook(d);
    expect(await axeSerious(d)).toEqual([]);
    await d.pane.locator('button[data-finding="招商引资!B6|plan/back-loaded"]').click();
    await settled(d);
    expect(await axeSeriousPage(d)).toEqual([]);
    await d.pane.getByRole("button", { name: "规则设置" }).click();
    await d.pane.getByRole("heading", { name: "规则设置" }).waitFor();
    expect(await axeSerious(d)).toEqual([]);
    await d.context.close();
  });
});
