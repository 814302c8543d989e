import { describe, expect, it } from "vitest";
import { App } from "../mock/obsidian";
import { parseFrontmatter } from "../../src/cli/frontmatter";
import { pathResolver } from "../../src/core/links";

/**
 * What Obsidian does, recorded from its docs and from people who ran it, each example with its
 * source. Each runs against the mock (which the plugin's tests stand on) and against the code
 * that does the same job outside Obsidian (the core's pathResolver, the CLI's parseFrontmatter),
 * so both must agree with Obsidian, not with each other.
 */

// Sources for link resolution:
// [R] pvliesdonk/markdown-vault-mcp#1380 and #1358: getFirstLinkpathDest run in Obsidian 1.13.7's
//     console. "An exact vault path wins ... even over a match beside the source"; "otherwise
//     the source note's own folder wins; an ancestor folder counts for nothing"; "otherwise the
//     shortest path string: a/b/Note.md over zzzz/Note.md"; `[[log]]`, `[[LOG]]` → Log.md;
//     `[[Ext.MD]]` → Ext.md.
// [C] flowershow/flowershow#712: "In Obsidian you can actually use lowercase [[time]] and it
//     will be able to resolve it to Time.md".
// [D] docs.obsidian.md, MetadataCache.getFirstLinkpathDest: "Get the best match for a linkpath"
//     (a linkpath is the link without its #heading).
const VAULT = [
	"Note.md",
	"b/Note.md",
	"Log.md",
	"Ext.md",
	"a/b/Item.md",
	"zzzz/Item.md",
	"zzzz/deep/source.md",
	"longfolder/Item.md",
	"longfolder/source.md",
	"People/Jane Doe.md",
	"Archive/Old/People/Jane Doe.md",
	"Pictures/Jane Doe.png",
	"Team/Zoë Kim.md",
];

const LINKS: [source: string, link: string, expected: string | null, why: string][] = [
	["", "log", "Log.md", "[R] case-insensitive"],
	["", "LOG", "Log.md", "[R] case-insensitive"],
	["", "jane doe", "People/Jane Doe.md", "[C] case-insensitive"],
	["", "Ext.MD", "Ext.md", "[R] the .md suffix is optional, in any case"],
	["", "Note", "Note.md", "[R] an exact vault path wins"],
	["b/source.md", "Note", "Note.md", "[R] an exact vault path wins even over a note beside the source"],
	["", "b/Note", "b/Note.md", "[R] a folder-qualified link is a vault path"],
	["longfolder/source.md", "Item", "longfolder/Item.md", "[R] the source note's own folder wins over a shorter path"],
	["zzzz/deep/source.md", "Item", "a/b/Item.md", "[R] an ancestor folder counts for nothing; then the shortest path string"],
	["", "Item", "a/b/Item.md", "[R] the shortest path string, not the fewest folders"],
	["", "Old/People/Jane Doe", "Archive/Old/People/Jane Doe.md", "[R] a partial path matches the end of a path"],
	["", "Jane Doe#Notes", "People/Jane Doe.md", "[D] the heading is not part of the linkpath"],
	["", "Nobody", null, "[D] no match"],
	["", "team/ZOË KIM", "Team/Zoë Kim.md", "[C] a folder-qualified link to the one note of its name, in any case"],
	["", "x/Log", null, "[R] a folder-qualified link to the one note of its name, in another folder"],
];

describe("link resolution, as Obsidian's getFirstLinkpathDest", () => {
	const app = App.withFiles(Object.fromEntries(VAULT.map((path) => [path, ""])));
	const core = pathResolver(VAULT);

	it.each(LINKS)("from '%s', [[%s]] → %s (%s)", async (source, link, expected) => {
		expect((await app).metadataCache.getFirstLinkpathDest(link, source)?.path ?? null).toBe(expected);
		expect(core(link.split("#")[0] ?? "", source)).toBe(expected);
	});
});

// Sources for YAML:
// [P] docs.obsidian.md and this project's shared/obsidian-facts.md: Obsidian's cache keeps an
//     unquoted date as the string `2024-07-21`, numbers, booleans and lists keep their types.
// [Y] Obsidian parses properties as YAML 1.2 (the core schema, no timestamps), so `2026-13-45`
//     is text, not a date rolled over into 2027 as js-yaml would (shared/obsidian-facts.md).
// [E] docs.obsidian.md, FileManager.processFrontMatter: "YAMLParseError if the YAML parsing
//     fails"; a block with a key twice does not parse, and the cache then has no `frontmatter`
//     (chhoumann/MetaEdit#85: "the metadata cache does not produce a frontmatter entry" for
//     properties that are not valid YAML).
const BLOCKS: [yaml: string, expected: Record<string, unknown> | null, why: string][] = [
	["date: 2024-07-21", { date: "2024-07-21" }, "[P] a date stays a string"],
	["when: 2024-07-21T12:37:00", { when: "2024-07-21T12:37:00" }, "[P] a datetime stays a string"],
	["due: 2026-13-45", { due: "2026-13-45" }, "[Y] an impossible date is text"],
	["n: 4\nok: true\nlist:\n  - a\n  - 'b'", { n: 4, ok: true, list: ["a", "b"] }, "[P] numbers, booleans and lists keep their types"],
	["person: Jane\nperson: twice", null, "[E] a key twice: no properties at all"],
	["title: [broken", null, "[E] YAML that does not parse: no properties"],
];

describe("properties, as Obsidian's metadata cache reads them", () => {
	it.each(BLOCKS)("%j → %j (%s)", async (yaml, expected) => {
		const text = `---\n${yaml}\n---\nBody\n`;
		const app = await App.withFiles({ "note.md": text });
		const file = app.vault.getFileByPath("note.md");
		expect(file && (app.metadataCache.getFileCache(file)?.frontmatter ?? null)).toEqual(expected);
		expect(parseFrontmatter(text).data).toEqual(expected);
	});
});

// [W] forum.obsidian.md/t/api-processfrontmatter-removes-string-quotes-comments-types-formatting/65851,
//     as quoted in alangrainger/share-note#72 and mokeyish/obsidian-enhancing-export#97: Obsidian's
//     processFrontMatter re-serialises the whole block, so comments go and quoting is the
//     stringifier's; the developers call this intended. Keys keep their order (the object's).
describe("processFrontMatter, as Obsidian's", () => {
	it("[W] rewrites the whole block: comments go, quotes go where not needed, key order stays", async () => {
		const text = "---\nperson: \"Jane Doe\"\n# a comment\ncares-about: ['hiring']\nlast-contact: 2026-11-01\n---\nBody stays.\n";
		const app = await App.withFiles({ "note.md": text });
		const file = app.vault.getFileByPath("note.md");
		if (!file) throw new Error("no note");
		await app.fileManager.processFrontMatter(file, (fm: Record<string, unknown>) => {
			fm["last-contact"] = "2026-11-23";
		});
		expect(app.vault.readSync(file)).toBe("---\nperson: Jane Doe\ncares-about:\n  - hiring\nlast-contact: 2026-11-23\n---\nBody stays.\n");
	});

	it("[E] throws on a block that does not parse, and leaves the note alone", async () => {
		const text = "---\nperson: Jane\nperson: twice\n---\n";
		const app = await App.withFiles({ "note.md": text });
		const file = app.vault.getFileByPath("note.md");
		if (!file) throw new Error("no note");
		await expect(app.fileManager.processFrontMatter(file, () => undefined)).rejects.toThrow();
		expect(app.vault.readSync(file)).toBe(text);
	});
});
