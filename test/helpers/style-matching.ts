/**
 * jsdom's getComputedStyle matches the element against every CSS rule of the document through one
 * nwsapi matcher, whose cache of compiled selectors keeps the last 1000 (nwsapi's CACHE_LIMIT).
 * The pane's Fluent UI components insert about a thousand rules (Griffel), and Testing Library's
 * role queries and user-event's pointer-events check call getComputedStyle for an element and each
 * of its ancestors. Once a test file has rendered enough of the pane to pass the limit, each call
 * walks more selectors than the cache keeps: least-recently-used, every selector is evicted just
 * before it is needed again and recompiled on every match (wizard-generate.test.tsx took 140 s
 * instead of 55). Here the same matcher, configured as jsdom configures it, is spread over as many
 * instances as it takes for each to keep all of its selectors: what matches is unchanged.
 * test/setup/jsdom-style-matching.ts installs it for every jsdom test file.
 */

type Matcher = { match(selectors: string, element: Element): boolean; configure(options: Record<string, boolean>): void };
type MatcherFactory = (global: { document: Document; DOMException: typeof DOMException }) => Matcher;

/** Compiled selectors one matcher is given, well under the 1000 its cache keeps (a selector list compiles one per item). */
const PER_MATCHER = 500;

/** The document's implementation object, where jsdom keeps the matcher it uses for style rules. */
function implOf(doc: Document): Record<string, unknown> | undefined {
  const impl = Object.getOwnPropertySymbols(doc).find((s) => s.description === "impl");
  return impl ? (doc as unknown as Record<symbol, Record<string, unknown>>)[impl] : undefined;
}

/** jsdom's style-rule matcher for `doc` when it is ours: it counts the nwsapi matchers it made. */
interface SpreadMatcher {
  match(selectors: string, element: Element): boolean;
  configure(): void;
  matchers(): number;
}

/**
 * Style-rule matching for `doc` over enough nwsapi matchers that none evicts a selector still in
 * use. False when jsdom's internals are not the expected ones (or it has matched a rule already).
 */
export function spreadStyleMatching(doc: Document, win: Window & typeof globalThis): boolean {
  const impl = implOf(doc);
  if (!impl || "_nwsapiDontThrow" in impl) return false;
  const nwsapi = require("nwsapi") as MatcherFactory;
  const matchers: Matcher[] = [];
  const matcherOf = new Map<string, Matcher>();
  let room = 0;
  const fresh = () => {
    const m = nwsapi({ document: doc, DOMException: win.DOMException });
    // jsdom's own settings for this matcher (living/helpers/selectors.js)
    m.configure({ LOGERRORS: false, VERBOSITY: false, IDS_DUPES: true, MIXEDCASE: true });
    matchers.push(m);
    room = PER_MATCHER;
    return m;
  };
  const spread: SpreadMatcher = {
    match(selectors: string, element: Element): boolean {
      let m = matcherOf.get(selectors);
      if (!m) {
        const items = String(selectors).split(",").length;
        m = room >= items ? matchers[matchers.length - 1] : fresh();
        room -= items;
        matcherOf.set(selectors, m);
      }
      return m.match(selectors, element);
    },
    configure(): void {},
    matchers: () => matchers.length,
  };
  impl._nwsapiDontThrow = spread;
  return true;
}

/** How many nwsapi matchers `doc`'s style rules took, or undefined when jsdom matches them its own way. */
export function spreadMatchers(doc: Document): number | undefined {
  const m = implOf(doc)?._nwsapiDontThrow as Partial<SpreadMatcher> | undefined;
  return typeof m?.matchers === "function" ? m.matchers() : undefined;
}
