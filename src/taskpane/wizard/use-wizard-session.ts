import { useEffect, useMemo, useSyncExternalStore } from "react";
import type { ExcelPort } from "../../excel/port";
import type { Lang } from "../../engine/rule";
import { WizardSession, WizardState } from "./session";

/** One WizardSession per (port, lang): started on mount, disposed on unmount. */
export function useWizardSession(port: ExcelPort, lang: Lang, year?: number): [WizardState, WizardSession] {
  const session = useMemo(() => new WizardSession(port, { lang, year }), [port, lang, year]);
  useEffect(() => {
    session.start();
    return () => session.dispose();
  }, [session]);
  const state = useSyncExternalStore(session.subscribe, session.getState, session.getState);
  return [state, session];
}
