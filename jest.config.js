/** Unit, component and end-to-end tests. Type checking is done once by `tsc --noEmit` in `npm test`. */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  transform: {
    "^.+\\.tsx?$": ["ts-jest", { diagnostics: false }],
  },
  moduleFileExtensions: ["ts", "tsx", "js", "json"],
  // jsdom's style matching made to keep every selector compiled (test/helpers/style-matching.ts)
  setupFilesAfterEnv: ["<rootDir>/test/setup/jsdom-style-matching.ts"],
  testTimeout: 30000,
};
