// Lint: eslint-plugin-obsidianmd's recommended config (which includes ESLint's and
// typescript-eslint's type-checked sets) with type information, plus the rules that keep the
// core pure. Run from the project root: the plugin reads ./manifest.json.
import obsidianmd from "eslint-plugin-obsidianmd";
import regexp from "eslint-plugin-regexp";
import { restrictedGlobalsOptions, restrictedImportsOptions } from "eslint-plugin-obsidianmd/dist/lib/ruleOptions.js";
import { DEFAULT_BRANDS } from "eslint-plugin-obsidianmd/dist/lib/rules/ui/brands.js";
import globals from "globals";
import { builtinModules } from "node:module";
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

/** Node's built-in modules, bare (`fs`, `path`): with `node:` they are caught by prefix. */
const nodeBuiltins = builtinModules.filter((name) => !name.startsWith("_")).map((name) => name.replace(/[/]/g, "\\/"));

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
		// A note's text is the user's (or a hostile vault's): no pattern over it may take more than
		// linear time, whatever a line holds. Checked on every regular expression literal of src/.
		files: ["src/**/*.ts"],
		plugins: { regexp },
		rules: {
			"regexp/no-super-linear-backtracking": "error",
			"regexp/no-super-linear-move": "error",
		},
	},
	{
		// The core is pure: no run-time import of obsidian (type-only imports are fine), nothing
		// from the plugin, the CLI or the settings module, no Node, and no clock or DOM of its own.
		files: ["src/core/**/*.ts"],
		rules: {
			"@typescript-eslint/no-restricted-imports": [
				"error",
				{
					paths: [
						...restrictedImportsOptions,
						{
							name: "obsidian",
							message: "src/core/ is pure TypeScript: import obsidian types only (import type).",
							allowTypeImports: true,
						},
					],
					patterns: [
						{
							regex: "^(\\.\\./)+(obsidian|cli)(/|$)",
							message: "src/core/ imports nothing from src/obsidian/ or src/cli/: they import the core.",
						},
						{
							regex: "^(\\.\\./)+(settings|main)$",
							message: "src/core/ imports nothing from the plugin's settings or main: the core takes its settings as parameters.",
						},
						{
							regex: `^(node:|(${nodeBuiltins.join("|")})(/|$))`,
							message: "src/core/ runs in Obsidian and on mobile too: no Node modules.",
						},
					],
				},
			],
			"no-restricted-syntax": [
				"error",
				{
					selector: "ImportExpression",
					message: "src/core/ is pure TypeScript: no dynamic imports.",
				},
				{
					selector: "NewExpression[callee.name='Date'][arguments.length=0]",
					message: "src/core/ reads no clock: take `now` (or `today`) as a parameter.",
				},
				{
					selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']",
					message: "src/core/ reads no clock: take `now` (or `today`) as a parameter.",
				},
				{
					selector: "CallExpression[callee.name='Date']",
					message: "src/core/ reads no clock: Date() is the time now as text; take `now` as a parameter.",
				},
			],
			"no-restricted-globals": [
				"error",
				...restrictedGlobalsOptions.filter((option) => typeof option !== "string"),
				...["window", "document", "globalThis", "self", "navigator", "process"].map((name) => ({
					name,
					message: `src/core/ reads no DOM or host: \`${name}\` belongs to the plugin or the CLI, which pass what the core needs.`,
				})),
				...["setTimeout", "clearTimeout", "setInterval", "clearInterval", "requestAnimationFrame"].map((name) => ({
					name,
					message: `src/core/ keeps no time: \`${name}\` belongs to the plugin (window.${name}) or the CLI.`,
				})),
			],
		},
	},
	{
		// The CLI runs in Node without Obsidian: it shares the core, never the plugin's code.
		files: ["src/cli/**/*.ts"],
		rules: {
			"@typescript-eslint/no-restricted-imports": [
				"error",
				{
					paths: [...restrictedImportsOptions],
					patterns: [
						{
							regex: "^(\\.\\./)+obsidian(/|$)",
							message: "src/cli/ imports nothing from src/obsidian/: share code through src/core/.",
						},
						{
							regex: "^obsidian$",
							message: "src/cli/ runs without Obsidian: import obsidian types only, or share through src/core/.",
							allowTypeImports: true,
						},
					],
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
			// Never run inside Obsidian: the tests' stand-ins of newer APIs (Bases, the CLI) are not calls an old app would meet.
			"obsidianmd/no-unsupported-api": "off",
		},
	},
]);
