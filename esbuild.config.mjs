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

/** The command-line report: Node, with gray-matter and yaml bundled in. */
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
};

if (production) {
	await Promise.all([esbuild.build(plugin), esbuild.build(cli)]);
} else {
	await esbuild.build(cli);
	const context = await esbuild.context(plugin);
	await context.watch();
}
