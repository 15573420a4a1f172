import * as React from "react";
import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle } from "@fluentui/react-components";
import type { PendingFill } from "../../wizard/session";
import { Strings, format } from "../../i18n";

/**
 * Filling a template never overwrites: the cells that hold something else (and the parts of the
 * spec the template has no room for) are listed, and the user chooses 取消 (nothing is written) or
 * 只填空白单元格 (the blank cells are written, the listed ones stay as they are).
 */
export function FillConflictDialog(props: { strings: Strings; pending: PendingFill | null; onCancel(): void; onConfirm(): void }): React.JSX.Element {
  const s = props.strings;
  const p = props.pending;
  return (
    <Dialog open={!!p} modalType="alert" onOpenChange={(_, d) => !d.open && props.onCancel()}>
      <DialogSurface data-testid="fill-conflicts">
        <DialogBody>
          <DialogTitle>{s.wzConflictsTitle}</DialogTitle>
          <DialogContent>
            <p>{format(s, "wzConflictsIntro", { count: p?.conflicts.length ?? 0, sheet: p?.sheet ?? "" })}</p>
            <ul>
              {(p?.conflicts ?? []).map((c, i) => (
                <li key={i} data-conflict={c.cell}>
                  {c.kind === "differs"
                    ? format(s, "wzConflictDiffers", { cell: c.cell, has: c.has, wants: c.wants })
                    : format(s, "wzConflictNoRoom", { wants: c.wants })}
                </li>
              ))}
            </ul>
            <p>{format(s, "wzConflictsChoice", { cells: p?.writes.length ?? 0 })}</p>
          </DialogContent>
          <DialogActions>
            <Button appearance="secondary" onClick={props.onCancel}>
              {s.cancel}
            </Button>
            <Button appearance="primary" disabled={(p?.writes.length ?? 0) === 0} onClick={props.onConfirm}>
              {s.wzFillBlankOnly}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
