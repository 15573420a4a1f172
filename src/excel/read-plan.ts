/**
 * How much of the workbook one `context.sync()` may read. Pure (no Office.js), so the sizing rules
 * are testable on their own.
 *
 * Excel on the web fails any response over 5 MB (ResponsePayloadSizeLimitExceeded) and every
 * platform caps one read at 5,000,000 cells (DOCS resource-limits-and-performance-optimization.md).
 * The planner packs *units* (a rectangle of cells to load values/text/numberFormat for, or a band of
 * rows to ask for merged areas) from every sheet into batches whose estimated response stays under
 * a budget (4 MB by default, leaving headroom for the estimate's error). So the number of syncs
 * grows with the bytes to read, never with the number of sheets or tables.
 *
 * The estimate is cells × bytes-per-cell. It starts from a guess and is refined from the sizes of
 * the responses actually received. When Excel still refuses a batch, the batch is put back and the
 * budget halved: the retry carries half as much, and the extra syncs grow only with the failures.
 */

export type UnitKind = "cells" | "merges";

/** A rectangle of one sheet, zero-based absolute coordinates. */
export interface ReadUnit {
  kind: UnitKind;
  /** Index of the sheet in the reader's list. */
  sheet: number;
  row: number;
  col: number;
  rows: number;
  cols: number;
}

export interface ReadPlanOptions {
  /** Estimated response bytes one batch may carry. Default 4 MB (of Excel on the web's 5 MB). */
  budgetBytes?: number;
  /** First guess of the response bytes per cell for values + text + numberFormat. Default 48. */
  bytesPerCell?: number;
  /** No cells unit exceeds this many cells (Excel's 5,000,000-cell read limit). */
  maxCellsPerUnit?: number;
}

export const DEFAULT_BUDGET_BYTES = 4 * 1024 * 1024;
export const DEFAULT_BYTES_PER_CELL = 48;
export const EXCEL_CELL_READ_LIMIT = 5_000_000;

/** JSON punctuation per row for three 2-D arrays ([…],[…],[…]). */
const ROW_OVERHEAD = 9;
/** Property names, address and object framing of one loaded range. */
const UNIT_OVERHEAD = 160;
/** One merged area's address ("'Sheet'!A1:B2") with its JSON framing, per row of a band — a table has about one merge per row. */
const MERGE_BYTES_PER_ROW = 48;
/** Refined estimates never drop below this: an all-empty block still costs `"","","General"`. */
const MIN_BYTES_PER_CELL = 16;
/** Headroom over the observed size when refining. */
const REFINE_MARGIN = 1.25;

export class ReadPlanner {
  private pending: ReadUnit[] = [];
  private budget: number;
  private perCell: number;
  private readonly maxCells: number;

  constructor(options: ReadPlanOptions = {}) {
    this.budget = options.budgetBytes ?? DEFAULT_BUDGET_BYTES;
    this.perCell = options.bytesPerCell ?? DEFAULT_BYTES_PER_CELL;
    this.maxCells = options.maxCellsPerUnit ?? EXCEL_CELL_READ_LIMIT;
  }

  /** Current batch budget in bytes (halved by each payload failure). */
  get budgetBytes(): number {
    return this.budget;
  }

  /** Current estimate of response bytes per cell. */
  get bytesPerCell(): number {
    return this.perCell;
  }

  get done(): boolean {
    return this.pending.length === 0;
  }

  add(unit: ReadUnit): void {
    if (unit.rows > 0 && unit.cols > 0) this.pending.push(unit);
  }

  /** Units still to read for `sheet`. */
  pendingFor(sheet: number): number {
    return this.pending.filter((u) => u.sheet === sheet).length;
  }

  estimate(u: ReadUnit): number {
    if (u.kind === "merges") return UNIT_OVERHEAD + u.rows * MERGE_BYTES_PER_ROW;
    return UNIT_OVERHEAD + u.rows * (u.cols * this.perCell + ROW_OVERHEAD);
  }

  /**
   * The next batch: pending units in order while they fit the budget; the unit that does not fit is
   * cut by rows (or, for a single over-wide row, by columns) so the batch is filled, and its rest stays
   * pending. A batch always makes progress: at worst it holds one row (or one cell).
   */
  nextBatch(): ReadUnit[] {
    const batch: ReadUnit[] = [];
    let room = this.budget;
    while (this.pending.length > 0) {
      const u = this.capToCellLimit(this.pending[0]);
      const est = this.estimate(u);
      if (est <= room) {
        batch.push(u);
        this.consume(u);
        room -= est;
        continue;
      }
      const rowCost = this.estimate({ ...u, rows: 1 }) - UNIT_OVERHEAD;
      const fit = Math.floor((room - UNIT_OVERHEAD) / rowCost);
      if (fit >= 1 && u.rows > 1) {
        const head = { ...u, rows: Math.min(fit, u.rows - 1) };
        batch.push(head);
        this.consume(head);
      } else if (batch.length === 0) {
        // Not even one row fits an empty batch: take one row, cut to the columns that fit.
        let head = { ...u, rows: 1 };
        if (u.kind === "cells" && u.cols > 1) {
          const cols = Math.max(1, Math.floor((room - UNIT_OVERHEAD - ROW_OVERHEAD) / this.perCell));
          head = { ...head, cols: Math.min(cols, u.cols) };
        }
        batch.push(head);
        this.consume(head);
      }
      break;
    }
    return batch;
  }

  /** The first pending unit, cut so it reads at most maxCells cells (the rest stays pending). */
  private capToCellLimit(u: ReadUnit): ReadUnit {
    if (u.kind !== "cells" || u.rows * u.cols <= this.maxCells) return u;
    const rows = Math.max(1, Math.floor(this.maxCells / u.cols));
    return { ...u, rows: Math.min(rows, u.rows) };
  }

  /** Removes `head` (a prefix of pending[0]: fewer rows, or one row with fewer columns) from pending[0]. */
  private consume(head: ReadUnit): void {
    const u = this.pending[0];
    if (head.rows === u.rows && head.cols === u.cols) {
      this.pending.shift();
    } else if (head.cols < u.cols) {
      // One row, cut by columns: the rest of that row first, then the remaining rows.
      const rest: ReadUnit[] = [{ ...u, rows: 1, col: u.col + head.cols, cols: u.cols - head.cols }];
      if (u.rows > 1) rest.push({ ...u, row: u.row + 1, rows: u.rows - 1 });
      this.pending.splice(0, 1, ...rest);
    } else {
      this.pending[0] = { ...u, row: u.row + head.rows, rows: u.rows - head.rows };
    }
  }

  /**
   * Excel refused the batch as too large. Put it back, and halve the budget below what the failed
   * batch was estimated at, so the retry carries half as much. The per-cell estimate is not touched:
   * whether the guess or the limit was wrong, halving converges, and successes refine the guess.
   */
  failed(batch: ReadUnit[]): void {
    const est = batch.reduce((n, u) => n + this.estimate(u), 0);
    this.budget = Math.max(1, Math.floor(Math.min(this.budget, est) / 2));
    this.pending.unshift(...batch);
  }

  /**
   * Splits the merges units of a batch that failed because one range held more merged areas than
   * Excel returns (512), and puts the batch back. Returns the one-row merges units that cannot be
   * split further; the caller gives up on those (the sheet is read without some merges).
   */
  failedOnMerges(batch: ReadUnit[]): ReadUnit[] {
    const back: ReadUnit[] = [];
    const dropped: ReadUnit[] = [];
    for (const u of batch) {
      if (u.kind !== "merges") back.push(u);
      else if (u.rows > 1) {
        const half = Math.ceil(u.rows / 2);
        back.push({ ...u, rows: half }, { ...u, row: u.row + half, rows: u.rows - half });
      } else dropped.push(u);
    }
    this.pending.unshift(...back);
    return dropped;
  }

  /** A batch came back: learn bytes per cell from what its cells units really cost. */
  succeeded(cells: number, responseBytes: number): void {
    if (cells <= 0) return;
    const seen = responseBytes / cells;
    this.perCell = Math.max(MIN_BYTES_PER_CELL, seen * REFINE_MARGIN);
  }
}
