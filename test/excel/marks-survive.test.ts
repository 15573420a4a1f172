/**
 * Marks through the edits a clerk makes between a check and 清除标记: insert rows (taking the format
 * above), copy a marked cell, cut and paste, delete a row, sort a block, a co-author's edit, two
 * panes on one workbook. After clearing, no cell shows a mark and no note of ours is left, and the
 * user's fills (theme-tinted and table-style ones included) and notes are exactly as they were.
 */

import { ExcelHost, WorkbookModel, snapshotWorkbook } from "../../src/demo/host";
import { TABS_SETTING, parseTabRecord } from "../../src/excel/tab-colors";
import { createOfficePort } from "../../src/excel/office-workbook";
import { NOTE_MARKER } from "../../src/excel/highlight-record";
import { isMarkFormula } from "../../src/excel/marks";
import { PaneSession } from "../../src/taskpane/session";
import { install, manyTables, sampleWorkbook, hostFromSheets } from "./host-from-sheets";

let uninstall: () => void = () => undefined;
afterEach(() => uninstall());

/** The cells our conditional formats apply to, per sheet. */
function markedCells(host: ExcelHost): string[] {
  return host.workbook.sheets.flatMap((s) =>
    (s.conditionalFormats ?? []).filter((cf) => isMarkFormula(cf.formula)).flatMap((cf) => cf.ranges.map((r) => `${s.name}!${r}`)),
  );
}

function ourNotes(host: ExcelHost): string[] {
  return host.workbook.sheets.flatMap((s) =>
    Object.entries(s.notes ?? {})
      .filter(([, n]) => n.content.startsWith(NOTE_MARKER))
      .map(([k]) => `${s.name}!${k}`),
  );
}

/** Everything of the user's: the workbook without our formats and notes. */
function userPart(wb: WorkbookModel): WorkbookModel {
  const s = snapshotWorkbook(wb);
  // the add-in's tab colours, as its record in the workbook names them
  const tabs = parseTabRecord(s.settings?.[TABS_SETTING]);
  const ourTab = new Set(Object.values(tabs).map((t) => `${t.name}|${t.color}`));
  for (const sh of s.sheets) {
    if (sh.tabColor && ourTab.has(`${sh.name}|${sh.tabColor}`)) delete sh.tabColor;
    if (sh.conditionalFormats) sh.conditionalFormats = sh.conditionalFormats.filter((cf) => !isMarkFormula(cf.formula));
    if (sh.conditionalFormats?.length === 0) delete sh.conditionalFormats;
    if (sh.notes) for (const [k, n] of Object.entries(sh.notes)) if (n.content.startsWith(NOTE_MARKER)) delete sh.notes[k];
    if (sh.notes && Object.keys(sh.notes).length === 0) delete sh.notes;
  }
  delete s.settings;
  // which sheet is shown is navigation (a check shows the first sheet with findings), not content
  delete s.activeSheet;
  return s;
}

async function sampleHost(): Promise<ExcelHost> {
  const model = hostFromSheets(await sampleWorkbook());
  for (const sheet of model.sheets) {
    // The user's own formatting, which must come through untouched: a theme-tinted fill, a table-style
    // fill in the add-in's own error colour, a user note on a cell the add-in will want to note.
    for (const [cell, fill] of [
      ["A1", { color: "#4472C4", tintAndShade: 0.6 }],
      ["B3", { color: "#FFC7CE" }],
    ] as const)
      sheet.cells[cell] = { ...(sheet.cells[cell] ?? {}), fill: { ...fill } };
    sheet.notes = { ...(sheet.notes ?? {}), A2: { content: "用户自己的批注", authorName: "用户" } };
  }
  const r = install(model);
  uninstall = r.uninstall;
  return r.host;
}

function session(): PaneSession {
  return new PaneSession(createOfficePort({ eventGraceMs: 0 }), { lang: "zh", debounceMs: 0 });
}

describe("clear leaves a clean workbook whatever the user did in between", () => {
  test("check → insert rows → copy a marked cell → cut/paste → delete a row → sort a block → re-check → clear", async () => {
    const host = await sampleHost();
    const pane = session();
    await pane.start();
    await pane.checkWorkbook();
    const sheet = pane.getState().result!.findings[0].sheet;
    const first = pane.getState().result!.findings.filter((f) => f.sheet === sheet);
    expect(first.length).toBeGreaterThan(0);
    expect(markedCells(host).length).toBeGreaterThan(0);
    const marked = first[0].cell;
    const row = Number(/\d+/.exec(marked)![0]);

    // Insert two rows inside the table, above the first finding: Excel gives them the format above.
    await host.userAction({ kind: "insertRows", sheet, row: row - 1, count: 2 });
    await pane.flushChanges();
    await pane.idle();
    const moved = pane.getState().result!.findings.find((f) => f.sheet === sheet && f.message === first[0].message)!;
    expect(Number(/\d+/.exec(moved.cell)![0])).toBe(row + 2); // the finding follows its cell
    // Copy the (moved) marked cell far to the right, cut another cell, delete a row, sort a block.
    await host.userAction({ kind: "copyPaste", sheet, from: moved.cell, to: "Z40" });
    await host.userAction({ kind: "copyPaste", sheet, from: "Z40", to: "AA41", cut: true });
    await host.userAction({ kind: "deleteRows", sheet, row: 1, count: 1 });
    await host.userAction({ kind: "sortRows", sheet, range: "AA30:AB45", column: "AA" });
    await pane.flushChanges();
    await pane.idle();
    expect(pane.getState().marks?.stale?.length ?? 0).toBeGreaterThan(0);

    // The user's Ctrl+Z is theirs: the live re-checks wrote nothing (marks are stale until asked).
    await pane.checkWorkbook();
    expect(pane.getState().marks?.stale).toBeUndefined();
    const marksNow = markedCells(host).filter((m) => m.startsWith(`${sheet}!`));
    const findingCells = new Set(
      pane
        .getState()
        .result!.findings.filter((f) => f.sheet === sheet)
        .map((f) => f.cell),
    );
    // The marks are exactly the findings' cells, wherever the edits moved them.
    const covered = new Set(marksNow.flatMap((m) => m.split("!")[1].split(",")));
    for (const c of findingCells) expect([...covered].some((r) => r === c || r.startsWith(`${c}:`) || r.includes(c))).toBe(true);

    const userBefore = userPart(host.workbook);
    await pane.clearMarks();
    expect(markedCells(host)).toEqual([]);
    expect(ourNotes(host)).toEqual([]);
    expect(userPart(host.workbook)).toEqual(userBefore);
    // The user's note moved with its cell and is still theirs.
    expect(host.workbook.sheets.every((s) => Object.values(s.notes ?? {}).filter((n) => n.content === "用户自己的批注").length === 1)).toBe(true);
    pane.dispose();
  });

  test("the user's fills and notes are never written: apply + clear gives back the same workbook", async () => {
    const host = await sampleHost();
    const before = userPart(host.workbook);
    const pane = session();
    await pane.checkWorkbook();
    expect(userPart(host.workbook)).toEqual(before); // marking touched only our own formats and notes
    await pane.clearMarks();
    expect(snapshotWorkbook(host.workbook).sheets).toEqual(before.sheets); // tab colours given back too
  });

  test("a co-author's edit re-checks the findings and writes nothing", async () => {
    const host = await sampleHost();
    const pane = session();
    await pane.start();
    await pane.checkWorkbook();
    const f = pane.getState().result!.findings[0];
    const sheet = f.sheet;
    const before = snapshotWorkbook(host.workbook);
    host.resetStats();
    await host.remoteEdit(sheet, f.cell, "");
    await pane.flushChanges();
    await pane.idle();
    expect(host.stats.syncCalls).toBeGreaterThan(0); // it did re-read
    // Only reads: the workbook is as the co-author left it.
    const after = snapshotWorkbook(host.workbook);
    expect(after.sheets.map((s) => s.conditionalFormats)).toEqual(before.sheets.map((s) => s.conditionalFormats));
    expect(after.sheets.map((s) => s.notes)).toEqual(before.sheets.map((s) => s.notes));
    expect(after.settings).toEqual(before.settings);
    pane.dispose();
  });
});

test("two panes on one workbook never corrupt each other's marks: both mark, one clears, the workbook is clean", async () => {
  const host = await sampleHost();
  const before = userPart(host.workbook);
  const a = session();
  const b = session();
  await Promise.all([a.start(), b.start()]);
  // Interleaved: both read, both write (one's read may see the other's fresh formats).
  await Promise.all([a.checkWorkbook(), b.checkWorkbook()]);
  await host.userAction({ kind: "insertRows", sheet: host.workbook.sheets[0].name, row: 5, count: 1 });
  await Promise.all([a.flushChanges(), b.flushChanges()]);
  await Promise.all([a.checkWorkbook(), b.checkWorkbook()]);
  expect(markedCells(host).length).toBeGreaterThan(0);
  await a.clearMarks();
  expect(markedCells(host)).toEqual([]);
  expect(ourNotes(host)).toEqual([]);
  const after = userPart(host.workbook);
  // The user's part moved with the inserted row only.
  expect(after.sheets.length).toBe(before.sheets.length);
  expect(Object.values(after.sheets[0].notes ?? {}).map((n) => n.content)).toEqual(Object.values(before.sheets[0].notes ?? {}).map((n) => n.content));
  a.dispose();
  b.dispose();
});

test("marks and clear on 200 tables: a fixed number of syncs, and batches under the payload budget", async () => {
  const r = install(await manyTables(200));
  uninstall = r.uninstall;
  const pane = session();
  await pane.checkWorkbook();
  expect(markedCells(r.host).length).toBeGreaterThanOrEqual(200);
  r.host.resetStats();
  await pane.clearMarks();
  expect(r.host.stats.syncCalls).toBeLessThanOrEqual(3);
  expect(markedCells(r.host)).toEqual([]);
});

test("a write batch Excel refuses for its size is split and retried; every mark lands", async () => {
  const r = install(await manyTables(30), { requestLimitBytes: 20_000 });
  uninstall = r.uninstall;
  const port = createOfficePort({ eventGraceMs: 0, read: { budgetBytes: 10_000_000 } });
  const pane = new PaneSession(port, { lang: "zh", debounceMs: 0 });
  await pane.checkWorkbook();
  expect(pane.getState().notices.filter((n) => n.intent === "error")).toEqual([]);
  const sheets = new Set(markedCells(r.host).map((m) => m.split("!")[0]));
  expect(sheets.size).toBe(30);
  expect(r.host.stats.failedBatches).toBeGreaterThan(0); // the one big batch was refused, then split
  expect(r.host.stats.batches.filter((b) => b.ok).every((b) => b.requestBytes <= 20_000)).toBe(true);
});

test("remark() re-marks every sheet whose findings changed, not only the edited one (goals copied between tables)", async () => {
  const host = await sampleHost();
  const pane = session();
  await pane.start();
  await pane.checkWorkbook();
  const dup = pane.getState().result!.findings.find((f) => f.rule === "goal/duplicate-across-tables")!;
  expect(dup).toBeDefined();
  // The goal it copies, on another sheet: rewrite that one, so the copy is no longer a copy.
  const text = host.cell(dup.sheet, dup.cell)!.value;
  const source = host.workbook.sheets
    .filter((s) => s.name !== dup.sheet)
    .flatMap((s) => Object.entries(s.cells).map(([k, c]) => ({ sheet: s.name, cell: k, value: c.value })))
    .find((c) => c.value === text)!;
  expect(source).toBeDefined();
  await host.userEdit(source.sheet, source.cell, "改写后的年度目标，与其他项目不同。");
  await pane.flushChanges();
  await pane.idle();
  expect(pane.getState().result!.findings.some((f) => f.rule === dup.rule && f.sheet === dup.sheet && f.cell === dup.cell)).toBe(false);
  // Only the source sheet was edited; the copy's sheet is stale too.
  expect(pane.getState().marks!.stale).toEqual(expect.arrayContaining([dup.sheet]));
  expect(markedCells(host).some((m) => m.startsWith(`${dup.sheet}!`) && m.includes(dup.cell))).toBe(true);
  await pane.remark();
  expect(pane.getState().marks!.stale).toBeUndefined();
  expect(markedCells(host).some((m) => m.startsWith(`${dup.sheet}!`) && m.split("!")[1].split(",").includes(dup.cell))).toBe(false);
  pane.dispose();
});
