/** applyHighlights / clearHighlights: exact restore (No fill vs white), notes, reopen, protection. */

import { CellModel, ExcelHost, WorkbookModel, createExcelHost } from "../../src/demo/host";
import type { Finding, Severity } from "../../src/engine/rule";
import { parseA1, toA1 } from "../../src/engine/address";
import { createOfficePort } from "../../src/excel/office-workbook";
import { MARKS_SETTING, NOTE_MARKER, SEVERITY_FILL } from "../../src/excel/highlight-record";
import { install } from "./host-from-sheets";
import { isMarkFormula, markFormula, markSeverity } from "../../src/excel/marks";
import { formatCellsOf } from "../../src/demo/host/structure";
import { MAX_COLUMNS } from "../../src/demo/host/a1";

let host: ExcelHost;
let uninstall: () => void = () => undefined;
afterEach(() => uninstall());

/** Deterministic PRNG (mulberry32), so a failure can be replayed from its seed. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function finding(sheet: string, cell: string, severity: Severity, message = `${severity} at ${cell}`): Finding {
  const { row, col } = parseA1(cell);
  return { rule: "test/rule", severity, sheet, cell, row, col, message, table: "表1", tableIndex: 0 };
}

const FILLS: Array<CellModel["fill"] | undefined> = [
  undefined, // No fill
  { color: "#FFFFFF" }, // solid white: must not come back as No fill (or vice versa)
  { color: "#FFC7CE" }, // the user's own fill in the add-in's error colour
  { color: "#FFEB9C", tintAndShade: 0.4 },
  { color: "#00B050", pattern: "Gray50" },
  { color: "#4472C4", pattern: "LightUp", tintAndShade: -0.25 },
  { color: "#DDEBF7" },
];

/** Two sheets of values with random fills and a few user notes. */
function randomWorkbook(seed: number): WorkbookModel {
  const r = rng(seed);
  const sheet = (name: string) => {
    const cells: Record<string, CellModel> = {};
    const notes: Record<string, { content: string; authorName: string }> = {};
    for (let row = 0; row < 12; row++) {
      for (let col = 0; col < 6; col++) {
        const cell: CellModel = {};
        if (r() < 0.7) cell.value = r() < 0.5 ? Math.round(r() * 1000) / 10 : `文本${row}-${col}`;
        const fill = FILLS[Math.floor(r() * FILLS.length)];
        if (fill) cell.fill = { ...fill };
        if (Object.keys(cell).length) cells[toA1(row, col)] = cell;
        if (r() < 0.08) notes[toA1(row, col)] = { content: `用户批注 ${row},${col}`, authorName: "用户" };
      }
    }
    return { name, cells, notes };
  };
  return { name: "random.xlsx", sheets: [sheet("表一"), sheet("My Sheet")], settings: {} };
}

function randomFindings(seed: number, count: number): Finding[] {
  const r = rng(seed);
  const sevs: Severity[] = ["error", "warning", "info"];
  return Array.from({ length: count }, () => {
    const sheet = r() < 0.5 ? "表一" : "My Sheet";
    const cell = toA1(Math.floor(r() * 12), Math.floor(r() * 6));
    return finding(sheet, cell, sevs[Math.floor(r() * 3)], `问题${Math.floor(r() * 1000)}`);
  });
}

/** host.snapshot() with an empty settings object counted as none (the record setting is deleted when empty). */
function snap(h: ExcelHost): WorkbookModel {
  const s = h.snapshot();
  if (s.settings && Object.keys(s.settings).length === 0) delete s.settings;
  return s;
}

/** The fill the cell shows: an add-in mark (a conditional format of ours) over the cell's own fill. */
function fillOf(h: ExcelHost, sheet: string, cell: string) {
  const { row, col } = parseA1(cell);
  const mark = (h.sheet(sheet).conditionalFormats ?? []).find((cf) => isMarkFormula(cf.formula) && formatCellsOf(cf).has(row * MAX_COLUMNS + col));
  return mark ? { color: mark.fill } : h.cell(sheet, cell)?.fill;
}

test("a mark's formula tells its severity; a user's own formula is no mark", () => {
  for (const sev of ["error", "warning", "info"] as Severity[]) expect(markSeverity(markFormula(sev))).toBe(sev);
  expect(markSeverity('=N("jixiao-mark:other")=0')).toBeNull();
  expect(markSeverity("=A1>0")).toBeNull();
  expect(markSeverity(undefined)).toBeNull();
});

describe("apply then clear restores every value and fill exactly", () => {
  for (const seed of [1, 2, 3, 4, 5]) {
    it(`random fills, seed ${seed}`, async () => {
      ({ host, uninstall } = install(randomWorkbook(seed)));
      const before = snap(host);
      const port = createOfficePort({ eventGraceMs: 0 });
      const findings = randomFindings(seed * 7, 25);
      const res = await port.applyHighlights(findings);
      expect(res.notes).toBe(true);

      // Every finding's cell shows its most severe colour; values are untouched.
      const worst = new Map<string, Severity>();
      const rank = { error: 0, warning: 1, info: 2 };
      for (const f of findings) {
        const k = `${f.sheet}!${f.cell}`;
        if (!worst.has(k) || rank[f.severity] < rank[worst.get(k)!]) worst.set(k, f.severity);
      }
      expect(res.cells).toBe(worst.size);
      for (const [k, sev] of worst) {
        const [sheet, cell] = k.split("!");
        expect(fillOf(host, sheet, cell)).toEqual({ color: SEVERITY_FILL[sev] });
      }
      // Our notes on exactly the marked cells without a user note; user notes unchanged.
      for (const s of before.sheets) {
        const now = host.sheet(s.name).notes ?? {};
        for (const [cell, n] of Object.entries(s.notes ?? {})) expect(now[cell]).toEqual(n);
        const ours = Object.keys(now)
          .filter((c) => now[c].content.startsWith(NOTE_MARKER))
          .sort();
        const expected = [...worst.keys()]
          .filter((k) => k.startsWith(`${s.name}!`))
          .map((k) => k.split("!")[1])
          .filter((c) => !s.notes?.[c])
          .sort();
        expect(ours).toEqual(expected);
      }
      const values = (wb: WorkbookModel) => wb.sheets.map((s) => Object.fromEntries(Object.entries(s.cells).map(([k, c]) => [k, c.value])));
      expect(values(snap(host))).toEqual(values(before));

      // Re-apply with other findings: the first marks are restored first, never snapshotted.
      await port.applyHighlights(randomFindings(seed * 13, 20));
      await port.clearHighlights();
      expect(snap(host)).toEqual(before);
    });
  }

  it("after a reopen: a NEW port over the saved workbook clears what the old one marked", async () => {
    ({ host, uninstall } = install(randomWorkbook(11)));
    const before = snap(host);
    await createOfficePort().applyHighlights(randomFindings(12, 30));
    const saved = snap(host);
    // The marks are in the file as conditional formats; no record is needed to find them again.
    expect(saved.settings?.[MARKS_SETTING]).toBeUndefined();
    expect(saved.sheets.some((s) => s.conditionalFormats?.some((cf) => isMarkFormula(cf.formula)))).toBe(true);
    uninstall();

    // "Close and reopen": a new host from the saved file, a new port, no memory of the old session.
    ({ host, uninstall } = install(saved));
    await createOfficePort().clearHighlights();
    expect(snap(host)).toEqual(before);
  });

  it("No fill comes back as No fill and white as white (tintAndShade, not the colour, tells them apart)", async () => {
    ({ host, uninstall } = install({ sheets: [{ name: "S", cells: { A1: { value: 1 }, B1: { value: 2, fill: { color: "#FFFFFF" } } } }] }));
    const port = createOfficePort();
    await port.applyHighlights([finding("S", "A1", "error"), finding("S", "B1", "warning")]);
    await port.clearHighlights();
    expect(host.cell("S", "A1")).toEqual({ value: 1 });
    expect(host.cell("S", "B1")).toEqual({ value: 2, fill: { color: "#FFFFFF" } });
  });

  it("a fill the user changed after marking is left as they set it", async () => {
    ({ host, uninstall } = install({ sheets: [{ name: "S", cells: { A1: { value: 1, fill: { color: "#00FF00" } } } }] }));
    const port = createOfficePort();
    await port.applyHighlights([finding("S", "A1", "error")]);
    host.setCell("S", "A1", { value: 1, fill: { color: "#123456" } });
    await port.clearHighlights();
    expect(host.cell("S", "A1")).toEqual({ value: 1, fill: { color: "#123456" } });
  });

  it("clears only the sheets asked for", async () => {
    ({ host, uninstall } = install(randomWorkbook(21)));
    const before = snap(host);
    const port = createOfficePort();
    await port.applyHighlights(randomFindings(22, 20));
    const marked = snap(host);
    await port.clearHighlights(["表一"]);
    const after = snap(host);
    expect(after.sheets[0]).toEqual({ ...before.sheets[0] });
    expect(after.sheets[1]).toEqual(marked.sheets[1]);
    await port.clearHighlights();
    expect(snap(host)).toEqual(before);
  });

  it("re-applying on one sheet replaces that sheet's marks only", async () => {
    ({ host, uninstall } = install({
      sheets: [
        { name: "A", cells: { A1: { value: 1 }, A2: { value: 2 } } },
        { name: "B", cells: { A1: { value: 3 } } },
      ],
    }));
    const port = createOfficePort();
    await port.applyHighlights([finding("A", "A1", "error"), finding("B", "A1", "info")]);
    await port.applyHighlights([finding("A", "A2", "warning")], ["A"]);
    expect(fillOf(host, "A", "A1")).toBeUndefined();
    expect(fillOf(host, "A", "A2")).toEqual({ color: SEVERITY_FILL.warning });
    expect(fillOf(host, "B", "A1")).toEqual({ color: SEVERITY_FILL.info });
    // An apply naming a sheet with no findings clears that sheet.
    await port.applyHighlights([], ["B"]);
    expect(fillOf(host, "B", "A1")).toBeUndefined();
  });

  it("takes a fixed number of syncs, however many cells and sheets", async () => {
    const counts: number[] = [];
    for (const n of [1, 40]) {
      ({ host, uninstall } = install(randomWorkbook(31)));
      host.resetStats();
      await createOfficePort().applyHighlights(randomFindings(32, n));
      counts.push(host.stats.syncCalls);
      uninstall();
    }
    uninstall = () => undefined;
    expect(counts).toEqual([3, 3]);
  });
});

describe("notes", () => {
  it("one note per cell lists every message; user notes are never touched; clear removes only ours", async () => {
    ({ host, uninstall } = install({
      sheets: [
        { name: "S", cells: { A1: { value: 1 }, B1: { value: 2 }, C1: { value: 3 } }, notes: { B1: { content: "用户自己的批注", authorName: "用户" } } },
      ],
    }));
    const before = snap(host);
    const port = createOfficePort();
    await port.applyHighlights([finding("S", "A1", "warning", "第一条"), finding("S", "A1", "error", "第二条"), finding("S", "B1", "error", "有用户批注")]);
    const notes = host.sheet("S").notes!;
    expect(notes.A1.content).toBe(`${NOTE_MARKER}1. 第一条\n2. 第二条`);
    expect(fillOf(host, "S", "A1")).toEqual({ color: SEVERITY_FILL.error });
    expect(notes.B1.content).toBe("用户自己的批注");
    expect(fillOf(host, "S", "B1")).toEqual({ color: SEVERITY_FILL.error }); // marked, but no note

    // Re-apply: our note is rewritten in place, not duplicated.
    await port.applyHighlights([finding("S", "A1", "info", "第三条")]);
    expect(host.sheet("S").notes!.A1.content).toBe(`${NOTE_MARKER}第三条`);

    await port.clearHighlights();
    expect(snap(host)).toEqual(before);
  });

  it("a note of ours that the user rewrote (marker gone) is theirs and stays", async () => {
    ({ host, uninstall } = install({ sheets: [{ name: "S", cells: { A1: { value: 1 } } }] }));
    const port = createOfficePort();
    await port.applyHighlights([finding("S", "A1", "error", "x")]);
    host.sheet("S").notes = { A1: { content: "我改过了", authorName: "用户" } };
    await port.clearHighlights();
    expect(host.sheet("S").notes).toEqual({ A1: { content: "我改过了", authorName: "用户" } });
    expect(fillOf(host, "S", "A1")).toBeUndefined();
  });

  it("below ExcelApi 1.18 there are no notes: notes=false, cells still marked and restored", async () => {
    ({ host, uninstall } = install({ sheets: [{ name: "S", cells: { A1: { value: 1, fill: { color: "#FFFFFF" } } } }] }, { maxApi: "1.17" }));
    const before = snap(host);
    const port = createOfficePort();
    const res = await port.applyHighlights([finding("S", "A1", "error")]);
    expect(res).toEqual({ cells: 1, skippedSheets: [], notes: false });
    expect(host.sheet("S").notes ?? {}).toEqual({});
    expect(host.sheet("S").comments ?? []).toEqual([]);
    await port.clearHighlights();
    expect(snap(host)).toEqual(before);
  });
});

describe("protected sheets", () => {
  it("are skipped and named, never unprotected; values never change", async () => {
    ({ host, uninstall } = install({
      sheets: [
        { name: "开放", cells: { A1: { value: "a" } } },
        { name: "锁定", cells: { A1: { value: "b", fill: { color: "#00FF00" } } }, protected: true },
      ],
    }));
    const before = snap(host);
    const port = createOfficePort();
    const res = await port.applyHighlights([finding("开放", "A1", "error"), finding("锁定", "A1", "error")]);
    expect(res.skippedSheets).toEqual(["锁定"]);
    expect(res.cells).toBe(1);
    expect(host.sheet("锁定")).toEqual(before.sheets[1]);
    expect(host.sheet("锁定").protected).toBe(true);
    expect(host.stats.failedBatches).toBe(0);
    expect(host.cell("开放", "A1")?.value).toBe("a");
    await port.clearHighlights();
    expect(snap(host)).toEqual(before);
  });

  it("a sheet protected after marking keeps its marks on record until it can be cleared", async () => {
    ({ host, uninstall } = install({ sheets: [{ name: "S", cells: { A1: { value: 1 } } }] }));
    const before = snap(host);
    const port = createOfficePort();
    await port.applyHighlights([finding("S", "A1", "error")]);
    host.protectSheet("S");
    await port.clearHighlights();
    expect(fillOf(host, "S", "A1")).toEqual({ color: SEVERITY_FILL.error });
    host.protectSheet("S", false);
    await createOfficePort().clearHighlights();
    expect(snap(host)).toEqual(before);
  });
});

it("a renamed sheet's marks are still found (by worksheet id) and cleared", async () => {
  ({ host, uninstall } = install({ sheets: [{ name: "旧名", cells: { A1: { value: 1 } } }] }));
  const port = createOfficePort();
  await port.applyHighlights([finding("旧名", "A1", "error")]);
  host.sheet("旧名").name = "新名";
  await port.clearHighlights();
  expect(host.cell("新名", "A1")).toEqual({ value: 1 });
  expect(host.workbook.settings?.[MARKS_SETTING]).toBeUndefined();
});

it("marks painted by an earlier version (fills on record in jixiao.marks) are given back by clear", async () => {
  ({ host, uninstall } = install({
    sheets: [{ name: "S", cells: { A1: { value: 1, fill: { color: SEVERITY_FILL.error } }, B1: { value: 2, fill: { color: "#00FF00" } } } }],
    settings: { [MARKS_SETTING]: JSON.stringify({ v: 1, sheets: { S: { cells: { A1: ["", SEVERITY_FILL.error, 0], B1: ["", SEVERITY_FILL.error, 0] } } } }) },
  }));
  await createOfficePort().clearHighlights();
  expect(host.cell("S", "A1")?.fill).toBeUndefined(); // still showing the old mark: given back (No fill)
  expect(host.cell("S", "B1")?.fill).toEqual({ color: "#00FF00" }); // the user repainted it: theirs
  expect(host.workbook.settings?.[MARKS_SETTING]).toBeUndefined();
});

it("the same model in two hosts gives the same result (no hidden state in the port)", async () => {
  const model = randomWorkbook(41);
  const a = createExcelHost(model);
  const b = createExcelHost(model);
  for (const h of [a, b]) {
    const un = h.install();
    await createOfficePort().applyHighlights(randomFindings(42, 15));
    un();
  }
  expect(snap(a)).toEqual(snap(b));
});
