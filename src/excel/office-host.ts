/**
 * Host and requirement-set detection, in one place (Script Lab's `officeJsHost` pattern): every
 * feature gate of the adapter asks here, so the rules for "which Excel has what" live in one file.
 *
 * Versions are passed to isSetSupported as strings: "1.10" as a number would be 1.1 (DOCS
 * specify-api-requirements-runtime.md). Nothing is cached, because a test process installs hosts
 * with different API levels one after another, and isSetSupported is cheap.
 */

/** ExcelApi versions the adapter gates on. */
export type ExcelApiVersion = "1.4" | "1.7" | "1.8" | "1.9" | "1.10" | "1.13" | "1.14" | "1.17" | "1.18" | "1.20";

/** What the adapter uses each gated version for, so the gates read as features, not numbers. */
export const FEATURE_API = {
  /** Range.getMergedAreasOrNullObject. */
  mergedAreas: "1.13",
  /** WorksheetChangedEventArgs.triggerSource ("ThisLocalAddin" marks our own writes). */
  triggerSource: "1.14",
  /** Worksheet.notes / NoteCollection.add. */
  notes: "1.18",
} as const satisfies Record<string, ExcelApiVersion>;

interface OfficeLike {
  context?: {
    platform?: string;
    requirements?: { isSetSupported(name: string, minVersion?: string): boolean };
  };
}

function office(): OfficeLike | undefined {
  return typeof Office === "undefined" ? undefined : (Office as unknown as OfficeLike);
}

/** Does the running Excel support ExcelApi `version`? False outside Office. */
export function supports(version: ExcelApiVersion): boolean {
  return supportsSet("ExcelApi", version);
}

/** Any requirement set ("DelayForCellEdit", "1.1"). */
export function supportsSet(name: string, version: string): boolean {
  const req = office()?.context?.requirements;
  if (!req) return false;
  try {
    return req.isSetSupported(name, version);
  } catch {
    return false;
  }
}

/** Office.context.platform ("PC", "OfficeOnline", "Mac", …), or "" outside Office. */
export function platform(): string {
  return String(office()?.context?.platform ?? "");
}

/** Excel on the web: the only platform with the 5 MB request/response payload limit. */
export function isWeb(): boolean {
  return platform() === "OfficeOnline";
}
