// `npm start`: builds the plugin and the CLI (the same `npm run build` a release runs), installs
// the plugin into example-vault/ so that folder can be opened as a vault in Obsidian, and prints
// the example vault's report for 2026-11-23, the day the example vault is written around.
import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, readdirSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const vault = join(root, "example-vault");
const pluginId = "managing-up";
const exampleDay = "2026-11-23";

/** say writes a line for the person who ran `npm start`. */
function say(text) {
	process.stdout.write(`${text}\n`);
}

/** runOrExit runs a command in the project folder with its output shown, and stops on failure. */
function runOrExit(command, args) {
	const result = spawnSync(command, args, { cwd: root, stdio: "inherit" });
	if (result.error) {
		process.stderr.write(`npm start: cannot run ${command}: ${result.error.message}\n`);
		process.exit(1);
	}
	if (result.status !== 0) process.exit(result.status ?? 1);
}

/**
 * configFolder finds the example vault's config folder: the dot-folder holding app.json. It is
 * `.obsidian` as shipped, but Obsidian lets a vault use another name, so it is looked up.
 */
function configFolder() {
	const found = readdirSync(vault, { withFileTypes: true }).find(
		(entry) => entry.isDirectory() && entry.name.startsWith(".") && existsSync(join(vault, entry.name, "app.json")),
	);
	if (!found) {
		process.stderr.write("npm start: example-vault/ has no config folder with app.json\n");
		process.exit(1);
	}
	return join(vault, found.name);
}

// npm sets npm_execpath when it runs this script: calling it through node works on every platform.
const npm = process.env.npm_execpath;
if (npm) runOrExit(process.execPath, [npm, "run", "build"]);
else runOrExit("npm", ["run", "build"]);

const target = join(configFolder(), "plugins", pluginId);
mkdirSync(target, { recursive: true });
const installed = [];
for (const file of ["main.js", "manifest.json", "styles.css"]) {
	const source = join(root, file);
	if (!existsSync(source)) {
		if (file === "styles.css") continue;
		process.stderr.write(`npm start: ${file} is missing after the build\n`);
		process.exit(1);
	}
	copyFileSync(source, join(target, file));
	installed.push(file);
}
say("");
say(`Installed ${installed.join(", ")} into ${relative(root, target)}/`);
say("Open example-vault/ as a vault in Obsidian and choose \"Trust author and enable plugins\": Managing Up is on its list.");
say("");

const cli = ["dist/cli.cjs", "report", "example-vault", "--today", exampleDay];
say(`$ node ${cli.join(" ")}`);
say("");
runOrExit(process.execPath, cli);
