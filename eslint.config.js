import js from "@eslint/js";
import tseslint from "typescript-eslint";
import { botsBoundary, coreBoundary } from "./eslint/boundaries.js";

export default tseslint.config(
  { ignores: ["dist/", ".bench-build/", ".test-build/", "node_modules/", "coverage/"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "@typescript-eslint/consistent-type-imports": "error",
      "no-console": "error",
    },
  },
  {
    files: ["src/bots/console/**", "scripts/**", "bench/**", ".ci/**"],
    languageOptions: { globals: { process: "readonly", console: "readonly" } },
    rules: { "no-console": "off" },
  },
  coreBoundary,
  botsBoundary,
  {
    // Preloads given to `node --require`, which must be CommonJS to run before the ES module loader.
    files: ["scripts/**/*.cjs"],
    languageOptions: { sourceType: "commonjs", globals: { require: "readonly", process: "readonly" } },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
);
