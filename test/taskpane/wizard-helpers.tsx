import * as React from "react";
import { act, configure, fireEvent, render, RenderResult, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import App from "../../src/taskpane/components/App";
import { createExcelHost, ExcelHost, HostOptions, WorkbookModel as HostWorkbook } from "../../src/demo/host";
import { createOfficePort } from "../../src/excel/office-workbook";
import type { ExcelPort } from "../../src/excel/port";
import type { Lang } from "../../src/engine/rule";
import { sumEvaluator } from "../helpers/sum-formula";
import { testEngine } from "./fixtures";
import "./render"; // the ResizeObserver stand-in
import { TextDecoder as NodeTextDecoder } from "util";

// jsdom has no TextDecoder (every webview Office runs add-ins in has it): Node's stands in, with
// the same WHATWG encodings (GB18030 included).
if (typeof (globalThis as { TextDecoder?: unknown }).TextDecoder === "undefined") {
  (globalThis as unknown as { TextDecoder: unknown }).TextDecoder = NodeTextDecoder;
}

/**
 * The wizard's tests run the pane on the REAL Office.js adapter over the strict in-memory Excel
 * host, as every pane test does; the host evaluates the SUM the layout writes for 预算数.
 */
let uninstallPrevious: (() => void) | undefined;

// A generation reads the sheet, plans, writes and reads back through the strict host: with several
// test files in parallel that can take more than findBy's default second.
configure({ asyncUtilTimeout: 5000 });

export function wizardHost(model: HostWorkbook, options: HostOptions = {}): { host: ExcelHost; port: ExcelPort } {
  uninstallPrevious?.();
  const host: ExcelHost = createExcelHost(model, { evaluateFormula: sumEvaluator(() => host), ...options });
  uninstallPrevious = host.install();
  return { host, port: createOfficePort({ eventGraceMs: 50 }) };
}

export const YEAR = 2024;

/**
 * The pane on its 新建项目表 tab, budget year 2024. Resolves once the pane has started (the checker
 * tab's session loads the saved settings and starts watching edits in the background).
 */
export async function renderWizard(port: ExcelPort, lang: Lang = "zh"): Promise<RenderResult> {
  const r = render(
    <FluentProvider theme={webLightTheme}>
      <App port={port} lang={lang} engine={testEngine} year={YEAR} initialTab="new" />
    </FluentProvider>,
  );
  await act(async () => {
    await new Promise((done) => setTimeout(done, 20));
  });
  return r;
}

export type User = ReturnType<typeof userEvent.setup>;

/**
 * Replace a text field's content in one change event (as a paste or an IME commit does), then
 * leave the field. One render instead of one per keystroke keeps the long wizard tests fast;
 * typing key by key is covered where it matters (user.type in wizard-steps).
 */
export async function fill(user: User, el: HTMLElement, text: string): Promise<void> {
  void user;
  act(() => {
    fireEvent.change(el, { target: { value: text } });
  });
  act(() => {
    fireEvent.blur(el);
  });
}

/** The input (or textarea) a spec path's field edits. */
export function field(path: string): HTMLInputElement {
  const el = document.querySelector<HTMLInputElement>(`[data-path="${path}"]`);
  if (!el) throw new Error(`no field for ${path}`);
  return el;
}

/** The validation message Fluent's Field shows for a control (via aria-describedby). */
export function messageOf(el: HTMLElement): string {
  const ids = (el.getAttribute("aria-describedby") ?? "").split(/\s+/).filter(Boolean);
  return ids
    .map((id) => document.getElementById(id))
    .filter((m) => m?.className.includes("validationMessage"))
    .map((m) => m!.textContent ?? "")
    .join(" ");
}

export async function goToStep(user: User, name: RegExp | string): Promise<void> {
  // (findBy: a popover that just closed may still hide the rest of the pane for a moment)
  const nav = await screen.findByRole("navigation", { name: "填写步骤" });
  await user.click(within(nav).getByRole("button", { name }));
}

export function generateButton(): HTMLElement {
  return screen.getByTestId("generate");
}

/** Wait for the pane's port work to finish (the 生成 button shows 生成 again, nothing busy). */
export async function settled(): Promise<void> {
  await waitFor(() => expect(document.querySelector("main")?.getAttribute("aria-busy")).toBe("false"));
}
