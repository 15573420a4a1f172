// office-addin-lint's rules (eslint-plugin-office-addins: load before read, sync after load, no sync
// in loops, …, and prettier) for every source file, .tsx included (the plugin's own config leaves
// .tsx out). TypeScript itself checks names, so ESLint's no-undef (which knows neither DOM, Node nor
// Office typings) is off for TypeScript.
import officeAddins from "eslint-plugin-office-addins";
import tsParser from "@typescript-eslint/parser";

const SOURCES = ["**/*.{js,mjs,cjs,ts,cts,mts,tsx}"];

export default [
  { ignores: ["dist/**", "dist-bench/**", "node_modules/**", "test-output/**", ".corpus/**"] },
  ...officeAddins.configs.recommended.map((c) => (c.files ? { ...c, files: SOURCES } : c)),
  {
    files: ["**/*.ts", "**/*.tsx"],
    languageOptions: { parser: tsParser, parserOptions: { ecmaFeatures: { jsx: true } } },
    rules: {
      "no-undef": "off",
      // an unused parameter named _x is there for the signature (overrides, Office.js shapes)
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
];
