import * as React from "react";
import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle } from "@fluentui/react-components";

export interface ConfirmDialogProps {
  open: boolean;
  title: string;
  body: React.ReactNode;
  /** The primary button's words: what it does ("替换"), never just "确定". */
  confirm: string;
  cancel: string;
  testId?: string;
  onConfirm(): void;
  onCancel(): void;
}

/** An alert dialog asking before something that cannot be taken back; Escape or 取消 cancels. */
export function ConfirmDialog(p: ConfirmDialogProps): React.JSX.Element {
  return (
    <Dialog open={p.open} modalType="alert" onOpenChange={(_, d) => !d.open && p.onCancel()}>
      <DialogSurface data-testid={p.testId}>
        <DialogBody>
          <DialogTitle>{p.title}</DialogTitle>
          <DialogContent>{p.body}</DialogContent>
          <DialogActions>
            <Button onClick={p.onCancel}>{p.cancel}</Button>
            <Button appearance="primary" onClick={p.onConfirm}>
              {p.confirm}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
