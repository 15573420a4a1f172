import * as React from "react";
import { Field, Input } from "@fluentui/react-components";
import { defaultTitle } from "../../../engine/spec";
import { StepProps, fieldValidation, useStepStyles } from "./common";

type TextField = "name" | "code" | "year" | "title" | "department" | "implementer";

/** 基本信息: 项目名称, 项目编码, 预算年度, optional 主管部门 / 实施单位 and the table's title. */
export function StepBasics({ strings: s, state, session }: StepProps): React.JSX.Element {
  const styles = useStepStyles();
  const d = state.draft;
  const text = (field: TextField, label: string, opts: { required?: boolean; hint?: string; placeholder?: string; inputMode?: "numeric" } = {}) => (
    <Field label={label} required={opts.required} hint={opts.hint} {...fieldValidation(state, session, field)}>
      <Input
        data-path={field}
        value={d[field]}
        placeholder={opts.placeholder}
        inputMode={opts.inputMode}
        onChange={(_, data) => session.setText(field, data.value)}
        onBlur={() => session.touch(field)}
      />
    </Field>
  );
  return (
    <div className={styles.stack}>
      {text("name", s.wzName, { required: true, hint: s.wzNameHint })}
      {text("code", s.wzCode, { hint: s.wzCodeHint })}
      {text("year", s.wzYear, { required: true, inputMode: "numeric" })}
      {text("department", s.wzDepartment)}
      {text("implementer", s.wzImplementer)}
      {text("title", s.wzTitle, { hint: s.wzTitleHint, placeholder: d.name.trim() ? defaultTitle(d.name.trim()) : undefined })}
    </div>
  );
}
