// Lint: eslint-plugin-obsidianmd's recommended config (which includes ESLint's and
// typescript-eslint's type-checked sets) with type information, plus the rules that keep the
// core pure. Run from the project root: the plugin reads ./manifest.json.
import obsidianmd from "eslint-plugin-obsidianmd";
import { restrictedImportsOptions } from "eslint-plugin-obsidianmd/dist/lib/ruleOptions.js";
import { DEFAULT_BRANDS } from "eslint-plugin-obsidianmd/dist/lib/rules/ui/brands.js";
import globals from "globals";
import { defineConfig, globalIgnores } from "eslint/config";

/** Code that runs in Node (the CLI, tests, scripts, benchmarks) and never reaches main.js. */
const nodeFiles = [
	"src/cli/**/*.ts",
	"tests/**/*.ts",
	"bench/**/*.{ts,mjs}",
	"scripts/**/*.mjs",
	"version-bump.mjs",
	"*.config.{ts,mjs}",
];

export default defineConfig([
	globalIgnores(["node_modules/", "main.js", "dist/", "example-vault/", "coverage/", "bench/vaults/", "bench/results/"]),
	...obsidianmd.configs.recommended,
	{
		languageOptions: {
			parserOptions: {
				projectService: {
					allowDefaultProject: ["*.mjs", "scripts/*.mjs", "bench/*.mjs"],
				},
				tsconfigRootDir: import.meta.dirname,
			},
		},
	},
	{
		rules: {
			// The default brand list holds the "Cursor" editor, which makes "at cursor" (the text
			// cursor, as in "Insert 1:1 agenda at cursor") an error; every other brand stays.
			"obsidianmd/ui/sentence-case": [
				"warn",
				{ enforceCamelCaseLower: true, brands: DEFAULT_BRANDS.filter((brand) => brand !== "Cursor") },
			],
		},
	},
	{
		// The core is pure: no run-time import of obsidian (type-only imports are fine).
		files: ["src/core/**/*.ts"],
		rules: {
			"@typescript-eslint/no-restricted-imports": [
				"error",
				...restrictedImportsOptions,
				{
					name: "obsidian",
					message: "src/core/ is pure TypeScript: import obsidian types only (import type).",
					allowTypeImports: true,
				},
			],
			"no-restricted-syntax": [
				"error",
				{
					selector: "ImportExpression",
					message: "src/core/ is pure TypeScript: no dynamic imports.",
				},
			],
		},
	},
	{
		files: nodeFiles,
		languageOptions: { globals: { ...globals.node } },
		rules: {
			// These files run in Node (CLI, tests, build and bench scripts) and are never bundled into main.js.
			"obsidianmd/no-nodejs-modules": "off",
			// Outside Obsidian there is no Vault#configDir: the CLI and the tests find the config folder on disk.
			"obsidianmd/hardcoded-config-path": "off",
		},
	},
]);
