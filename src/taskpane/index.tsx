import * as React from "react";
import { createRoot } from "react-dom/client";
import { FluentProvider, Theme, webDarkTheme } from "@fluentui/react-components";
import App from "./components/App";
import { createOfficePort } from "../excel/office-workbook";
import { langFromDisplayLanguage, stringsFor } from "./i18n";
import { NotInExcel } from "./components/NotInExcel";
import { OfficeThemeColors, themeFor } from "./theme";

/* global document, Office */

function officeTheme(): OfficeThemeColors | undefined {
  try {
    return Office.context?.officeTheme ?? undefined;
  } catch {
    return undefined; // some hosts throw instead of returning nothing
  }
}

/** Follows Office's theme where the host reports changes (desktop hosts with OfficeThemeChanged). */
function ThemedPane(props: { children: React.ReactNode }): React.JSX.Element {
  const [theme, setTheme] = React.useState<Theme>(() => themeFor(officeTheme()));
  React.useEffect(() => {
    const handler = () => setTheme(themeFor(officeTheme()));
    try {
      Office.context?.document?.addHandlerAsync?.(Office.EventType.OfficeThemeChanged, handler, () => undefined);
    } catch {
      // not supported here: keep the theme read at start
    }
  }, []);
  return (
    <FluentProvider theme={theme} style={{ minHeight: "100vh" }} data-theme={theme === webDarkTheme ? "dark" : "light"}>
      {props.children}
    </FluentProvider>
  );
}

const container = document.getElementById("container");

Office.onReady((info) => {
  if (!container) return;
  const lang = langFromDisplayLanguage(Office.context?.displayLanguage);
  document.documentElement.lang = lang === "zh" ? "zh-CN" : "en";
  // Outside Excel (the page opened in a browser, another Office app) there is no workbook to check.
  const inExcel = info.host === Office.HostType.Excel;
  createRoot(container).render(
    <React.StrictMode>
      <ThemedPane>{inExcel ? <App port={createOfficePort()} lang={lang} /> : <NotInExcel strings={stringsFor(lang)} />}</ThemedPane>
    </React.StrictMode>,
  );
});
