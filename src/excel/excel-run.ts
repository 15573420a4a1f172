/**
 * How the adapter enters Excel, and how it recognises Excel's errors.
 *
 * Every batch runs with `delayForCellEdit: true`: by default a batch that arrives while the user is
 * editing a cell fails with InvalidOperationInCellEditMode, and users typing Chinese sit in edit mode
 * for the whole IME composition. Background re-checks (triggered by onChanged) would then fail at
 * random; with the option Excel queues the batch until the user leaves the cell (DOCS
 * excel-add-ins-delay-in-cell-edit.md). Hosts without the DelayForCellEdit set ignore the option.
 */

export function runExcel<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
  return Excel.run({ delayForCellEdit: true }, batch);
}

/** The `code` of an OfficeExtension.Error-like value, if any. */
export function errorCode(e: unknown): string | undefined {
  const c = (e as { code?: unknown } | null)?.code;
  return typeof c === "string" ? c : undefined;
}

/**
 * Excel on the web's 5 MB limits (RichApi.Error Request/ResponsePayloadSizeLimitExceeded). The
 * message is checked too: some builds report the condition under a generic code.
 */
export function isPayloadLimitError(e: unknown): boolean {
  const code = errorCode(e) ?? "";
  if (/PayloadSizeLimitExceeded/i.test(code)) return true;
  const message = (e as { message?: unknown } | null)?.message;
  return typeof message === "string" && /payload size (has )?exceeded/i.test(message);
}

/** Where Excel says the batch failed ("Range.getMergedAreasOrNullObject"), or "". */
export function errorLocation(e: unknown): string {
  const d = (e as { debugInfo?: { errorLocation?: unknown } } | null)?.debugInfo;
  return typeof d?.errorLocation === "string" ? d.errorLocation : "";
}
