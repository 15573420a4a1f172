import { useEffect, useMemo, useSyncExternalStore } from "react";
import { ExcelPort } from "../excel/port";
import { Lang } from "../engine/rule";
import { Engine, PaneSession, PaneState, defaultEngine } from "./session";

/** One PaneSession per (port, lang, engine): started on mount, disposed on unmount. */
export function usePaneSession(port: ExcelPort, lang: Lang, engine: Engine = defaultEngine, debounceMs?: number): [PaneState, PaneSession] {
  const session = useMemo(() => new PaneSession(port, { lang, engine, debounceMs }), [port, lang, engine, debounceMs]);
  useEffect(() => {
    void session.start();
    return () => session.dispose();
  }, [session]);
  const state = useSyncExternalStore(session.subscribe, session.getState, session.getState);
  return [state, session];
}
