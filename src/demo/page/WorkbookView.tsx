/**
 * The workbook as Excel would show it, drawn from the host's live model: name box and formula bar,
 * a cell grid (values as displayed text, merged cells, fills, fonts, borders, column widths, row
 * heights, notes with a corner marker and a popup on hover, the selection), and the sheet tabs.
 *
 * The user's actions go to the host the way Excel's would: a click selects (host.setSelection), an
 * edit commits through host.userEdit (Excel's input parsing, then onChanged, so the pane re-checks),
 * and while a cell is being edited the host is in cell-edit mode (batches without
 * delayForCellEdit fail, as in Excel).
 */
import * as React from "react";
import { flushSync } from "react-dom";
import type { ExcelHost } from "../host";
import type { CellModel, NoteModel, SheetModel } from "../host/model";
import { MAX_COLUMNS as HOST_MAX_COLUMNS, cellKey, columnLetters, formatRect, parseRect, Rect } from "../host/a1";
import { formatCellsOf } from "../host/structure";
import type { UserAction } from "../host";
import { forEachStored, lookupCell } from "../host/cells";
import { cellText, lockedCellIn, shownColor } from "../host/sheetops";
import { GRIDLINE, borderCss, columnPx, contentStyle, editText, rowHasHeight, rowPx, textWidth } from "./cell-style";
import { PageStrings, fmt } from "./strings";
import { markSeverity } from "../../excel/marks";
import type { Severity } from "../../engine/rule";

/** The grid draws at most this much of a sheet (a demo, not a spreadsheet engine). */
const MAX_ROWS = 1000;
const MAX_COLS = 60;
const SELECT = "#217346";

interface Pos {
  row: number;
  col: number;
}

interface Editing extends Pos {
  sheet: string;
  original: string;
  initial: string;
}

interface HoverNote {
  key: string;
  note: NoteModel;
  x: number;
  y: number;
}

export interface WorkbookViewProps {
  host: ExcelHost;
  /** Bumped whenever the workbook may have changed; the view redraws from the host's model. */
  version: number;
  strings: PageStrings;
  /** The view changed the workbook (selection, an edit). */
  onChanged(): void;
  onMessage(text: string, kind?: "error" | "info"): void;
  /** The grid has drawn `version`. */
  onRendered(version: number): void;
}

// ---------------------------------------------------------------------------------------------
// Geometry

interface Layout {
  rows: number;
  cols: number;
  truncated: boolean;
  merges: Rect[];
  /** Anchor (row * MAX_COLS + col) → merged area, clipped to the drawn extent. */
  anchors: Map<number, Rect>;
  /** Cells hidden under a merged area's anchor. */
  covered: Set<number>;
  /** "B3" → the fill a conditional format shows there. */
  shown: Map<string, string>;
  /** "B3" → the severity of the add-in's mark shown there (drawn without colour in forced-colors mode). */
  marked: Map<string, Severity>;
}

const slot = (row: number, col: number) => row * MAX_COLS + col;

function layoutOf(sheet: SheetModel): Layout {
  let bottom = -1;
  let right = -1;
  forEachStored(sheet.cells, (r, c) => {
    if (r > bottom) bottom = r;
    if (c > right) right = c;
  });
  const merges = (sheet.merges ?? []).map((m) => parseRect(m)).filter((r): r is Rect => !!r);
  for (const m of merges) {
    bottom = Math.max(bottom, Math.min(m.bottom, m.top + 50));
    right = Math.max(right, Math.min(m.right, m.left + 30));
  }
  for (const k of Object.keys(sheet.notes ?? {})) {
    const r = parseRect(k);
    if (r) {
      bottom = Math.max(bottom, r.bottom);
      right = Math.max(right, r.right);
    }
  }
  const sel = parseRect(sheet.selection ?? "A1");
  const truncated = bottom + 1 > MAX_ROWS || right + 1 > MAX_COLS;
  const rows = Math.min(MAX_ROWS, Math.max(bottom + 1 + 25, (sel?.bottom ?? 0) + 10, 50));
  const cols = Math.min(MAX_COLS, Math.max(right + 1 + 4, (sel?.right ?? 0) + 3, 14));
  const anchors = new Map<number, Rect>();
  const covered = new Set<number>();
  for (const m of merges) {
    if (m.top >= rows || m.left >= cols) continue;
    const clipped = { top: m.top, left: m.left, bottom: Math.min(m.bottom, rows - 1), right: Math.min(m.right, cols - 1) };
    anchors.set(slot(m.top, m.left), clipped);
    for (let r = clipped.top; r <= clipped.bottom; r++)
      for (let c = clipped.left; c <= clipped.right; c++) if (r !== m.top || c !== m.left) covered.add(slot(r, c));
  }
  // Conditional formats draw over the cell's own fill (the first rule, by priority, wins).
  const shown = new Map<string, string>();
  const marked = new Map<string, Severity>();
  for (const cf of [...(sheet.conditionalFormats ?? [])].reverse()) {
    if (!cf.fill) continue;
    const severity = markSeverity(cf.formula);
    for (const n of formatCellsOf(cf)) {
      const key = cellKey(Math.floor(n / HOST_MAX_COLUMNS), n % HOST_MAX_COLUMNS);
      shown.set(key, cf.fill);
      if (severity) marked.set(key, severity);
      else marked.delete(key);
    }
  }
  return { rows, cols, truncated, merges, anchors, covered, shown, marked };
}

function mergeAt(layout: Layout, p: Pos): Rect | undefined {
  return layout.merges.find((m) => p.row >= m.top && p.row <= m.bottom && p.col >= m.left && p.col <= m.right);
}

/** A rectangle grown until it cuts no merged area (Excel selects merged areas whole). */
function expandForMerges(layout: Layout, r: Rect): Rect {
  let out = { ...r };
  for (let changed = true; changed;) {
    changed = false;
    for (const m of layout.merges) {
      const meets = !(m.bottom < out.top || m.top > out.bottom || m.right < out.left || m.left > out.right);
      const inside = m.top >= out.top && m.bottom <= out.bottom && m.left >= out.left && m.right <= out.right;
      if (meets && !inside) {
        out = { top: Math.min(out.top, m.top), left: Math.min(out.left, m.left), bottom: Math.max(out.bottom, m.bottom), right: Math.max(out.right, m.right) };
        changed = true;
      }
    }
  }
  return out;
}

const rectOf = (a: Pos, b: Pos): Rect => ({
  top: Math.min(a.row, b.row),
  left: Math.min(a.col, b.col),
  bottom: Math.max(a.row, b.row),
  right: Math.max(a.col, b.col),
});
const within = (r: Rect, p: Pos) => p.row >= r.top && p.row <= r.bottom && p.col >= r.left && p.col <= r.right;

/** "Sheet!A1", "'My sheet'!B2:C3" or "A1" → sheet and address. */
export function parseReference(ref: string, currentSheet: string): { sheet: string; address: string } | null {
  const i = ref.lastIndexOf("!");
  let sheet = currentSheet;
  let address = ref.trim();
  if (i >= 0) {
    sheet = ref.slice(0, i).trim();
    address = ref.slice(i + 1).trim();
    if (/^'.*'$/.test(sheet)) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  }
  address = address.replace(/\$/g, "").toUpperCase();
  const r = parseRect(address);
  return r ? { sheet, address: formatRect(r) } : null;
}

function edgeOf(c: CellModel | undefined, edge: "EdgeTop" | "EdgeBottom" | "EdgeLeft" | "EdgeRight"): string | undefined {
  return borderCss(c?.borders?.[edge]);
}

// ---------------------------------------------------------------------------------------------
// One row

interface RowProps {
  sheet: SheetModel;
  row: number;
  layout: Layout;
  cells: (CellModel | undefined)[];
  /** Cells of the row below (their top borders are this row's bottom edges). */
  below: (CellModel | undefined)[];
  notes: (NoteModel | undefined)[];
  /** Selection as it touches this row: "" when it does not. */
  selKey: string;
  sel: Rect;
  active: Pos;
  editing: Editing | null;
  editor: React.ReactNode;
  /** A string that changes when a merged area anchored in this row changes. */
  mergeKey: string;
  /** Fills shown by conditional formats in this row ("B3:#FFC7CE,…"), for memoisation. */
  shownKey: string;
  shown: Map<string, string>;
  marked: Map<string, Severity>;
}

const RowView = React.memo(
  function RowView(p: RowProps): React.JSX.Element {
    const { sheet, row, layout } = p;
    const h = rowPx(sheet, row);
    const fixed = rowHasHeight(sheet, row);
    // Text that does not fit spills into the empty cells on its right, as in Excel (left-aligned,
    // unwrapped text only), hiding the gridlines it crosses.
    const spill = new Map<number, number>();
    const noGrid = new Set<number>();
    const empty = (c: number) => {
      const v = p.cells[c]?.value;
      return (v === undefined || v === "") && !layout.covered.has(slot(row, c)) && !layout.anchors.has(slot(row, c));
    };
    for (let col = 0; col < layout.cols; col++) {
      const cell = p.cells[col];
      const align = cell?.horizontalAlignment ?? "General";
      if (typeof cell?.value !== "string" || cell.value === "" || cell.wrapText || (align !== "General" && align !== "Left")) continue;
      if (layout.covered.has(slot(row, col)) || layout.anchors.has(slot(row, col)) || (p.editing && p.editing.col === col)) continue;
      const need = textWidth(cellText(cell), cell) + 7;
      let width = columnPx(sheet, col);
      let last = col;
      while (width < need && last + 1 < layout.cols && empty(last + 1)) {
        last++;
        width += columnPx(sheet, last);
      }
      if (last > col) {
        spill.set(col, width);
        for (let k = col; k < last; k++) noGrid.add(k);
      }
    }
    const tds: React.ReactNode[] = [];
    for (let col = 0; col < layout.cols; col++) {
      if (layout.covered.has(slot(row, col))) continue;
      const key = cellKey(row, col);
      const merge = layout.anchors.get(slot(row, col));
      const cell = p.cells[col];
      const note = p.notes[col];
      const bottomRow = merge ? merge.bottom : row;
      const rightCol = merge ? merge.right : col;
      let height: number | undefined = fixed ? h : undefined;
      if (merge && height !== undefined)
        for (let r = merge.top + 1; r <= merge.bottom; r++) height = rowHasHeight(sheet, r) && height !== undefined ? height + rowPx(sheet, r) + 1 : undefined;
      // Edges: a cell draws its right and bottom edges (its own border, else the neighbour's facing
      // one, else a gridline); the first row and column also draw their top and left.
      const cornerRight = merge ? lookupCell(sheet.cells, merge.top, merge.right) : cell;
      const cornerBottom = merge ? lookupCell(sheet.cells, merge.bottom, merge.left) : cell;
      const belowCell = merge ? lookupCell(sheet.cells, bottomRow + 1, col) : p.below[col];
      const fill = p.shown.get(key) ?? (cell?.fill ? shownColor(cell.fill) : undefined);
      const grid = fill ? fill : noGrid.has(col) ? "#FFFFFF" : GRIDLINE;
      const style: React.CSSProperties = {
        borderRight: edgeOf(cornerRight, "EdgeRight") ?? edgeOf(lookupCell(sheet.cells, row, rightCol + 1), "EdgeLeft") ?? `1px solid ${grid}`,
        borderBottom: edgeOf(cornerBottom, "EdgeBottom") ?? edgeOf(belowCell, "EdgeTop") ?? `1px solid ${grid}`,
      };
      if (row === 0) {
        const top = edgeOf(cell, "EdgeTop");
        if (top) style.borderTop = top;
      }
      if (col === 0) {
        const left = edgeOf(cell, "EdgeLeft");
        if (left) style.borderLeft = left;
      }
      if (fill) style.backgroundColor = fill;
      const spilled = spill.get(col);
      if (spilled !== undefined) style.overflow = "visible";
      const area: Rect = merge ?? { top: row, left: col, bottom: row, right: col };
      const inSel = p.selKey !== "" && !(area.bottom < p.sel.top || area.top > p.sel.bottom || area.right < p.sel.left || area.left > p.sel.right);
      const isActive = p.active.row === row && p.active.col === col;
      if (inSel) {
        const shadows: string[] = [];
        if (area.top <= p.sel.top) shadows.push(`inset 0 2px 0 ${SELECT}`);
        if (area.bottom >= p.sel.bottom) shadows.push(`inset 0 -2px 0 ${SELECT}`);
        if (area.left <= p.sel.left) shadows.push(`inset 2px 0 0 ${SELECT}`);
        if (area.right >= p.sel.right) shadows.push(`inset -2px 0 0 ${SELECT}`);
        if (shadows.length) style.boxShadow = shadows.join(", ");
        if (!isActive) style.backgroundImage = "linear-gradient(rgba(33, 115, 70, 0.13), rgba(33, 115, 70, 0.13))";
      }
      const text = cell ? cellText(cell) : "";
      const link = cell?.hyperlink && text ? (cell.hyperlink.documentReference ?? cell.hyperlink.address) : undefined;
      const editingHere = p.editing && p.editing.row === row && p.editing.col === col;
      const className = ["cell", note ? "has-note" : "", isActive ? "active" : ""].filter(Boolean).join(" ");
      tds.push(
        <td
          key={key}
          data-cell={key}
          rowSpan={merge ? merge.bottom - merge.top + 1 : undefined}
          colSpan={merge ? merge.right - merge.left + 1 : undefined}
          className={className}
          style={style}
          data-fill={fill}
          data-mark={p.marked.get(key)}
          data-note={note ? "1" : undefined}
          data-active={isActive ? "true" : undefined}
          data-selected={inSel ? "true" : undefined}
        >
          {editingHere ? (
            p.editor
          ) : (
            <div
              className={spilled !== undefined ? "c spill" : "c"}
              style={
                spilled !== undefined
                  ? { ...contentStyle(cell, height === undefined ? undefined : height - 1), width: spilled - 1 }
                  : contentStyle(cell, height === undefined ? undefined : height - 1)
              }
            >
              {link ? (
                <span className="link" data-link={link}>
                  {text}
                </span>
              ) : (
                text
              )}
            </div>
          )}
        </td>,
      );
    }
    return (
      <tr style={{ height: h }} data-row={row + 1}>
        <th scope="row" className={p.selKey !== "" ? "rh sel" : "rh"}>
          {row + 1}
        </th>
        {tds}
      </tr>
    );
  },
  (a, b) =>
    a.sheet === b.sheet &&
    a.row === b.row &&
    a.layout.cols === b.layout.cols &&
    a.mergeKey === b.mergeKey &&
    a.shownKey === b.shownKey &&
    a.selKey === b.selKey &&
    (a.selKey === "" || (a.active.row === b.active.row && a.active.col === b.active.col)) &&
    a.editing === b.editing &&
    (a.editing === null || a.editor === b.editor) &&
    sameRefs(a.cells, b.cells) &&
    sameRefs(a.below, b.below) &&
    sameRefs(a.notes, b.notes) &&
    rowPx(a.sheet, a.row) === rowPx(b.sheet, b.row),
);

function sameRefs<T>(a: T[], b: T[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

// ---------------------------------------------------------------------------------------------
// The view

export function WorkbookView(props: WorkbookViewProps): React.JSX.Element {
  const { host, strings: s, onChanged, onMessage } = props;
  const wb = host.workbook;
  const visibleSheets = wb.sheets.filter((x) => !x.visibility || x.visibility === "Visible");
  const sheet = wb.sheets.find((x) => x.name === wb.activeSheet && (!x.visibility || x.visibility === "Visible")) ?? visibleSheets[0] ?? wb.sheets[0];
  const layout = React.useMemo(() => layoutOf(sheet), [sheet, props.version]);
  const clip = React.useRef<{ sheet: string; rect: Rect; cut: boolean } | null>(null);
  const [menu, setMenu] = React.useState<{ x: number; y: number } | null>(null);
  const sel = parseRect(sheet.selection ?? "A1") ?? { top: 0, left: 0, bottom: 0, right: 0 };

  // The active cell: where the user put it, while it is still inside the selection; else the
  // selection's top-left (the pane selected something).
  const [activePos, setActivePos] = React.useState<(Pos & { sheet: string }) | null>(null);
  const active: Pos = activePos && activePos.sheet === sheet.name && within(sel, activePos) ? activePos : { row: sel.top, col: sel.left };
  const focusCorner = React.useRef<Pos | null>(null);

  const [editing, setEditing] = React.useState<Editing | null>(null);
  const editingRef = React.useRef<Editing | null>(null);
  const inputRef = React.useRef<HTMLInputElement>(null);
  const scroller = React.useRef<HTMLDivElement>(null);
  /**
   * Where the keyboard goes while no cell is being edited: a transparent textarea on the active
   * cell. Keys move the selection; text that arrives without a key press (an IME's composition,
   * a paste, an input method's insertText) opens the cell's editor with that text, as in Excel.
   */
  const catcher = React.useRef<HTMLTextAreaElement>(null);
  const composing = React.useRef(false);
  const focusGrid = React.useCallback(() => catcher.current?.focus({ preventScroll: true }), []);
  const dragging = React.useRef(false);
  const [hover, setHover] = React.useState<HoverNote | null>(null);
  const [nameDraft, setNameDraft] = React.useState<string | null>(null);

  React.useLayoutEffect(() => props.onRendered(props.version));

  // Keep the active cell in view (also when the pane selects a finding's cell), with the keyboard
  // catcher on it (an IME shows its candidates there).
  React.useLayoutEffect(() => {
    const td = scroller.current?.querySelector<HTMLElement>(`td[data-cell="${cellKey(active.row, active.col)}"]`);
    td?.scrollIntoView?.({ block: "nearest", inline: "nearest" });
    const c = catcher.current;
    const table = td?.closest("table");
    if (c && td && table) {
      c.style.top = `${table.offsetTop + td.offsetTop}px`;
      c.style.left = `${table.offsetLeft + td.offsetLeft}px`;
    }
  }, [sheet.name, active.row, active.col]);

  React.useEffect(() => {
    const up = () => (dragging.current = false);
    window.addEventListener("mouseup", up);
    return () => window.removeEventListener("mouseup", up);
  }, []);

  const select = React.useCallback(
    (rect: Rect, act: Pos, corner: Pos = act) => {
      const full = expandForMerges(layout, rect);
      host.setSelection(sheet.name, formatRect(full));
      setActivePos({ ...act, sheet: sheet.name });
      focusCorner.current = corner;
      setHover(null);
      onChanged();
    },
    [host, layout, sheet.name, onChanged],
  );

  const selectCell = React.useCallback(
    (p: Pos) => {
      const m = mergeAt(layout, p);
      const anchor = m ? { row: m.top, col: m.left } : p;
      select(m ?? rectOf(p, p), anchor);
    },
    [layout, select],
  );

  // --- editing

  const commit = React.useCallback(
    (move?: Pos) => {
      const ed = editingRef.current;
      if (!ed) return;
      editingRef.current = null;
      const text = inputRef.current?.value ?? ed.initial;
      setEditing(null);
      const key = cellKey(ed.row, ed.col);
      if (text === ed.original) host.setCellEditMode(false);
      else {
        try {
          void host
            .userEdit(ed.sheet, key, text)
            .then(onChanged, (e: unknown) => onMessage(fmt(s.editFailed, { cell: key, message: e instanceof Error ? e.message : String(e) }), "error"));
        } catch (e) {
          host.setCellEditMode(false);
          onMessage(fmt(s.editFailed, { cell: key, message: e instanceof Error ? e.message : String(e) }), "error");
        }
      }
      onChanged();
      if (move) selectCell(move);
      focusGrid();
    },
    [host, onChanged, onMessage, s, selectCell],
  );

  const cancel = React.useCallback(() => {
    if (!editingRef.current) return;
    editingRef.current = null;
    setEditing(null);
    host.setCellEditMode(false);
    onChanged();
    focusGrid();
  }, [host, onChanged]);

  /** Excel refuses to change a locked cell of a protected sheet, with a message; unlocked cells stay editable. */
  const refusedAsLocked = React.useCallback(
    (rect: Rect): boolean => {
      const locked = lockedCellIn(sheet, rect);
      if (locked) onMessage(fmt(s.protectedEdit, { sheet: sheet.name, cell: locked }), "error");
      return !!locked;
    },
    [sheet, onMessage, s],
  );

  const startEdit = React.useCallback(
    (p: Pos, initial: string | null) => {
      const m = mergeAt(layout, p);
      const at = m ? { row: m.top, col: m.left } : p;
      if (refusedAsLocked({ top: at.row, left: at.col, bottom: at.row, right: at.col })) return;
      const cell = lookupCell(sheet.cells, at.row, at.col);
      const original = editText(cell, cell ? cellText(cell) : "");
      const ed: Editing = { ...at, sheet: sheet.name, original, initial: initial ?? original };
      editingRef.current = ed;
      host.setCellEditMode(true);
      flushSync(() => setEditing(ed));
      const input = inputRef.current;
      if (input) {
        input.focus({ preventScroll: true });
        input.setSelectionRange(input.value.length, input.value.length);
      }
    },
    [host, layout, sheet, refusedAsLocked],
  );

  const down = (p: Pos, dr: number, dc: number): Pos => {
    const m = mergeAt(layout, p);
    let row = p.row;
    let col = p.col;
    if (dr > 0) row = (m ? m.bottom : p.row) + dr;
    else if (dr < 0) row = (m ? m.top : p.row) + dr;
    if (dc > 0) col = (m ? m.right : p.col) + dc;
    else if (dc < 0) col = (m ? m.left : p.col) + dc;
    row = Math.max(0, Math.min(layout.rows - 1, row));
    col = Math.max(0, Math.min(layout.cols - 1, col));
    const t = mergeAt(layout, { row, col });
    return t ? { row: t.top, col: t.left } : { row, col };
  };

  const editor = editing ? (
    <input
      ref={inputRef}
      className="cell-editor"
      aria-label={cellKey(editing.row, editing.col)}
      defaultValue={editing.initial}
      style={contentStyle(lookupCell(sheet.cells, editing.row, editing.col), 0) as React.CSSProperties}
      onKeyDown={(e) => {
        if (e.nativeEvent.isComposing) return;
        if (e.key === "Enter") {
          e.preventDefault();
          commit(down({ row: editing.row, col: editing.col }, e.shiftKey ? -1 : 1, 0));
        } else if (e.key === "Tab") {
          e.preventDefault();
          commit(down({ row: editing.row, col: editing.col }, 0, e.shiftKey ? -1 : 1));
        } else if (e.key === "Escape") {
          e.preventDefault();
          cancel();
        }
        e.stopPropagation();
      }}
      onBlur={() => commit()}
    />
  ) : null;

  const onKeyDown = (e: React.KeyboardEvent<HTMLTextAreaElement>) => {
    if (editingRef.current || e.target !== catcher.current) return;
    if (composing.current || e.nativeEvent.isComposing || e.key === "Process") return;
    const arrows: Record<string, [number, number]> = { ArrowUp: [-1, 0], ArrowDown: [1, 0], ArrowLeft: [0, -1], ArrowRight: [0, 1] };
    if (arrows[e.key]) {
      e.preventDefault();
      const [dr, dc] = arrows[e.key];
      if (e.shiftKey) {
        const corner = down(focusCorner.current && within(sel, focusCorner.current) ? focusCorner.current : active, dr, dc);
        select(rectOf(active, corner), active, corner);
      } else selectCell(down(active, dr, dc));
    } else if (e.key === "Enter" || e.key === "Tab") {
      e.preventDefault();
      const back = e.shiftKey ? -1 : 1;
      selectCell(down(active, e.key === "Enter" ? back : 0, e.key === "Tab" ? back : 0));
    } else if (e.key === "Home" && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      selectCell({ row: 0, col: 0 });
    } else if (e.key === "F2") {
      e.preventDefault();
      startEdit(active, null);
    } else if (e.key === "Delete") {
      e.preventDefault();
      clearSelection();
    } else if (e.key === "Backspace") {
      e.preventDefault();
      startEdit(active, "");
    } else if ((e.ctrlKey || e.metaKey) && (e.key === "c" || e.key === "x")) {
      // Kept for Ctrl+V: a paste of cells (value, format, note, conditional formats), not of text.
      clip.current = { sheet: sheet.name, rect: sel, cut: e.key === "x" };
    } else if (e.key.length === 1 && !e.ctrlKey && !e.metaKey && !e.altKey) {
      e.preventDefault();
      startEdit(active, e.key);
    }
  };

  /** A user action through the host (as Excel's UI does it), then redraw; failures are shown. */
  const act = (a: UserAction) => {
    setMenu(null);
    const blocked = [a.sheet, a.kind === "copyPaste" ? a.toSheet : undefined].find((n) => n && host.workbook.sheets.find((x) => x.name === n)?.protected);
    if (blocked) {
      onMessage(fmt(s.protectedSheet, { sheet: blocked }), "error");
      return;
    }
    try {
      void host.userAction(a).then(onChanged, (err: unknown) => onMessage(err instanceof Error ? err.message : String(err), "error"));
    } catch (err) {
      onMessage(err instanceof Error ? err.message : String(err), "error");
    }
    onChanged();
  };

  /** Text typed without a key press of its own (IME, insertText): edit the active cell with it. */
  const takeText = (text: string) => {
    if (catcher.current) catcher.current.value = "";
    if (text && !editingRef.current) startEdit(active, text);
  };

  /** A paste: tab-separated rows from the active cell down and right, as one edit. */
  const onPaste = (e: React.ClipboardEvent) => {
    const text = e.clipboardData.getData("text/plain");
    e.preventDefault();
    const copied = clip.current;
    if (copied && !editingRef.current) {
      if (copied.cut) clip.current = null;
      act({ kind: "copyPaste", sheet: copied.sheet, from: formatRect(copied.rect), to: cellKey(active.row, active.col), cut: copied.cut, toSheet: sheet.name });
      return;
    }
    if (!text || editingRef.current) return;
    const lines = text
      .replace(/\r\n?/g, "\n")
      .replace(/\n$/, "")
      .split("\n")
      .map((l) => l.split("\t"));
    const width = Math.max(...lines.map((l) => l.length));
    const grid = lines.map((l) => Array.from({ length: width }, (_, i) => l[i] ?? ""));
    const rect = { top: active.row, left: active.col, bottom: active.row + grid.length - 1, right: active.col + width - 1 };
    if (refusedAsLocked(rect)) return;
    const single = grid.length === 1 && width === 1;
    const run = single ? host.userEdit(sheet.name, cellKey(active.row, active.col), grid[0][0]) : host.userEdit(sheet.name, formatRect(rect), grid);
    void run.then(onChanged, (err: unknown) =>
      onMessage(fmt(s.editFailed, { cell: formatRect(rect), message: err instanceof Error ? err.message : String(err) }), "error"),
    );
    if (!single) select(rect, active);
    onChanged();
  };

  const clearSelection = () => {
    if (refusedAsLocked(sel)) return;
    const m = mergeAt(layout, { row: sel.top, col: sel.left });
    const single =
      (sel.top === sel.bottom && sel.left === sel.right) || (m && m.top === sel.top && m.left === sel.left && m.bottom === sel.bottom && m.right === sel.right);
    const run = single
      ? host.userEdit(sheet.name, cellKey(sel.top, sel.left), "")
      : host.userEdit(
          sheet.name,
          formatRect(sel),
          Array.from({ length: sel.bottom - sel.top + 1 }, () => Array.from({ length: sel.right - sel.left + 1 }, () => "")),
        );
    void run.then(onChanged, (e: unknown) =>
      onMessage(fmt(s.editFailed, { cell: formatRect(sel), message: e instanceof Error ? e.message : String(e) }), "error"),
    );
    onChanged();
  };

  const posOf = (target: EventTarget | null): Pos | null => {
    const td = (target as HTMLElement | null)?.closest?.("td[data-cell]") as HTMLElement | null;
    if (!td) return null;
    const r = parseRect(td.dataset.cell!);
    return r ? { row: r.top, col: r.left } : null;
  };

  const followLink = (ref: string) => {
    const target = /^[a-z]+:/i.test(ref) ? null : parseReference(ref.replace(/^#/, ""), sheet.name);
    if (!target) {
      window.open(ref, "_blank", "noopener");
      return;
    }
    try {
      host.setSelection(target.sheet, target.address);
      setActivePos(null);
      onChanged();
    } catch {
      onMessage(fmt(s.badAddress, { text: ref }), "error");
    }
  };

  const onMouseDown = (e: React.MouseEvent) => {
    if ((e.target as HTMLElement).classList.contains("cell-editor")) return;
    const p = posOf(e.target);
    if (!p || e.button !== 0) return;
    e.preventDefault();
    const link = (e.target as HTMLElement).closest?.("[data-link]") as HTMLElement | null;
    if (link && !e.shiftKey) {
      followLink(link.dataset.link!);
      focusGrid();
      return;
    }
    if (e.shiftKey) select(rectOf(active, p), active, p);
    else selectCell(p);
    dragging.current = true;
    focusGrid();
  };

  const onMouseOver = (e: React.MouseEvent) => {
    const p = posOf(e.target);
    if (dragging.current && p && e.buttons === 1 && !editingRef.current) select(rectOf(active, p), active, p);
    if (!p) return;
    const key = cellKey(p.row, p.col);
    const note = sheet.notes?.[key];
    if (note) {
      if (hover?.key !== key) {
        const td = (e.target as HTMLElement).closest("td")!;
        const box = td.getBoundingClientRect();
        setHover({ key, note, x: box.right + 6, y: box.top });
      }
    } else if (hover) setHover(null);
  };

  const activeCell = lookupCell(sheet.cells, active.row, active.col);
  const activeKey = cellKey(active.row, active.col);
  const formula = editText(activeCell, activeCell ? cellText(activeCell) : "");

  const goToName = (text: string) => {
    const ref = parseReference(text, sheet.name);
    if (!ref || !wb.sheets.some((x) => x.name.toLowerCase() === ref.sheet.toLowerCase())) {
      onMessage(fmt(s.badAddress, { text }), "error");
      return;
    }
    host.setSelection(ref.sheet, ref.address);
    setActivePos(null);
    onChanged();
    focusGrid();
  };

  // Rows: cell references per row, so unchanged rows are not redrawn.
  const cols = layout.cols;
  const rowCells = (r: number) => {
    const out: (CellModel | undefined)[] = new Array(cols);
    for (let c = 0; c < cols; c++) out[c] = lookupCell(sheet.cells, r, c);
    return out;
  };
  const noteRow = (r: number) => {
    const out: (NoteModel | undefined)[] = new Array(cols);
    if (sheet.notes) for (let c = 0; c < cols; c++) out[c] = sheet.notes[cellKey(r, c)];
    return out;
  };
  const mergeKeys = new Map<number, string>();
  for (const m of layout.anchors.values()) mergeKeys.set(m.top, `${mergeKeys.get(m.top) ?? ""}${formatRect(m)};`);
  const rows: React.ReactNode[] = [];
  const shownKeys = new Map<number, string>();
  for (const [k, c] of layout.shown) {
    const r = parseRect(k)?.top ?? 0;
    shownKeys.set(r, `${shownKeys.get(r) ?? ""}${k}:${c}:${layout.marked.get(k) ?? ""},`);
  }
  let next = rowCells(0);
  for (let r = 0; r < layout.rows; r++) {
    const cells = next;
    next = rowCells(r + 1);
    const touches = r >= sel.top && r <= sel.bottom;
    // A merged area's anchor row draws cells of rows below it: their selection state matters too.
    let selKey = touches ? `${sel.top},${sel.left},${sel.bottom},${sel.right}` : "";
    if (!touches && mergeKeys.has(r)) {
      for (const m of layout.anchors.values())
        if (m.top === r && m.bottom >= sel.top && m.top <= sel.bottom) selKey = `m${sel.top},${sel.left},${sel.bottom},${sel.right}`;
    }
    rows.push(
      <RowView
        key={r}
        sheet={sheet}
        row={r}
        layout={layout}
        cells={cells}
        below={next}
        notes={noteRow(r)}
        selKey={selKey}
        sel={sel}
        active={active}
        editing={editing && editing.row === r ? editing : null}
        editor={editing && editing.row === r ? editor : null}
        mergeKey={mergeKeys.get(r) ?? ""}
        shown={layout.shown}
        marked={layout.marked}
        shownKey={shownKeys.get(r) ?? ""}
      />,
    );
  }

  let tableWidth = 40;
  const colEls: React.ReactNode[] = [<col key="h" style={{ width: 40 }} />];
  const headers: React.ReactNode[] = [];
  for (let c = 0; c < cols; c++) {
    const w = columnPx(sheet, c);
    tableWidth += w;
    colEls.push(<col key={c} style={{ width: w }} />);
    headers.push(
      <th key={c} scope="col" className={c >= sel.left && c <= sel.right ? "ch sel" : "ch"}>
        {columnLetters(c)}
      </th>,
    );
  }

  const nameBoxValue = nameDraft ?? activeKey;

  return (
    <div className="workbook-view">
      <div className="formula-bar">
        <input
          className="name-box"
          aria-label={s.nameBox}
          data-testid="name-box"
          value={nameBoxValue}
          onFocus={(e) => {
            setNameDraft(activeKey);
            e.currentTarget.select();
          }}
          onChange={(e) => setNameDraft(e.target.value)}
          onBlur={() => setNameDraft(null)}
          onKeyDown={(e) => {
            if (e.key === "Enter") {
              e.preventDefault();
              const text = nameBoxValue;
              setNameDraft(null);
              goToName(text);
            } else if (e.key === "Escape") {
              setNameDraft(null);
              focusGrid();
            }
          }}
        />
        <span className="fx" aria-hidden="true">
          fx
        </span>
        <input className="formula" aria-label={s.formulaBar} data-testid="formula-bar" readOnly value={formula} />
      </div>
      {layout.truncated && (
        <div className="notice" role="status">
          {fmt(s.truncated, { rows: MAX_ROWS, cols: MAX_COLS })}
        </div>
      )}
      <div ref={scroller} className="grid-scroll" role="region" aria-label={fmt(s.grid, { sheet: sheet.name })} onScroll={() => hover && setHover(null)}>
        <textarea
          ref={catcher}
          className="key-catcher"
          data-testid="grid-keys"
          aria-label={`${fmt(s.grid, { sheet: sheet.name })}，${activeKey}：${activeCell ? cellText(activeCell) : ""}。${s.gridHelp}`}
          rows={1}
          spellCheck={false}
          autoComplete="off"
          onKeyDown={onKeyDown}
          onPaste={onPaste}
          onCompositionStart={() => (composing.current = true)}
          onCompositionEnd={(e) => {
            composing.current = false;
            takeText(e.data || e.currentTarget.value);
          }}
          onInput={(e) => {
            if (composing.current || (e.nativeEvent as InputEvent).isComposing) return;
            takeText(e.currentTarget.value);
          }}
        />
        <table
          className="grid"
          style={{ width: tableWidth }}
          data-sheet={sheet.name}
          onMouseDown={onMouseDown}
          onMouseOver={onMouseOver}
          onMouseLeave={() => setHover(null)}
          onContextMenu={(e) => {
            e.preventDefault();
            setMenu({ x: e.clientX, y: e.clientY });
          }}
          onDoubleClick={(e) => {
            const p = posOf(e.target);
            if (p && !editingRef.current) startEdit(p, null);
          }}
        >
          <colgroup>{colEls}</colgroup>
          <thead>
            <tr>
              <th className="corner" aria-hidden="true" />
              {headers}
            </tr>
          </thead>
          <tbody>{rows}</tbody>
        </table>
      </div>
      {menu && (
        <div className="context-menu" role="menu" style={{ left: menu.x, top: menu.y }} onMouseLeave={() => setMenu(null)}>
          <button
            type="button"
            role="menuitem"
            onClick={() => act({ kind: "insertRows", sheet: sheet.name, row: sel.top + 1, count: sel.bottom - sel.top + 1 })}
          >
            {s.insertRows}
          </button>
          <button
            type="button"
            role="menuitem"
            onClick={() => act({ kind: "deleteRows", sheet: sheet.name, row: sel.top + 1, count: sel.bottom - sel.top + 1 })}
          >
            {s.deleteRows}
          </button>
          <button type="button" role="menuitem" onClick={() => act({ kind: "sortRows", sheet: sheet.name, range: formatRect(sel), column: active.col + 1 })}>
            {s.sortRows}
          </button>
        </div>
      )}
      {hover && (
        <div className="note-popup" role="tooltip" data-note-for={hover.key} style={{ left: Math.min(hover.x, window.innerWidth - 300), top: hover.y }}>
          <div className="note-author">{hover.note.authorName ?? s.noteLabel}</div>
          {hover.note.content}
        </div>
      )}
      <div className="tabs" role="tablist" aria-label={s.sheetTabs}>
        {visibleSheets.map((x) => (
          <button
            key={x.id ?? x.name}
            type="button"
            role="tab"
            aria-selected={x === sheet}
            className={x === sheet ? "tab current" : "tab"}
            style={x.tabColor ? { borderBottomColor: x.tabColor } : undefined}
            onClick={() => {
              if (editingRef.current) commit();
              host.setSelection(x.name, x.selection ?? "A1");
              setActivePos(null);
              onChanged();
            }}
          >
            {x.name}
          </button>
        ))}
      </div>
    </div>
  );
}
