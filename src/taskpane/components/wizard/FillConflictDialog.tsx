import * as React from "react";
import { Button, Checkbox, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle } from "@fluentui/react-components";
import type { FillConflict } from "../../../engine/fill";
import { type PendingFill, updateWrites } from "../../wizard/session";
import { Strings, format } from "../../i18n";

function conflictText(s: Strings, c: FillConflict, update: boolean): string {
  switch (c.kind) {
    case "differs":
      // an update shows both sides as the sheet does: the cell's text now, and once written
      if (update && c.formula) return format(s, "wzUpdateFormulaChange", { cell: c.cell, formula: c.formula, has: c.has, wants: c.shows ?? c.wants });
      return update
        ? format(s, "wzUpdateChange", { cell: c.cell, has: c.has, wants: c.shows ?? c.wants })
        : format(s, "wzConflictDiffers", { cell: c.cell, has: c.has, wants: c.wants });
    case "year":
      return format(s, "wzConflictYear", { cell: c.cell, has: c.has, wants: c.wants });
    case "unfilled":
      return format(s, update ? "wzUpdateUnfilled" : "wzConflictUnfilled", { cell: c.cell, wants: c.wants });
    case "no-room":
      return format(s, "wzConflictNoRoom", { wants: c.wants });
  }
}

/**
 * Filling a template never overwrites, and never writes a table that is not what was entered.
 * When the template cannot take the project (no place for an indicator or milestone, another
 * year, rows it labels that the project leaves empty) the dialog names each problem and offers
 * 返回修改: nothing is written; when all it lacks is rows for some indicators, it also offers
 * 插入行后填写 (the rows inserted in the template's style, then filled). When the only problems are cells that already hold something
 * else, the user chooses 取消 (nothing is written) or 只填空白单元格 (those cells stay as they are).
 * 更新当前表 (pending.update): the listed cells are the changes, old → new, plus the count of blank
 * cells filled; 确定更新 writes them all, 取消 nothing. What refuses an update is shown as for a fill.
 * A changed cell holding a formula the user wrote is listed apart with its formula and kept
 * (not written) unless the user ticks 用新值替换这些公式: a finance table's formulas never go unasked.
 */
export function FillConflictDialog(props: {
  strings: Strings;
  pending: PendingFill | null;
  onCancel(): void;
  /** `replaceFormulas`: an update also writes over the user's formulas (the checkbox). */
  onConfirm(replaceFormulas: boolean): void;
  onInsertRows(): void;
}): React.JSX.Element {
  const s = props.strings;
  const p = props.pending;
  const blocking = !!p?.blocking;
  const rows = (p?.inserts ?? []).reduce((n, i) => n + i.count, 0);
  const update = !!p?.update;
  const [replaceFormulas, setReplaceFormulas] = React.useState(false);
  const all = p?.conflicts ?? [];
  // an update's formula cells go in a list of their own, under the choice that decides them
  const formulas = update && !blocking ? all.filter((c) => c.formula) : [];
  const listed = update && !blocking ? all.filter((c) => !c.formula) : all;
  const toWrite = update ? updateWrites(p?.writes ?? [], replaceFormulas).length : (p?.writes.length ?? 0);
  const blanks = (p?.writes ?? []).filter((w) => w.was === undefined).length;
  const title = update ? (blocking ? s.wzUpdateTitleBlocking : s.wzUpdateTitle) : blocking ? s.wzConflictsTitleBlocking : s.wzConflictsTitle;
  const intro = update
    ? blocking
      ? format(s, "wzUpdateIntroBlocking", { sheet: p?.sheet ?? "" })
      : format(s, "wzUpdateIntro", { count: listed.length, sheet: p?.sheet ?? "" })
    : blocking
      ? format(s, "wzConflictsIntroBlocking", { sheet: p?.sheet ?? "" })
      : format(s, "wzConflictsIntro", { count: p?.conflicts.length ?? 0, sheet: p?.sheet ?? "" });
  const choice =
    rows > 0
      ? format(s, "wzConflictsInsertChoice", { rows })
      : update
        ? blocking
          ? s.wzUpdateBlockingChoice
          : format(s, "wzUpdateBlanks", { count: blanks })
        : blocking
          ? s.wzConflictsBlockingChoice
          : format(s, "wzConflictsChoice", { cells: p?.writes.length ?? 0 });
  return (
    <Dialog open={!!p} modalType="alert" onOpenChange={(_, d) => !d.open && props.onCancel()}>
      <DialogSurface data-testid="fill-conflicts">
        <DialogBody>
          <DialogTitle>{title}</DialogTitle>
          <DialogContent>
            {(listed.length > 0 || formulas.length === 0) && (
              <>
                <p>{intro}</p>
                <ul>
                  {listed.map((c, i) => (
                    <li key={i} data-conflict={c.cell} data-kind={c.kind}>
                      {conflictText(s, c, update)}
                    </li>
                  ))}
                </ul>
              </>
            )}
            {formulas.length > 0 && (
              <div data-testid="update-formulas">
                <p>{format(s, replaceFormulas ? "wzUpdateFormulasReplaced" : "wzUpdateFormulasKept", { count: formulas.length })}</p>
                <ul>
                  {formulas.map((c, i) => (
                    <li key={i} data-conflict={c.cell} data-kind="formula">
                      {conflictText(s, c, update)}
                    </li>
                  ))}
                </ul>
                <Checkbox
                  data-testid="update-replace-formulas"
                  checked={replaceFormulas}
                  onChange={(_, d) => setReplaceFormulas(d.checked === true)}
                  label={s.wzUpdateReplaceFormulas}
                />
              </div>
            )}
            <p data-testid="fill-conflicts-choice">{choice}</p>
          </DialogContent>
          <DialogActions>
            {blocking ? (
              <>
                <Button appearance={rows > 0 ? "secondary" : "primary"} onClick={props.onCancel}>
                  {s.wzBackToEdit}
                </Button>
                {rows > 0 && (
                  <Button appearance="primary" data-testid="insert-rows-fill" onClick={props.onInsertRows}>
                    {s.wzInsertRowsFill}
                  </Button>
                )}
              </>
            ) : (
              <>
                <Button appearance="secondary" onClick={props.onCancel}>
                  {s.cancel}
                </Button>
                <Button appearance="primary" disabled={toWrite === 0} onClick={() => props.onConfirm(replaceFormulas)}>
                  {update ? s.wzUpdateConfirm : s.wzFillBlankOnly}
                </Button>
              </>
            )}
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
