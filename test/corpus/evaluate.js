#!/usr/bin/env node
'use strict';
/*
 * Score the checker on the held-out corpus.
 *
 *   node test/corpus/evaluate.js [DIR] [--cli bin/jixiao.js] [--jobs N] [--timeout SEC]
 *                                [--json OUT.json] [--worst N] [--quiet]
 *
 * DIR (default /work/main/.corpus) is searched recursively for <name>.xlsx with a sibling
 * <name>.expected.json (make_corpus.py writes them; resave.sh adds DIR/libreoffice/). Each workbook
 * is checked on its own with `node bin/jixiao.js check --format json FILE`, and compared with its
 * expected.json:
 *   tables    matched on sheet + range (and, reported separately, on sheet + top-left cell);
 *   findings  matched on rule + sheet + cell (a multiset match; severity differences are listed).
 * Prints totals, per subdirectory (openpyxl-written vs LibreOffice-written), per rule (misses and
 * false positives), per layout variant, and the worst files. Always exits 0: it is a report.
 * Plain Node (CommonJS), no dependencies.
 */
const fs = require('fs');
const path = require('path');
const os = require('os');
const { execFile } = require('child_process');

const REPO = path.resolve(__dirname, '..', '..');
const TARGETS = { tableRecall: 0.95, tablePrecision: 0.95, findingRecall: 0.9, findingPrecision: 0.9 };

function parseArgs(argv) {
  const a = { dir: '/work/main/.corpus', cli: path.join(REPO, 'bin', 'jixiao.js'), jobs: Math.max(1, Math.min(4, os.cpus().length)),
    timeout: 120, json: null, worst: 10, quiet: false };
  for (let i = 0; i < argv.length; i++) {
    const x = argv[i];
    const next = () => { if (i + 1 >= argv.length) { throw new Error(`${x} needs a value`); } return argv[++i]; };
    if (x === '--cli') a.cli = path.resolve(next());
    else if (x === '--jobs') a.jobs = Math.max(1, parseInt(next(), 10) || 1);
    else if (x === '--timeout') a.timeout = Math.max(1, parseFloat(next()) || 120);
    else if (x === '--json') a.json = path.resolve(next());
    else if (x === '--worst') a.worst = parseInt(next(), 10) || 10;
    else if (x === '--quiet') a.quiet = true;
    else if (x === '-h' || x === '--help') { console.log(fs.readFileSync(__filename, 'utf8').split('*/')[0]); process.exit(0); }
    else if (x.startsWith('--')) throw new Error(`unknown option ${x}`);
    else a.dir = path.resolve(x);
  }
  return a;
}

function findCases(dir) {
  const out = [];
  (function walk(d) {
    let entries;
    try { entries = fs.readdirSync(d, { withFileTypes: true }); } catch (e) { return; }
    entries.sort((p, q) => (p.name < q.name ? -1 : p.name > q.name ? 1 : 0));
    for (const e of entries) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith('.xlsx') && !e.name.startsWith('~$')) {
        const exp = p.slice(0, -5) + '.expected.json';
        if (fs.existsSync(exp)) out.push({ file: p, expectedPath: exp, group: path.relative(dir, d) || '.' });
      }
    }
  })(dir);
  return out;
}

const normCell = (c) => {
  let s = String(c == null ? '' : c).trim();
  if (s.includes('!')) s = s.slice(s.lastIndexOf('!') + 1);
  return s.replace(/\$/g, '').toUpperCase();
};
const normRange = (r) => String(r == null ? '' : r).split(':').map(normCell).join(':');
const topLeft = (r) => normRange(r).split(':')[0];
const fkey = (f) => `${f.rule}|${f.sheet}|${normCell(f.cell)}`;

function runCli(cli, file, timeoutSec) {
  return new Promise((resolve) => {
    execFile(process.execPath, [cli, 'check', '--format', 'json', file],
      { cwd: REPO, timeout: timeoutSec * 1000, maxBuffer: 256 * 1024 * 1024, encoding: 'utf8' },
      (err, stdout, stderr) => {
        const code = err && typeof err.code === 'number' ? err.code : (err ? null : 0);
        const killed = !!(err && err.killed);
        let json = null;
        let parseError = null;
        try { json = JSON.parse(stdout); } catch (e) { parseError = e.message; }
        resolve({ code, killed, json, parseError, stderr: String(stderr || '').trim() });
      });
  });
}

// Multiset match: returns {matched: [[e, a]], missed: [e], extra: [a]}
function match(expected, actual, key) {
  const pool = new Map();
  actual.forEach((a) => { const k = key(a); if (!pool.has(k)) pool.set(k, []); pool.get(k).push(a); });
  const matched = []; const missed = [];
  for (const e of expected) {
    const list = pool.get(key(e));
    if (list && list.length) matched.push([e, list.shift()]); else missed.push(e);
  }
  const extra = [];
  for (const list of pool.values()) extra.push(...list);
  return { matched, missed, extra };
}

function fileEntry(json, file) {
  if (!json || !Array.isArray(json.files)) return null;
  if (json.files.length === 1) return json.files[0];
  const base = path.basename(file);
  return json.files.find((f) => f && typeof f.file === 'string' && path.basename(f.file) === base) || json.files[0] || null;
}

function actualFindings(entry) {
  if (Array.isArray(entry.findings)) return entry.findings;
  const out = [];
  for (const t of entry.tables || []) for (const f of t.findings || []) out.push({ sheet: t.sheet, ...f });
  return out;
}

// which expected table holds a cell (to attribute findings to a table's layout variants)
function colNum(letters) { let n = 0; for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64); return n; }
function cellRC(c) { const m = /^([A-Z]+)(\d+)$/.exec(normCell(c)); return m ? [parseInt(m[2], 10), colNum(m[1])] : null; }
function inRange(cell, range) {
  const p = cellRC(cell); const [a, b] = normRange(range).split(':').map(cellRC);
  return !!(p && a && b && p[0] >= a[0] && p[0] <= b[0] && p[1] >= a[1] && p[1] <= b[1]);
}

const pct = (x, n) => (n ? `${(100 * x / n).toFixed(1)}%` : '  n/a');
const pad = (s, n) => { s = String(s); const w = [...s].reduce((k, ch) => k + (ch.charCodeAt(0) > 0x2e80 ? 2 : 1), 0); return s + ' '.repeat(Math.max(0, n - w)); };
const lpad = (s, n) => { s = String(s); return ' '.repeat(Math.max(0, n - s.length)) + s; };

function newTotals() {
  return { files: 0, cliFailures: 0, expTables: 0, gotTables: 0, tablesMatched: 0, tablesMatchedTL: 0,
    expFindings: 0, gotFindings: 0, findingsMatched: 0, severityDiffs: 0 };
}

function add(t, r) { for (const k of Object.keys(t)) t[k] += r[k] || 0; }

function scoreOne(c, res) {
  const exp = JSON.parse(fs.readFileSync(c.expectedPath, 'utf8'));
  const expTables = exp.tables || []; const expFind = exp.findings || [];
  const r = { file: c.file, group: c.group, rel: null, exp, failure: null, files: 1, cliFailures: 0,
    expTables: expTables.length, gotTables: 0, tablesMatched: 0, tablesMatchedTL: 0,
    expFindings: expFind.length, gotFindings: 0, findingsMatched: 0, severityDiffs: 0,
    missedTables: [], extraTables: [], missed: [], extra: [], sevDiffs: [], matchedFindings: [] };
  const entry = fileEntry(res.json, c.file);
  if (!entry) {
    r.cliFailures = 1;
    r.failure = res.killed ? `timed out after ${res.timeoutSec}s` :
      `exit ${res.code}; ${res.parseError ? 'stdout is not JSON (' + res.parseError + ')' : 'no files[] in the JSON'}` +
      (res.stderr ? `; stderr: ${res.stderr.split('\n').slice(0, 3).join(' / ').slice(0, 300)}` : '');
    r.missedTables = expTables; r.missed = expFind;
    return r;
  }
  if (entry.error) r.failure = `the CLI could not read the file: ${entry.error}`;
  const gotTables = entry.tables || []; const gotFind = actualFindings(entry);
  r.gotTables = gotTables.length; r.gotFindings = gotFind.length;
  const tm = match(expTables, gotTables, (t) => `${t.sheet}|${normRange(t.range)}`);
  r.tablesMatched = tm.matched.length; r.missedTables = tm.missed; r.extraTables = tm.extra;
  r.tablesMatchedTL = match(expTables, gotTables, (t) => `${t.sheet}|${topLeft(t.range)}`).matched.length;
  const fm = match(expFind, gotFind, fkey);
  r.findingsMatched = fm.matched.length; r.missed = fm.missed; r.extra = fm.extra; r.matchedFindings = fm.matched;
  for (const [e, a] of fm.matched) if (a.severity && e.severity !== a.severity) r.sevDiffs.push({ e, a });
  r.severityDiffs = r.sevDiffs.length;
  return r;
}

function report(results, a) {
  const L = []; const out = (s = '') => L.push(s);
  const total = newTotals(); const groups = new Map();
  for (const r of results) {
    add(total, r);
    if (!groups.has(r.group)) groups.set(r.group, newTotals());
    add(groups.get(r.group), r);
  }
  const line = (name, t) => {
    const tr = t.tablesMatched / (t.expTables || 1); const tp = t.tablesMatched / (t.gotTables || 1);
    const fr = t.findingsMatched / (t.expFindings || 1); const fp = t.findingsMatched / (t.gotFindings || 1);
    out(`  ${pad(name, 14)} files ${lpad(t.files, 4)}  cli-fail ${lpad(t.cliFailures, 3)} | tables exp ${lpad(t.expTables, 4)} got ${lpad(t.gotTables, 4)} ` +
      `match ${lpad(t.tablesMatched, 4)} recall ${lpad(pct(t.tablesMatched, t.expTables), 6)} precision ${lpad(pct(t.tablesMatched, t.gotTables), 6)} ` +
      `(top-left: recall ${pct(t.tablesMatchedTL, t.expTables)} precision ${pct(t.tablesMatchedTL, t.gotTables)}) | ` +
      `findings exp ${lpad(t.expFindings, 4)} got ${lpad(t.gotFindings, 4)} match ${lpad(t.findingsMatched, 4)} ` +
      `recall ${lpad(pct(t.findingsMatched, t.expFindings), 6)} precision ${lpad(pct(t.findingsMatched, t.gotFindings), 6)}`);
    return { tr, tp, fr, fp };
  };
  out('== Totals (tables matched on sheet + range; findings on rule + sheet + cell)');
  const s = line('ALL', total);
  for (const [g, t] of [...groups.entries()].sort()) line(g === '.' ? 'openpyxl (.)' : g, t);
  out();
  const verdict = (name, x, target) => `${name} ${(100 * x).toFixed(1)}% (target ≥${100 * target}%) ${x >= target ? 'PASS' : 'FAIL'}`;
  out('== Targets');
  out(`  ${verdict('table recall', s.tr, TARGETS.tableRecall)};  ${verdict('table precision', s.tp, TARGETS.tablePrecision)}`);
  out(`  ${verdict('finding recall', s.fr, TARGETS.findingRecall)};  ${verdict('finding precision', s.fp, TARGETS.findingPrecision)}`);
  if (total.severityDiffs) out(`  note: ${total.severityDiffs} matched finding(s) carry a different severity (see per rule)`);
  out();

  // per rule
  const rules = new Map();
  const R = (id) => { if (!rules.has(id)) rules.set(id, { exp: 0, hit: 0, miss: 0, fp: 0, sev: 0, wrongCell: 0 }); return rules.get(id); };
  for (const r of results) {
    for (const f of r.exp.findings || []) R(f.rule).exp++;
    for (const [e] of r.matchedFindings) R(e.rule).hit++;
    for (const f of r.missed) R(f.rule).miss++;
    for (const f of r.extra) R(String(f.rule)).fp++;
    for (const d of r.sevDiffs) R(d.e.rule).sev++;
    // a miss with a false positive of the same rule on the same sheet: probably the wrong cell
    const extraBy = new Map();
    for (const f of r.extra) { const k = `${f.rule}|${f.sheet}`; extraBy.set(k, (extraBy.get(k) || 0) + 1); }
    for (const f of r.missed) { const k = `${f.rule}|${f.sheet}`; if (extraBy.get(k)) { extraBy.set(k, extraBy.get(k) - 1); R(f.rule).wrongCell++; } }
  }
  out('== Per rule (exp = planted; miss = expected, not reported; fp = reported, not expected; wrong-cell = a miss');
  out('   paired with a same-rule false positive on the same sheet; sev = matched with another severity)');
  out(`  ${pad('rule', 36)} ${lpad('exp', 5)} ${lpad('hit', 5)} ${lpad('miss', 5)} ${lpad('fp', 5)} ${lpad('wrong-cell', 10)} ${lpad('sev', 4)}  recall`);
  for (const [id, x] of [...rules.entries()].sort()) {
    out(`  ${pad(id, 36)} ${lpad(x.exp, 5)} ${lpad(x.hit, 5)} ${lpad(x.miss, 5)} ${lpad(x.fp, 5)} ${lpad(x.wrongCell, 10)} ${lpad(x.sev, 4)}  ${pct(x.hit, x.exp)}`);
  }
  out();

  // per variant: table recall and finding recall of the tables carrying each variant tag
  const vars = new Map();
  const V = (k) => { if (!vars.has(k)) vars.set(k, { tables: 0, found: 0, fexp: 0, fhit: 0, ffp: 0, textra: 0 }); return vars.get(k); };
  for (const r of results) {
    const expT = r.exp.tables || [];
    const fileTags = Object.entries(r.exp.file_variants || {}).map(([k, v]) => `file.${k}=${v}`);
    const missedT = new Set(r.missedTables);
    const tagsOf = (t) => {
      const tags = [...fileTags];
      for (const [k, v] of Object.entries(t.variants || {})) {
        if (Array.isArray(v)) v.forEach((d) => tags.push(`defect=${d}`)); else tags.push(`${k}=${v}`);
      }
      if (!(t.variants && t.variants.defects && t.variants.defects.length)) tags.push('clean=yes');
      return tags;
    };
    const tableOf = (f) => expT.find((t) => t.sheet === f.sheet && inRange(f.cell, t.range));
    for (const t of expT) for (const tag of tagsOf(t)) { const v = V(tag); v.tables++; if (!missedT.has(t)) v.found++; }
    const missedF = new Set(r.missed);
    for (const f of r.exp.findings || []) {
      const t = tableOf(f); if (!t) continue;
      for (const tag of tagsOf(t)) { const v = V(tag); v.fexp++; if (!missedF.has(f)) v.fhit++; }
    }
    // a false positive inside an expected table counts for that table's tags; outside any expected
    // table (e.g. on a sheet with no table) it counts for the file's tags, as do extra tables
    for (const f of r.extra) {
      const t = tableOf(f);
      for (const tag of t ? tagsOf(t) : fileTags) V(tag).ffp++;
    }
    for (const t of r.extraTables) {
      const host = expT.find((e) => e.sheet === t.sheet && inRange(topLeft(t.range), e.range));
      for (const tag of host ? tagsOf(host) : fileTags) V(tag).textra++;
    }
  }
  const badness = (v) => (v.tables - v.found) + (v.fexp - v.fhit) + v.ffp + v.textra;
  const weak = [...vars.entries()].filter(([, v]) => v.found < v.tables || (v.fexp && v.fhit / v.fexp < 0.9) || v.ffp > 0 || v.textra > 0)
    .sort((p, q) => (badness(q[1]) / Math.max(1, q[1].tables)) - (badness(p[1]) / Math.max(1, p[1].tables)));
  out('== Layout variants with a missed or extra table, finding recall < 90%, or false positives');
  out('   (over the tables carrying the tag; a finding counts for the expected table whose range holds its cell,');
  out('   an extra table or a finding outside every expected table counts for the file-level tags; worst first)');
  if (!weak.length) out('  none');
  else {
    const limit = a.quiet ? 25 : 60;
    out(`  ${pad('variant', 44)} ${lpad('tables', 6)} ${lpad('found', 6)} ${lpad('t.extra', 7)} ${lpad('f.exp', 6)} ${lpad('f.hit', 6)} ${lpad('f.fp', 6)}`);
    for (const [k, v] of weak.slice(0, limit)) {
      out(`  ${pad(k, 44)} ${lpad(v.tables, 6)} ${lpad(v.found, 6)} ${lpad(v.textra, 7)} ${lpad(v.fexp, 6)} ${lpad(v.fhit, 6)} ${lpad(v.ffp, 6)}`);
    }
    if (weak.length > limit) out(`  … ${weak.length - limit} more (--json OUT has every file's differences)`);
  }
  out();

  // worst files
  const diffs = (r) => r.missedTables.length + r.extraTables.length + r.missed.length + r.extra.length;
  const worst = results.filter((r) => diffs(r) > 0).sort((p, q) => diffs(q) - diffs(p)).slice(0, a.worst);
  out(`== Worst files (${worst.length} shown of ${results.filter((r) => diffs(r) > 0).length} with any difference)`);
  for (const r of worst) {
    out(`  ${path.relative(a.dir, r.file)}  [tables missed ${r.missedTables.length}, extra ${r.extraTables.length}; findings missed ${r.missed.length}, extra ${r.extra.length}]`);
    if (r.failure) out(`    FAILURE: ${r.failure}`);
    for (const t of r.missedTables) out(`    table missed : ${t.sheet}!${t.range}  ${t.title || '(no title)'}`);
    for (const t of r.extraTables) out(`    table extra  : ${t.sheet}!${t.range}  ${t.title || ''}`);
    for (const f of r.missed) out(`    missed       : ${f.rule} ${f.sheet}!${f.cell}`);
    for (const f of r.extra) out(`    extra        : ${f.rule} ${f.sheet}!${f.cell}${f.message ? '  ' + String(f.message).slice(0, 80) : ''}`);
  }
  const failures = results.filter((r) => r.failure);
  if (failures.length) {
    out();
    out(`== Files the CLI failed on (${failures.length})`);
    for (const r of failures.slice(0, 30)) out(`  ${path.relative(a.dir, r.file)}: ${r.failure}`);
  }
  return { text: L.join('\n'), total, rules: Object.fromEntries(rules), summary: s };
}

async function main() {
  let a;
  try { a = parseArgs(process.argv.slice(2)); } catch (e) { console.log(`evaluate.js: ${e.message}`); return; }
  if (!fs.existsSync(a.cli)) {
    console.log(`evaluate.js: the CLI ${a.cli} does not exist yet, so there is nothing to score.`);
    console.log('Build it (npm run build:cli, then bin/jixiao.js) or pass --cli PATH; the corpus is ready in ' + a.dir + '.');
    return;
  }
  const cases = findCases(a.dir);
  if (!cases.length) {
    console.log(`evaluate.js: no <name>.xlsx with <name>.expected.json under ${a.dir}.`);
    console.log('Build the corpus first: /usr/bin/python3 test/corpus/make_corpus.py --out ' + a.dir);
    return;
  }
  console.log(`evaluate.js: ${cases.length} workbook(s) under ${a.dir}; CLI ${path.relative(REPO, a.cli) || a.cli}; ${a.jobs} job(s)`);
  const results = new Array(cases.length);
  let next = 0; let done = 0;
  const t0 = Date.now();
  async function worker() {
    while (next < cases.length) {
      const i = next++;
      const res = await runCli(a.cli, cases[i].file, a.timeout);
      res.timeoutSec = a.timeout;
      try { results[i] = scoreOne(cases[i], res); } catch (e) {
        results[i] = { ...scoreOne(cases[i], { json: null, code: null, parseError: 'scoring failed: ' + e.message, stderr: '' }) };
      }
      done++;
      if (!a.quiet && process.stderr.isTTY) process.stderr.write(`\r  checked ${done}/${cases.length}`);
    }
  }
  await Promise.all(Array.from({ length: Math.min(a.jobs, cases.length) }, worker));
  if (!a.quiet && process.stderr.isTTY) process.stderr.write('\n');
  const rep = report(results, a);
  console.log(rep.text);
  console.log(`\n(${((Date.now() - t0) / 1000).toFixed(1)} s)`);
  if (a.json) {
    const slim = results.map((r) => ({ file: path.relative(a.dir, r.file), group: r.group, failure: r.failure,
      missedTables: r.missedTables, extraTables: r.extraTables, missed: r.missed, extra: r.extra,
      severityDiffs: r.sevDiffs.map((d) => ({ ...d.e, got: d.a.severity })) }));
    fs.writeFileSync(a.json, JSON.stringify({ totals: rep.total, rules: rep.rules, files: slim }, null, 1));
    console.log(`wrote ${a.json}`);
  }
}

main().catch((e) => { console.log(`evaluate.js: internal error: ${e && e.stack ? e.stack : e}`); }).finally(() => { process.exitCode = 0; });
