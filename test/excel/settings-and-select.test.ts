/** loadSettings / saveSettings (in the workbook) and select (one sync). */

import { ExcelHost } from "../../src/demo/host";
import type { CheckConfig } from "../../src/engine/rule";
import { createOfficePort } from "../../src/excel/office-workbook";
import { CONFIG_SETTING } from "../../src/excel/config-settings";
import { install } from "./host-from-sheets";

let host: ExcelHost;
let uninstall: () => void = () => undefined;
afterEach(() => uninstall());

describe("settings", () => {
  it("round-trip through the workbook, and survive a reopen (a new host from the saved file)", async () => {
    ({ host, uninstall } = install({ sheets: [{ name: "S", cells: {} }] }));
    const port = createOfficePort();
    expect(await port.loadSettings()).toBeUndefined();
    const config: CheckConfig = { framework: "auto", year: 2024, lang: "zh", rules: { "plan/back-loaded": "off", "goal/empty": { severity: "warning", options: { x: [1, "二"] } } }, requiredLevel2: ["数量", "质量"] };
    await port.saveSettings(config);
    expect(await port.loadSettings()).toEqual(config);
    expect(typeof host.workbook.settings?.[CONFIG_SETTING]).toBe("string"); // stored as JSON

    const saved = host.snapshot();
    uninstall();
    ({ host, uninstall } = install(saved));
    expect(await createOfficePort().loadSettings()).toEqual(config);

    await createOfficePort().saveSettings({ year: 2025 });
    expect(await createOfficePort().loadSettings()).toEqual({ year: 2025 });
  });

  it("an unreadable stored value counts as no settings", async () => {
    ({ host, uninstall } = install({ sheets: [{ name: "S", cells: {} }], settings: { [CONFIG_SETTING]: "{not json" } }));
    expect(await createOfficePort().loadSettings()).toBeUndefined();
  });
});

describe("select", () => {
  it("activates the sheet and selects the cell in one sync", async () => {
    ({ host, uninstall } = install({ sheets: [{ name: "一", cells: {} }, { name: "Sheet Two", cells: {} }] }));
    host.resetStats();
    await createOfficePort().select("Sheet Two", "C7");
    expect(host.stats.syncCalls).toBe(1);
    expect(host.workbook.activeSheet).toBe("Sheet Two");
    expect(host.sheet("Sheet Two").selection).toBe("C7");
  });

  it("a missing sheet is an error the pane sees", async () => {
    ({ host, uninstall } = install({ sheets: [{ name: "一", cells: {} }] }));
    await expect(createOfficePort().select("没有", "A1")).rejects.toMatchObject({ code: "ItemNotFound" });
  });
});
