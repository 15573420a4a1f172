import { runExcel } from "./excel-run";

/**
 * worksheetId → name. onChanged events name the sheet by id only; resolving it costs a round trip,
 * so the names are cached. Every full read refreshes the cache (it loads ids anyway); a miss (a
 * sheet added since) reloads all names once, with concurrent misses sharing one load.
 *
 * A rename between reads leaves a stale name until the next read or miss; the pane re-reads the
 * workbook on each check, which refreshes it.
 */
export class SheetIdCache {
  private names = new Map<string, string>();
  private loading: Promise<void> | null = null;

  /** Replace the whole map (after a read that listed every sheet). */
  setAll(sheets: Iterable<{ id: string; name: string }>): void {
    this.names = new Map([...sheets].map((s) => [s.id, s.name]));
  }

  set(id: string, name: string): void {
    this.names.set(id, name);
  }

  get(id: string): string | undefined {
    return this.names.get(id);
  }

  /** The sheet's name, loading the names when the id is unknown; undefined when no sheet has it. */
  async resolve(id: string): Promise<string | undefined> {
    const hit = this.names.get(id);
    if (hit !== undefined) return hit;
    if (!this.loading) {
      this.loading = this.reload().finally(() => (this.loading = null));
    }
    await this.loading;
    return this.names.get(id);
  }

  private async reload(): Promise<void> {
    // A background read triggered by an event: runExcel waits while the user is in a cell.
    await runExcel(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load("items/id,items/name");
      await context.sync();
      this.setAll(sheets.items.map((s) => ({ id: s.id, name: s.name })));
    });
  }
}
