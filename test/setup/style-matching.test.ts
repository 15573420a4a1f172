/** @jest-environment jsdom */
import { spreadMatchers } from "../helpers/style-matching";

/** More rules than one nwsapi matcher keeps compiled (1000), as the pane's Fluent styles are. */
const RULES = 1500;

beforeAll(() => {
  const style = document.createElement("style");
  style.textContent = Array.from({ length: RULES }, (_, i) => `.c${i} { z-index: ${i}; }`).join("\n") + "\n.c7 .inner { display: none; }";
  document.head.appendChild(style);
  document.body.innerHTML = `<div class="c0"></div><div class="c750"></div><div class="c1499"></div><div class="c7"><span class="inner"></span></div><p></p>`;
});

test("jest's setup spread jsdom's style matching before the test ran (a jsdom upgrade that changes its internals fails here)", () => {
  getComputedStyle(document.querySelector("p")!);
  expect(spreadMatchers(document)).toBe(Math.ceil((RULES + 1) / 500));
});

test("getComputedStyle still finds the matching rule, wherever it sits among the rules, and descendant selectors", () => {
  for (let round = 0; round < 2; round++) {
    expect(["c0", "c750", "c1499"].map((c) => getComputedStyle(document.querySelector(`.${c}`)!).zIndex)).toEqual(["0", "750", "1499"]);
    expect(getComputedStyle(document.querySelector(".inner")!).display).toBe("none");
    expect(getComputedStyle(document.querySelector("p")!).zIndex).not.toMatch(/\d/);
    expect(getComputedStyle(document.querySelector("p")!).display).toBe("block");
  }
});
