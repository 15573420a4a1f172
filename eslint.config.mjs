// office-addin-lint's rules (eslint-plugin-office-addins: load before read, sync after load, no sync
// in loops, …) plus prettier, for the TypeScript sources. TypeScript itself checks names, so
// ESLint's no-undef (which does not know DOM, Node or Office typings) is off for .ts/.tsx.
import officeAddins from "eslint-plugin-office-addins";
import tsParser from "@typescript-eslint/parser";

export default [
  { ignores: ["dist/**", "dist-bench/**", "node_modules/**", "test-output/**", ".corpus/**"] },
  ...officeAddins.configs.recommended,
  {
    files: ["**/*.ts", "**/*.tsx"],
    plugins: { "office-addins": officeAddins },
    languageOptions: { parser: tsParser },
    rules: {
      "no-undef": "off",
      // an unused parameter named _x is there for the signature (overrides, Office.js shapes)
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
];
