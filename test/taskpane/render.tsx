import * as React from "react";
import { render, RenderResult, waitFor } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import App, { AppProps } from "../../src/taskpane/components/App";
import { testEngine } from "./fixtures";

// jsdom has no ResizeObserver; Fluent's MessageBar observes its own width (for reflow) with one.
// Every webview Office runs add-ins in has it, so only the test environment needs this stand-in.
if (typeof window !== "undefined" && !("ResizeObserver" in window)) {
  (window as unknown as { ResizeObserver: unknown }).ResizeObserver = class {
    observe(): void {}
    unobserve(): void {}
    disconnect(): void {}
  };
}

/** The button of the finding at sheet!cell (findings are keyed by sheet, cell and rule). */
export function findingButton(sheet: string, cell: string): HTMLElement {
  const el = document.querySelector<HTMLElement>(`button[data-finding^="${sheet}!${cell}|"]`);
  if (!el) throw new Error(`No finding button for ${sheet}!${cell}`);
  return el;
}

export function findFindingButton(sheet: string, cell: string): Promise<HTMLElement> {
  return waitFor(() => findingButton(sheet, cell));
}

/** Elements in the Tab order, in document order (what Tab walks through, tabster aside). */
export function tabbables(root: ParentNode = document): HTMLElement[] {
  const sel = "button, [href], input, select, textarea, [tabindex]";
  return Array.from(root.querySelectorAll<HTMLElement>(sel)).filter(
    (el) => el.tabIndex >= 0 && !(el as HTMLButtonElement).disabled && !el.closest("[aria-hidden=true]") && !el.closest("[hidden]"),
  );
}

/** Renders the pane as index.tsx does (inside FluentProvider), with the test rules by default. */
export function renderPane(props: Omit<AppProps, "lang" | "engine"> & Partial<Pick<AppProps, "lang" | "engine">>): RenderResult {
  return render(
    <FluentProvider theme={webLightTheme}>
      <App lang="zh" engine={testEngine} {...props} />
    </FluentProvider>,
  );
}
