import * as fs from "fs";
import * as path from "path";
import { XMLParser } from "fast-xml-parser";

/**
 * manifest.xml checked locally (office-addin-manifest's validate needs the network): the invariants
 * Office relies on, and the production URL rewrite of webpack.config.js.
 */
const ROOT = path.resolve(__dirname, "..");
const DEV = "https://localhost:3000/";
const ARRAYS = new Set(["Override", "bt:Override", "bt:String", "bt:Image", "bt:Url", "Set", "Host", "Control", "Group"]);

type Node = Record<string, unknown>;

function parse(xml: string): Node {
  const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@_", isArray: (name) => ARRAYS.has(name) });
  return parser.parse(xml) as Node;
}

const xml = fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8");
const doc = parse(xml);
const app = doc.OfficeApp as Node;
const vo = app.VersionOverrides as Node;
const resources = vo.Resources as Node;

/** Every value anywhere in the tree (attributes and text), with its path. */
function walk(node: unknown, at: string, out: [string, string][] = []): [string, string][] {
  if (Array.isArray(node)) node.forEach((n, i) => walk(n, `${at}[${i}]`, out));
  else if (node && typeof node === "object") for (const [k, v] of Object.entries(node)) walk(v, `${at}/${k}`, out);
  else if (node !== undefined && node !== null) out.push([at, String(node)]);
  return out;
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string): { width: number; height: number; colourType: number } {
  const b = fs.readFileSync(file);
  expect(b.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  expect(b.toString("ascii", 12, 16)).toBe("IHDR");
  return { width: b.readUInt32BE(16), height: b.readUInt32BE(20), colourType: b[25] };
}

function assetFor(url: string): string {
  expect(url.startsWith(DEV)).toBe(true);
  return path.join(ROOT, url.slice(DEV.length));
}

function strings(): Node[] {
  return [...((resources["bt:ShortStrings"] as Node)["bt:String"] as Node[]), ...((resources["bt:LongStrings"] as Node)["bt:String"] as Node[])];
}

const han = /\p{Script=Han}/u;

describe("manifest.xml", () => {
  test("is a Workbook task-pane add-in with read/write access", () => {
    expect(app["@_xsi:type"]).toBe("TaskPaneApp");
    expect(((app.Hosts as Node).Host as Node[]).map((h) => h["@_Name"])).toEqual(["Workbook"]);
    expect(app.Permissions).toBe("ReadWriteDocument");
    expect(app.DefaultLocale).toBe("en-US");
    expect(String(app.Version)).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
  });

  test("its id is a GUID", () => {
    expect(String(app.Id)).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i);
    expect(String(app.Id)).not.toBe("00000000-0000-0000-0000-000000000000");
  });

  test("every URL is https on the dev server", () => {
    const urls = walk(app, "OfficeApp").filter(([at, v]) => /:\/\//.test(v) && !/@_xmlns/.test(at));
    expect(urls.length).toBeGreaterThan(8);
    for (const [at, v] of urls) expect([at, v.startsWith(DEV)]).toEqual([at, true]);
    const pages = urls.map(([, v]) => v).filter((v) => v.endsWith(".html"));
    expect(new Set(pages)).toEqual(new Set([`${DEV}taskpane.html`, `${DEV}commands.html`, `${DEV}help.html`]));
  });

  test("requires ExcelApi 1.9", () => {
    const sets = ((app.Requirements as Node).Sets as Node).Set as Node[];
    expect(sets).toEqual([{ "@_Name": "ExcelApi", "@_MinVersion": "1.9" }]);
  });

  test("display name and description are English by default with zh-CN overrides", () => {
    const name = app.DisplayName as Node;
    expect(name["@_DefaultValue"]).toBe("Jixiao – performance target tables");
    expect(name.Override).toEqual([{ "@_Locale": "zh-CN", "@_Value": "绩效目标表助手" }]);
    const desc = app.Description as Node;
    expect(han.test(String(desc["@_DefaultValue"]).replace("项目绩效目标表", ""))).toBe(false);
    expect((desc.Override as Node[]).map((o) => o["@_Locale"])).toEqual(["zh-CN"]);
    expect(han.test(String((desc.Override as Node[])[0]["@_Value"]))).toBe(true);
  });

  test("every bt:String has one zh-CN override, in Chinese, within Office's length limits", () => {
    const short = (resources["bt:ShortStrings"] as Node)["bt:String"] as Node[];
    const long = (resources["bt:LongStrings"] as Node)["bt:String"] as Node[];
    expect(short.length + long.length).toBeGreaterThanOrEqual(5);
    for (const s of strings()) {
      const overrides = s["bt:Override"] as Node[] | undefined;
      expect([s["@_id"], overrides?.map((o) => o["@_Locale"])]).toEqual([s["@_id"], ["zh-CN"]]);
      expect([s["@_id"], han.test(String(overrides![0]["@_Value"]))]).toEqual([s["@_id"], true]);
      expect(String(s["@_DefaultValue"]).length).toBeGreaterThan(0);
    }
    for (const s of short)
      for (const v of [s["@_DefaultValue"], ...((s["bt:Override"] as Node[]) ?? []).map((o) => o["@_Value"])])
        expect(String(v).length).toBeLessThanOrEqual(125);
    for (const s of long)
      for (const v of [s["@_DefaultValue"], ...((s["bt:Override"] as Node[]) ?? []).map((o) => o["@_Value"])])
        expect(String(v).length).toBeLessThanOrEqual(250);
  });

  test("a Home-tab button opens the task pane (ShowTaskpane)", () => {
    const host = ((vo.Hosts as Node).Host as Node[])[0];
    expect(host["@_xsi:type"]).toBe("Workbook");
    const ff = host.DesktopFormFactor as Node;
    const ext = ff.ExtensionPoint as Node;
    expect(ext["@_xsi:type"]).toBe("PrimaryCommandSurface");
    const tab = ext.OfficeTab as Node;
    expect(tab["@_id"]).toBe("TabHome");
    const controls = (tab.Group as Node[]).flatMap((g) => g.Control as Node[]);
    const buttons = controls.filter((c) => c["@_xsi:type"] === "Button");
    expect(buttons).toHaveLength(1);
    const action = buttons[0].Action as Node;
    expect(action["@_xsi:type"]).toBe("ShowTaskpane");
    expect(action.TaskpaneId).toBeTruthy();
    const resid = (action.SourceLocation as Node)["@_resid"];
    const urls = (resources["bt:Urls"] as Node)["bt:Url"] as Node[];
    expect(urls.find((u) => u["@_id"] === resid)?.["@_DefaultValue"]).toBe(`${DEV}taskpane.html`);
    expect(((app.DefaultSettings as Node).SourceLocation as Node)["@_DefaultValue"]).toBe(`${DEV}taskpane.html`);
  });

  test("every resid names a resource, and every resource is used", () => {
    const ids = new Set<string>();
    for (const kind of ["bt:Images", "bt:Urls"]) for (const r of Object.values(resources[kind] as Node)[0] as Node[]) ids.add(String(r["@_id"]));
    for (const s of strings()) ids.add(String(s["@_id"]));
    const used = walk(vo.Hosts, "Hosts")
      .filter(([at]) => at.endsWith("@_resid"))
      .map(([, v]) => v);
    for (const r of used) expect([r, ids.has(r)]).toEqual([r, true]);
    expect(new Set(used)).toEqual(ids);
  });

  test("icons exist, with the pixel size their name and use say", () => {
    const icon = (node: unknown) => String((node as Node)["@_DefaultValue"]);
    expect(pngSize(assetFor(icon(app.IconUrl)))).toMatchObject({ width: 32, height: 32 });
    expect(pngSize(assetFor(icon(app.HighResolutionIconUrl)))).toMatchObject({ width: 64, height: 64 });
    for (const img of (resources["bt:Images"] as Node)["bt:Image"] as Node[]) {
      const n = Number(/(\d+)x\1$/.exec(String(img["@_id"]))![1]);
      expect(pngSize(assetFor(icon(img)))).toMatchObject({ width: n, height: n });
    }
    const sizes = walk(vo.Hosts, "Hosts")
      .filter(([at]) => /bt:Image\[\d+\]\/@_size$/.test(at))
      .map(([, v]) => Number(v));
    expect(new Set(sizes)).toEqual(new Set([16, 32, 80]));
    for (const n of [16, 32, 64, 80, 128]) expect(pngSize(path.join(ROOT, "assets", `icon-${n}.png`))).toEqual({ width: n, height: n, colourType: 6 });
  });
});

describe("the production build's manifest", () => {
  type Pattern = { from: string; to?: string; context?: string; transform?: (c: Buffer) => string };
  async function config(env: Record<string, unknown>, mode: string) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const make = require(path.join(ROOT, "webpack.config.js"));
    return make({ WEBPACK_BUILD: true, ...env }, { mode });
  }
  async function patterns(env: Record<string, unknown>, mode = "production"): Promise<Pattern[]> {
    const c = await config(env, mode);
    const copy = c.plugins.find((p: { constructor: { name: string } }) => p.constructor.name === "CopyPlugin");
    return copy.patterns as Pattern[];
  }
  const manifestOf = async (env: Record<string, unknown>, mode?: string) => {
    const p = (await patterns(env, mode)).find((x) => x.from === "manifest*.xml")!;
    return p.transform!(Buffer.from(xml));
  };

  test("--env host rewrites every dev URL to the host", async () => {
    const out = await manifestOf({ host: "https://intranet.example/jixiao" });
    expect(out).not.toContain(DEV);
    const urls = walk(parse(out).OfficeApp, "").filter(([at, v]) => /:\/\//.test(v) && !/@_xmlns/.test(at));
    for (const [, v] of urls) expect(v.startsWith("https://intranet.example/jixiao/")).toBe(true);
    expect(parse(out)).toEqual(parse(xml.split(DEV).join("https://intranet.example/jixiao/")));
  });

  test("JIXIAO_HOST does the same; development and no host leave it alone; http hosts are refused", async () => {
    const saved = process.env.JIXIAO_HOST;
    process.env.JIXIAO_HOST = "https://other.example/";
    try {
      expect(await manifestOf({})).toContain("https://other.example/taskpane.html");
      expect(await manifestOf({}, "development")).toBe(xml);
    } finally {
      if (saved === undefined) delete process.env.JIXIAO_HOST;
      else process.env.JIXIAO_HOST = saved;
    }
    expect(await manifestOf({})).toBe(xml);
    await expect(config({ host: "http://intranet.example/" }, "production")).rejects.toThrow(/https/);
  });

  test("office.js is copied with only what Excel loads, unless --env officeCdn", async () => {
    const local = (await patterns({})).filter((p) => p.context);
    const officeDist = local[0].context!;
    for (const p of local) {
      expect(p.context).toBe(officeDist);
      if (!p.from.includes("*")) expect(fs.existsSync(path.join(officeDist, p.from))).toBe(true);
    }
    expect(local.map((p) => p.from)).toEqual(expect.arrayContaining(["office.js", "excel-*.js", "zh-cn/office_strings.js", "en-us/office_strings.js"]));
    expect(local.some((p) => /word|outlook|powerpoint|onenote|project/.test(p.from))).toBe(false);
    // Folders are kept: office.js loads <locale>/office_strings.js and telemetry/… by path.
    expect(local.find((p) => p.from === "zh-cn/office_strings.js")!.to).toBe("office-js/zh-cn/[name][ext]");
    expect(local.find((p) => p.from === "office.js")!.to).toBe("office-js/[name][ext]");
    expect((await patterns({ officeCdn: true })).filter((p) => p.context)).toEqual([]);
  });
});
