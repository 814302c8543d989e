// `npm version patch|minor|major` runs this (the package's `version` script) after it has
// bumped package.json and before it commits and tags (tags carry no `v`: .npmrc sets
// tag-version-prefix=""). As in Obsidian's sample plugin: manifest.json gets the new version,
// and versions.json maps it to manifest.json's minAppVersion, so an older Obsidian is offered
// the newest release that still runs on it. The `version` script then stages both for npm's commit.
// Raise minAppVersion in manifest.json by hand, before `npm version`, when a release needs a newer app.
import { readFileSync, writeFileSync } from "node:fs";

const version = process.env.npm_package_version;
if (!version) {
	process.stderr.write("version-bump.mjs: run it through `npm version`, which sets npm_package_version\n");
	process.exit(1);
}

/** update rewrites a JSON file with the change, keeping its indentation and final newline. */
function update(path, change) {
	const text = readFileSync(path, "utf8");
	const indent = /^[ \t]+/m.exec(text)?.[0] ?? "\t";
	const data = JSON.parse(text);
	change(data);
	writeFileSync(path, `${JSON.stringify(data, null, indent)}\n`);
	return data;
}

const { minAppVersion } = update("manifest.json", (manifest) => {
	manifest.version = version;
});
update("versions.json", (versions) => {
	versions[version] = minAppVersion;
});
