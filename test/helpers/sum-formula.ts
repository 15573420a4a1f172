import type { ExcelHost, HostOptions } from "../../src/demo/host";
import { parseA1, toA1 } from "../../src/engine/address";

/**
 * A formula evaluator for the in-memory Excel host that knows the one function the layout writes:
 * SUM over cells and ranges of the same sheet ("=SUM(E5,G5)", "=SUM(B2:B9)"). Blank and text cells
 * count 0, as in Excel. Anything else evaluates to "" (the host's default). The host calls it when
 * the formula is written, so the cells it adds must be written first (both writers do that).
 *
 *   let host: ExcelHost;
 *   host = createExcelHost(model, { evaluateFormula: sumEvaluator(() => host) });
 */
export function sumEvaluator(host: () => ExcelHost): NonNullable<HostOptions["evaluateFormula"]> {
  return (formula, at) => {
    const m = /^=\s*SUM\((.*)\)\s*$/i.exec(formula);
    if (!m) return "";
    let sum = 0;
    for (const part of m[1].split(",")) {
      const [a, b] = part.trim().replace(/\$/g, "").split(":");
      const p = parseA1(a);
      const q = b ? parseA1(b) : p;
      for (let r = Math.min(p.row, q.row); r <= Math.max(p.row, q.row); r++)
        for (let c = Math.min(p.col, q.col); c <= Math.max(p.col, q.col); c++) {
          const cell = host().cell(at.sheet, toA1(r, c));
          if (typeof cell?.value === "number") sum += cell.value;
        }
    }
    return Number(sum.toPrecision(15));
  };
}
