/**
 * `window.__jixiaoDemo`: how the demo page (the "Excel" around the pane), the pane's page
 * (taskpane.html in an iframe, where demo-office.js plays office.js) and the tests talk.
 *
 * The Excel host lives in the pane's window, as office.js does in Excel: the pane's code and the
 * host share one JavaScript realm (errors are `instanceof Error` there, as the pane expects). The
 * page reads the host's workbook to draw it, and types into it with host.userEdit.
 */
import type { ExcelHost, HostOptions, UserAction, WorkbookModel } from "../host";

/** What the pane that is starting should open. */
export interface PaneStart {
  model: WorkbookModel;
  options: HostOptions;
  /** Office.context.displayLanguage for the pane. */
  displayLanguage: string;
}

/** Times in ms since the page's navigation started (performance.now() of the page). */
export interface DemoMarks {
  /** The workbook the page opens with is converted and ready for the pane. */
  workbookReady?: number;
  /** The pane's host is installed (demo-office.js has run Office.onReady). */
  hostReady?: number;
  /** The pane's first content is on screen (first animation frame after React rendered it). */
  paneFirstRender?: number;
}

export interface DemoBridge {
  /** The current workbook's Excel host (in the pane's window); null while a pane is starting. */
  host: ExcelHost | null;
  /** Bumped whenever the workbook may have changed (after every Excel.run and every user edit). */
  version: number;
  /** The highest `version` the workbook view has drawn (painted to the DOM). */
  renderedVersion: number;
  marks: DemoMarks;

  // --- for demo-office.js (the pane's page)
  /** The workbook the starting pane opens (waits for the page to have it). */
  paneStarting(): Promise<PaneStart>;
  /** The pane's host is ready. */
  attach(host: ExcelHost): void;
  /** Something ran against the workbook. */
  changed(): void;
  /** The pane's first render, as an absolute time (performance.timeOrigin + performance.now()). */
  paneRendered(absoluteMs: number): void;

  // --- test and bench hooks
  /** Resolves once a pane is attached to the current workbook and has rendered. */
  ready(): Promise<void>;
  /** Opens a workbook model (a new pane starts on it, as when Excel opens another file). */
  openModel(model: WorkbookModel): Promise<void>;
  /** Opens .xlsx bytes as the file picker does. Rejects with the message shown to the user. */
  openBytes(bytes: ArrayBuffer | Uint8Array, name: string): Promise<void>;
  /** Opens a workbook of `tables` copies of the sample's first table (20 per sheet). */
  openGenerated(tables: number): Promise<void>;
  /** The current workbook as .xlsx bytes (what the download button saves). */
  saveBytes(): Promise<Uint8Array>;
  /** Selects a range and shows it, as a click on the grid does. */
  select(sheet: string, address: string): void;
  /**
   * Performs a user action exactly as the workbook view's menu and keys do (insertRows {row, count},
   * deleteRows {row, count}, copyPaste {from, to}, sortRows {range, column}; 1-based rows, A1
   * addresses); resolves after the host applied it and its onChanged handlers settled.
   */
  userAction(action: UserAction): Promise<void>;
}

declare global {
  interface Window {
    __jixiaoDemo?: DemoBridge;
  }
}

/** The page's bridge, seen from the pane's window (or undefined outside the demo page). */
export function parentBridge(): DemoBridge | undefined {
  try {
    if (window.parent === window) return undefined;
    return window.parent.__jixiaoDemo;
  } catch {
    return undefined; // a cross-origin parent
  }
}
