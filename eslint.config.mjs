import js from "@eslint/js";
import tseslint from "typescript-eslint";

export default tseslint.config(
  { ignores: ["dist/", "node_modules/", "coverage/", "**/*.js", "!scripts/**", "src/taskpane/legacy/*.js"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { console: "readonly", process: "readonly", URL: "readonly" } },
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    // The domain stays pure: nothing of Office, the DOM, files or spreadsheets.
    files: ["src/domain/**/*.ts"],
    rules: {
      "no-restricted-imports": ["error", { patterns: ["fs", "node:*", "fflate", "react", "*/hosts/*", "*/workbook/*", "*/services/*"] }],
      "no-restricted-globals": ["error", "Office", "Excel", "document", "window"],
    },
  },
);
