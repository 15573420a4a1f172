import * as React from "react";
import { Button } from "@fluentui/react-components";
import { DocumentAdd16Regular } from "@fluentui/react-icons";
import { Strings, format } from "../i18n";
import type { SelfEvalAction } from "../self-eval-action";

/**
 * 生成自评表 in a project table's group header: described by the group's heading (the table's
 * kind and name), so that a screen reader says which table it is made from.
 */
export function SelfEvalButton(p: {
  strings: Strings;
  table: string;
  tableIndex: number;
  headingId: string;
  action: SelfEvalAction;
  busy: boolean;
}): React.JSX.Element {
  const s = p.strings;
  return (
    <Button
      size="small"
      icon={<DocumentAdd16Regular />}
      disabled={p.busy || p.action.busy}
      aria-describedby={p.headingId}
      title={format(s, "selfEvalFrom", { table: p.table })}
      data-self-eval-table={p.table}
      onClick={() => void p.action.generate(p.tableIndex)}
    >
      {s.generateSelfEval}
    </Button>
  );
}
