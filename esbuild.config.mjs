// Builds the plugin (main.js, for Obsidian desktop and mobile) and the command-line report
// (dist/cli.cjs, for Node). `node esbuild.config.mjs production` builds once, minified;
// without an argument it watches the plugin sources.
import esbuild from "esbuild";
import { builtinModules } from "node:module";

const production = process.argv[2] === "production";

/** The plugin bundle: only `obsidian` (and its editor packages) may stay external. */
const plugin = {
	entryPoints: ["src/main.ts"],
	bundle: true,
	external: [
		"obsidian",
		"electron",
		"@codemirror/*",
		"@lezer/*",
	],
	format: "cjs",
	platform: "browser",
	target: "es2021",
	logLevel: "info",
	sourcemap: production ? false : "inline",
	treeShaking: true,
	minify: production,
	legalComments: "none",
	outfile: "main.js",
};

/** The names src/cli imports from the `yaml` package: a new one is a build error until it is listed here. */
const YAML_NAMES = ["isMap", "isScalar", "isSeq", "LineCounter", "parseDocument", "stringify"];

/**
 * The `yaml` package is half of the command line's bundle, and most runs never call it: the fast
 * reader (src/cli/fast-yaml.ts) reads simple properties, and repeated keys, itself. So
 * dist/cli.cjs holds a stand-in for each name that loads dist/cli-yaml.cjs, the package, at its
 * first call (`new` too), and a run that never needs it never parses it (a third of the start).
 */
const lazyYaml = {
	name: "lazy-yaml",
	setup(build) {
		build.onResolve({ filter: /^yaml$/ }, () => ({ path: "yaml", namespace: "lazy-yaml" }));
		build.onResolve({ filter: /^\.\/cli-yaml\.cjs$/ }, (args) => ({ path: args.path, external: true }));
		build.onLoad({ filter: /.*/, namespace: "lazy-yaml" }, () => ({
			loader: "js",
			contents: [
				"let loaded;",
				'const yaml = () => (loaded ??= require("./cli-yaml.cjs"));',
				...YAML_NAMES.map((name) => `export function ${name}(...args) { return new.target ? new (yaml().${name})(...args) : yaml().${name}(...args); }`),
			].join("\n"),
		}));
	},
};

/** The `yaml` package for the command line, loaded by dist/cli.cjs when a note needs it. */
const cliYaml = {
	stdin: { contents: `export { ${YAML_NAMES.join(", ")} } from "yaml";`, resolveDir: ".", loader: "js" },
	bundle: true,
	platform: "node",
	format: "cjs",
	target: "node20",
	logLevel: "info",
	minify: false,
	legalComments: "none",
	outfile: "dist/cli-yaml.cjs",
};

/** The command-line report: Node, with the `yaml` package beside it (cliYaml). */
const cli = {
	entryPoints: ["src/cli/main.ts"],
	bundle: true,
	platform: "node",
	format: "cjs",
	target: "node20",
	external: builtinModules.flatMap((m) => [m, `node:${m}`]),
	banner: { js: "#!/usr/bin/env node" },
	logLevel: "info",
	minify: false,
	legalComments: "none",
	outfile: "dist/cli.cjs",
	plugins: [lazyYaml],
};

if (production) {
	await Promise.all([esbuild.build(plugin), esbuild.build(cli), esbuild.build(cliYaml)]);
} else {
	await Promise.all([esbuild.build(cli), esbuild.build(cliYaml)]);
	const context = await esbuild.context(plugin);
	await context.watch();
}
